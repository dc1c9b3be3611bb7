package nl.schakel.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;

/** Een pid-bestand in {@code <home>/run/<naam>.pid}: één regel met het proces-id. */
final class PidBestand {
    private final Path bestand;
    private final Predicate<String> verwachtCommando;

    PidBestand(Path runDir, String naam) {
        this(runDir, naam, c -> true);
    }

    /**
     * @param verwachtCommando test op het programma van het proces (als het OS dat vertelt), zodat een pid die na een
     *                         crash aan een ander proces is gegeven niet voor het onze wordt aangezien
     */
    PidBestand(Path runDir, String naam, Predicate<String> verwachtCommando) {
        this(runDir.resolve(naam + ".pid"), verwachtCommando);
    }

    private PidBestand(Path bestand, Predicate<String> verwachtCommando) {
        this.bestand = bestand;
        this.verwachtCommando = verwachtCommando;
    }

    /** Een pid-bestand van een ander programma (bijvoorbeeld Payara's config/pid). */
    static PidBestand opPad(Path bestand, Predicate<String> verwachtCommando) {
        return new PidBestand(bestand, verwachtCommando);
    }

    /** Voor Java-processen: het programma is een 'java'. */
    static Predicate<String> java() {
        return c -> c.endsWith("/java") || c.endsWith("/java.exe");
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
        Optional<ProcessHandle> ph = ProcessHandle.of(pid.getAsLong()).filter(Processen::leeft)
                .filter(p -> p.info().command().map(verwachtCommando::test).orElse(true));
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
