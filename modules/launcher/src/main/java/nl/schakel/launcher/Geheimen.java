package nl.schakel.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * Gegenereerde wachtwoorden in {@code <home>/geheimen.properties} (modus 600). Een geheim wordt één keer
 * gemaakt en daarna steeds hergebruikt.
 */
final class Geheimen {
    private static final String TEKENS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path bestand;

    Geheimen(Path bestand) {
        this.bestand = bestand;
    }

    Path bestand() {
        return bestand;
    }

    synchronized String geef(String sleutel) {
        return geef(sleutel, 32);
    }

    /** As {@link #geef(String)}, a new one {@code lengte} characters long. */
    synchronized String geef(String sleutel, int lengte) {
        Properties p = lees();
        String waarde = p.getProperty(sleutel);
        if (waarde == null || waarde.isBlank()) {
            waarde = nieuw(lengte);
            p.setProperty(sleutel, waarde);
            schrijf(p);
        }
        return waarde;
    }

    static String nieuw(int lengte) {
        StringBuilder sb = new StringBuilder(lengte);
        for (int i = 0; i < lengte; i++) {
            sb.append(TEKENS.charAt(RANDOM.nextInt(TEKENS.length())));
        }
        return sb.toString();
    }

    private Properties lees() {
        Properties p = new Properties();
        if (Files.exists(bestand)) {
            try (InputStream in = Files.newInputStream(bestand)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return p;
    }

    private void schrijf(Properties p) {
        try {
            Files.createDirectories(bestand.getParent());
            Path tijdelijk = bestand.resolveSibling(bestand.getFileName() + ".nieuw");
            Files.deleteIfExists(tijdelijk);
            Files.createFile(tijdelijk, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = Files.newOutputStream(tijdelijk)) {
                p.store(out, "Gegenereerde wachtwoorden van Schakel. Niet delen, niet in git.");
            }
            Files.move(tijdelijk, bestand, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.setPosixFilePermissions(bestand, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
