package nl.schakel.launcher;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/** Pakt zip- en txz-archieven één keer uit; een klaar-bestand markeert dat het uitpakken af is. */
final class Uitpakker {
    static final String KLAAR = ".schakel-uitgepakt";

    private Uitpakker() {
    }

    static boolean isUitgepakt(Path doel) {
        return Files.isRegularFile(doel.resolve(KLAAR));
    }

    /** Pakt een zip uit naar doel (met unix-rechten); doet niets als dat al gebeurd is. */
    static void pakZipUit(Path zip, Path doel) {
        if (isUitgepakt(doel)) {
            return;
        }
        Path tijdelijk = doel.resolveSibling(doel.getFileName() + ".bezig");
        try {
            verwijderBoom(tijdelijk);
            Files.createDirectories(tijdelijk);
            try (ZipFile zf = ZipFile.builder().setPath(zip).get()) {
                Enumeration<ZipArchiveEntry> entries = zf.getEntries();
                while (entries.hasMoreElements()) {
                    ZipArchiveEntry e = entries.nextElement();
                    Path p = veiligPad(tijdelijk, e.getName());
                    if (e.isDirectory()) {
                        Files.createDirectories(p);
                        continue;
                    }
                    Files.createDirectories(p.getParent());
                    try (InputStream in = zf.getInputStream(e)) {
                        Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
                    }
                    int modus = e.getUnixMode();
                    if (modus != 0) {
                        Files.setPosixFilePermissions(p, rechten(modus));
                    } else if (p.getFileName().toString().endsWith(".sh") || p.getParent().getFileName().toString().equals("bin")) {
                        Files.setPosixFilePermissions(p, rechten(0755));
                    }
                }
            }
            verwijderBoom(doel);
            Files.move(tijdelijk, doel);
            Files.writeString(doel.resolve(KLAAR), zip.toString() + "\n");
        } catch (IOException e) {
            throw new LauncherFout("Uitpakken van " + zip + " naar " + doel + " mislukt: " + e.getMessage(), e);
        }
    }

    /** Pakt de PostgreSQL-binaries (txz in de zonky-jar) uit naar doel, met symlinks en rechten. */
    static void pakPostgresUit(Path zonkyJar, Path doel) {
        if (isUitgepakt(doel)) {
            return;
        }
        Path tijdelijk = doel.resolveSibling(doel.getFileName() + ".bezig");
        try {
            verwijderBoom(tijdelijk);
            Files.createDirectories(tijdelijk);
            boolean gevonden = false;
            try (ZipInputStream jar = new ZipInputStream(new BufferedInputStream(Files.newInputStream(zonkyJar)))) {
                ZipEntry ze;
                while ((ze = jar.getNextEntry()) != null) {
                    if (ze.getName().endsWith(".txz")) {
                        gevonden = true;
                        pakTxzUit(jar, tijdelijk);
                        break;
                    }
                }
            }
            if (!gevonden) {
                throw new LauncherFout("Geen .txz gevonden in " + zonkyJar);
            }
            verwijderBoom(doel);
            Files.move(tijdelijk, doel);
            Files.writeString(doel.resolve(KLAAR), zonkyJar.toString() + "\n");
        } catch (IOException e) {
            throw new LauncherFout("Uitpakken van " + zonkyJar + " naar " + doel + " mislukt: " + e.getMessage(), e);
        }
    }

    private static void pakTxzUit(InputStream txz, Path doel) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZCompressorInputStream(new BufferedInputStream(txz) {
                    @Override
                    public void close() {
                        // de omringende jar-stroom blijft open
                    }
                }))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                Path p = veiligPad(doel, e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(p);
                } else if (e.isSymbolicLink()) {
                    Files.createDirectories(p.getParent());
                    Files.deleteIfExists(p);
                    Files.createSymbolicLink(p, Paths.get(e.getLinkName()));
                } else if (e.isLink()) {
                    Files.createDirectories(p.getParent());
                    Files.deleteIfExists(p);
                    Files.createLink(p, veiligPad(doel, e.getLinkName()));
                } else {
                    Files.createDirectories(p.getParent());
                    Files.copy(tar, p, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(p, rechten(e.getMode()));
                }
            }
        }
    }

    private static Path veiligPad(Path doel, String naam) {
        Path p = doel.resolve(naam).normalize();
        if (!p.startsWith(doel)) {
            throw new LauncherFout("Onveilig pad in archief: " + naam);
        }
        return p;
    }

    static Set<PosixFilePermission> rechten(int modus) {
        Set<PosixFilePermission> s = new HashSet<>();
        PosixFilePermission[] volgorde = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int i = 0; i < volgorde.length; i++) {
            if ((modus & (1 << i)) != 0) {
                s.add(volgorde[i]);
            }
        }
        s.add(PosixFilePermission.OWNER_READ);
        return s;
    }

    static void verwijderBoom(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(q);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
