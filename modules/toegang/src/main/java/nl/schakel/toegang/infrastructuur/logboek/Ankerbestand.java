package nl.schakel.toegang.infrastructuur.logboek;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The checkpoints outside the database: one line per checkpoint, appended, never rewritten
 * ({@code volgnummer hash tijdstip handtekening}), and one line per retention cut
 * ({@code snede totVolgnummer hash totMaand regels tijdstip handtekening}; see {@link Logboekbewaring}). The privacy officer receives this file (or its lines); a chain that
 * a superuser recomputed no longer matches it, even for someone who does not hold the logboek key.
 */
public final class Ankerbestand {

    private final Path pad;

    public Ankerbestand(Path pad) {
        this.pad = pad;
    }

    public Path pad() {
        return pad;
    }

    /** A checkpoint as written in the database and in this file. */
    public record Anker(long volgnummer, String hash, Instant tijdstip, String handtekening) {
        String regel() {
            return volgnummer + " " + hash + " " + tijdstip + " " + handtekening;
        }

        static Anker uit(String regel) {
            String[] d = regel.trim().split("\\s+");
            if (d.length != 4) {
                throw new IllegalArgumentException("geen ankerregel: " + regel);
            }
            return new Anker(Long.parseLong(d[0]), d[1], Instant.parse(d[2]), d[3]);
        }
    }

    /** A retention cut: rows 1..totVolgnummer are gone, the chain goes on from {@code hash}. */
    public record Snede(long totVolgnummer, String hash, YearMonth totMaand, long regels, Instant tijdstip, String handtekening) {
        private static final String SOORT = "snede";

        String regel() {
            return SOORT + " " + totVolgnummer + " " + hash + " " + totMaand + " " + regels + " " + tijdstip + " " + handtekening;
        }

        static Snede uit(String regel) {
            String[] d = regel.trim().split("\\s+");
            if (d.length != 7 || !d[0].equals(SOORT)) {
                throw new IllegalArgumentException("geen snederegel: " + regel);
            }
            return new Snede(Long.parseLong(d[1]), d[2], YearMonth.parse(d[3]), Long.parseLong(d[4]), Instant.parse(d[5]), d[6]);
        }
    }

    /** Appends and forces the lines to disk before the caller goes on. */
    public synchronized void voegToe(List<Anker> ankers) {
        if (ankers.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        ankers.forEach(a -> sb.append(a.regel()).append('\n'));
        schrijf(sb.toString());
    }

    /** Appends one cut and forces it to disk. */
    public synchronized void voegToe(Snede snede) {
        schrijf(snede.regel() + "\n");
    }

    private void schrijf(String tekst) {
        try {
            Files.createDirectories(pad.toAbsolutePath().getParent());
            try (var kanaal = java.nio.channels.FileChannel.open(pad, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                kanaal.write(java.nio.ByteBuffer.wrap(tekst.getBytes(StandardCharsets.UTF_8)));
                kanaal.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("ankerbestand " + pad + " niet te schrijven", e);
        }
    }

    /** The checkpoints in the file, in order; none when there is no file yet. */
    public List<Anker> lees() {
        if (!Files.isRegularFile(pad)) {
            return List.of();
        }
        try {
            List<Anker> ankers = new ArrayList<>();
            for (String regel : Files.readAllLines(pad, StandardCharsets.UTF_8)) {
                if (!regel.isBlank() && !regel.startsWith("#") && !regel.startsWith(Snede.SOORT + " ")) {
                    ankers.add(Anker.uit(regel));
                }
            }
            return ankers;
        } catch (IOException e) {
            throw new UncheckedIOException("ankerbestand " + pad + " niet te lezen", e);
        }
    }

    /** The cuts in the file, in order. */
    public List<Snede> sneden() {
        if (!Files.isRegularFile(pad)) {
            return List.of();
        }
        try {
            return Files.readAllLines(pad, StandardCharsets.UTF_8).stream().filter(r -> r.startsWith(Snede.SOORT + " "))
                    .map(Snede::uit).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("ankerbestand " + pad + " niet te lezen", e);
        }
    }

    /** The highest volgnummer in the file, 0 when empty. */
    public long laatste() {
        List<Anker> ankers = lees();
        return ankers.isEmpty() ? 0 : ankers.get(ankers.size() - 1).volgnummer();
    }
}
