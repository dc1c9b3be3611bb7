package nl.schakel.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;

/** Zoekt een JDK: de huidige, of voor Keycloak de nieuwste JDK 21+ onder /usr/lib/jvm. */
final class Javas {
    private Javas() {
    }

    static Path huidige() {
        return Paths.get(System.getProperty("java.home"));
    }

    static int versie(Path javaHome) {
        Path release = javaHome.resolve("release");
        if (Files.isRegularFile(release)) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(release)) {
                p.load(in);
                String v = p.getProperty("JAVA_VERSION", "").replace("\"", "");
                return hoofdversie(v);
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
        if (javaHome.equals(huidige())) {
            return Runtime.version().feature();
        }
        return -1;
    }

    static int hoofdversie(String v) {
        String s = v.startsWith("1.") ? v.substring(2) : v;
        int eind = 0;
        while (eind < s.length() && Character.isDigit(s.charAt(eind))) {
            eind++;
        }
        return eind == 0 ? -1 : Integer.parseInt(s.substring(0, eind));
    }

    /** Een JDK 21 of nieuwer onder /usr/lib/jvm als die er is (Keycloak 26 wil 21+), anders de huidige. */
    static Path javaHomeVoorKeycloak() {
        Path huidig = huidige();
        if (versie(huidig) >= 21) {
            return huidig;
        }
        Path beste = null;
        int besteVersie = 20;
        Path jvm = Paths.get("/usr/lib/jvm");
        if (Files.isDirectory(jvm)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(jvm)) {
                for (Path p : ds) {
                    if (Files.isExecutable(p.resolve("bin/java")) && !Files.isSymbolicLink(p)) {
                        int v = versie(p);
                        if (v > besteVersie) {
                            beste = p;
                            besteVersie = v;
                        }
                    }
                }
            } catch (IOException e) {
                // dan de huidige
            }
        }
        return beste != null ? beste : huidig;
    }
}
