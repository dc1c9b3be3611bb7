package nl.schakel.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/** Een pid-bestand in {@code <home>/run/<naam>.pid}: één regel met het proces-id. */
final class PidBestand {
    private final Path bestand;

    PidBestand(Path runDir, String naam) {
        this.bestand = runDir.resolve(naam + ".pid");
    }

    Path pad() {
        return bestand;
    }

    void schrijf(long pid) {
        try {
            Files.createDirectories(bestand.getParent());
            Files.writeString(bestand, pid + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    OptionalLong lees() {
        if (!Files.isRegularFile(bestand)) {
            return OptionalLong.empty();
        }
        try {
            String s = Files.readString(bestand, StandardCharsets.US_ASCII).trim();
            return s.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(s));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Het levende proces uit dit bestand; een bestand met een dood proces wordt opgeruimd. */
    Optional<ProcessHandle> levend() {
        OptionalLong pid = lees();
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        Optional<ProcessHandle> ph = ProcessHandle.of(pid.getAsLong()).filter(ProcessHandle::isAlive);
        if (ph.isEmpty()) {
            verwijder();
        }
        return ph;
    }

    void verwijder() {
        try {
            Files.deleteIfExists(bestand);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
