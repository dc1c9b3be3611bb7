package nl.schakel.meting;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the load generator {@code wrk} (Debian package {@code wrk}) and reads its summary. */
final class Wrk {

    private static final Pattern PER_SECONDE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P50 = Pattern.compile("^\\s*50(?:\\.000)?%\\s+([0-9.]+)(us|ms|s|m)\\s*$", Pattern.MULTILINE);
    private static final Pattern P99 = Pattern.compile("^\\s*99(?:\\.000)?%\\s+([0-9.]+)(us|ms|s|m)\\s*$", Pattern.MULTILINE);
    private static final Pattern NIET_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern FOUTEN = Pattern.compile("Socket errors:(.*)");
    private static final Pattern VERZOEKEN = Pattern.compile("(\\d+) requests in");
    private static final Pattern LOOPTIJD = Pattern.compile("\\d+ requests in ([0-9.]+)(us|ms|s|m),");

    /** One run's figures; latencies in milliseconds. */
    record Uitslag(double perSeconde, double p50, double p99, long verzoeken, double seconden, long niet2xx, String socketfouten,
            String uitvoer) {}

    private final Path werkmap;
    private final int threads;
    private final int verbindingen;

    Wrk(Path werkmap, int threads, int verbindingen) {
        this.werkmap = werkmap;
        this.threads = threads;
        this.verbindingen = verbindingen;
    }

    /** The wrk executable on the PATH, if installed. */
    static Optional<Path> gevonden() {
        for (String map : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path kandidaat = Path.of(map, "wrk");
            if (Files.isExecutable(kandidaat)) {
                return Optional.of(kandidaat);
            }
        }
        return Optional.empty();
    }

    Uitslag meet(String naam, String url, Optional<String> token, Duration duur) {
        return meet(naam, url, token, duur, Optional.empty());
    }

    /** As above; with a Lua {@code script} ({@code -s}) that makes each request (B4v: a random id per request). */
    Uitslag meet(String naam, String url, Optional<String> token, Duration duur, Optional<Path> script) {
        List<String> opdracht = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + verbindingen,
                "-d" + duur.toSeconds() + "s", "--timeout", "10s", "--latency"));
        script.ifPresent(s -> {
            opdracht.add("-s");
            opdracht.add(s.toString());
        });
        token.ifPresent(t -> {
            opdracht.add("-H");
            opdracht.add("Authorization: Bearer " + t);
        });
        opdracht.add(url);
        Path uit = werkmap.resolve("wrk-" + naam + ".txt");
        try {
            Process p = new ProcessBuilder(opdracht).redirectErrorStream(true).redirectOutput(uit.toFile()).start();
            if (!p.waitFor(duur.toSeconds() + 60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("wrk voor " + naam + " liep niet binnen " + (duur.toSeconds() + 60) + " s af");
            }
            String tekst = Files.readString(uit, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IllegalStateException("wrk voor " + naam + " faalde (" + p.exitValue() + "):\n" + tekst);
            }
            return lees(tekst);
        } catch (IOException e) {
            throw new IllegalStateException("wrk niet te starten", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Uitslag lees(String tekst) {
        return new Uitslag(
                getal(PER_SECONDE, tekst, "Requests/sec"),
                ms(P50, tekst, "50%"),
                ms(P99, tekst, "99%"),
                (long) getal(VERZOEKEN, tekst, "requests in"),
                ms(LOOPTIJD, tekst, "requests in ...s") / 1000,
                zoek(NIET_2XX, tekst).map(Long::parseLong).orElse(0L),
                zoek(FOUTEN, tekst).map(String::strip).orElse(""),
                tekst);
    }

    private static double getal(Pattern patroon, String tekst, String wat) {
        return Double.parseDouble(zoek(patroon, tekst).orElseThrow(
                () -> new IllegalStateException("geen '" + wat + "' in de uitvoer van wrk:\n" + tekst)));
    }

    private static double ms(Pattern patroon, String tekst, String wat) {
        Matcher m = patroon.matcher(tekst);
        if (!m.find()) {
            throw new IllegalStateException("geen tijd '" + wat + "' in de uitvoer van wrk:\n" + tekst);
        }
        double waarde = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> waarde / 1000;
            case "ms" -> waarde;
            case "s" -> waarde * 1000;
            default -> waarde * 60_000;
        };
    }

    private static Optional<String> zoek(Pattern patroon, String tekst) {
        Matcher m = patroon.matcher(tekst);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
