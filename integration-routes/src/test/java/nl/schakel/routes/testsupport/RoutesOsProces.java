package nl.schakel.routes.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * integration-routes als echt, apart OS-proces, gestart zoals de launcher het doet ({@code java -jar
 * target/integration-routes.jar} met de omgevingsvariabelen uit de afspraken), zodat het met een echte SIGKILL
 * ({@code kill -9 <pid>}) midden in het werk te doden is. Testinstellingen gaan als {@code -D} (Camel Main leest ze).
 */
public final class RoutesOsProces implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final List<String> commando;
    private final Map<String, String> omgeving;
    private final Path logMap;
    private final int gezondheidspoort;
    private Process proces;
    private int starts;

    public RoutesOsProces(Path jar, Map<String, String> omgeving, Map<String, String> systeem, Path logMap,
                          int gezondheidspoort) {
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.add("-Xmx256m");
        systeem.forEach((k, v) -> c.add("-D" + k + "=" + v));
        c.add("-jar");
        c.add(jar.toString());
        this.commando = List.copyOf(c);
        this.omgeving = Map.copyOf(omgeving);
        this.logMap = logMap;
        this.gezondheidspoort = gezondheidspoort;
    }

    /** Start het proces en wacht tot {@code /observe/health/ready} 200 geeft. */
    public synchronized void start() {
        if (!Files.isRegularFile(Path.of(commando.get(commando.size() - 1)))) {
            throw new IllegalStateException("integration-routes.jar ontbreekt (eerst package): " + commando);
        }
        ProcessBuilder pb = new ProcessBuilder(commando).redirectErrorStream(true);
        pb.environment().putAll(omgeving);
        try {
            Files.createDirectories(logMap);
            pb.redirectOutput(logMap.resolve("routes-" + (++starts) + ".log").toFile());
            proces = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Process p = proces;
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .failFast("integration-routes stopte tijdens het starten", () -> !p.isAlive())
                .until(() -> status("/observe/health/ready") == 200);
    }

    public synchronized long pid() {
        return proces.pid();
    }

    /**
     * {@code kill -9 <pid>}: een echte SIGKILL, geen afsluiten, geen shutdown hooks. Geeft de exitcode van het proces
     * (137 = 128 + 9, het bewijs dat SIGKILL het beëindigde).
     */
    public synchronized int kill9() {
        try {
            Process kill = new ProcessBuilder("kill", "-9", String.valueOf(proces.pid())).redirectErrorStream(true).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -9 " + proces.pid() + " mislukte");
            }
            if (!proces.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("proces " + proces.pid() + " leeft nog na kill -9");
            }
            return proces.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status(String pad) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url(pad))).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** {@code POST <pad>} op de gezondheidsserver (vanaf loopback), bijvoorbeeld {@code /bezorging/herhaal}. */
    public String post(String pad) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url(pad))).timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String url(String pad) {
        return "http://127.0.0.1:" + gezondheidspoort + pad;
    }

    /** Netjes stoppen (SIGTERM), zoals {@code ./schakel stop}; na 30 s alsnog SIGKILL. */
    @Override
    public synchronized void close() {
        if (proces == null || !proces.isAlive()) {
            return;
        }
        proces.destroy();
        try {
            if (!proces.waitFor(30, TimeUnit.SECONDS)) {
                proces.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
