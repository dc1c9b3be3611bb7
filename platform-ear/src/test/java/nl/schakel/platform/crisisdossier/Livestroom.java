package nl.schakel.platform.crisisdossier;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.schakel.platform.Api;

/**
 * A client of a file's live stream as a browser is one: it reads the server-sent events line by line into a queue, so a
 * test waits for the next event with a timeout (never a sleep). {@code null} from {@link #volgende} means none came.
 */
final class Livestroom implements AutoCloseable {

    /** One server-sent event as it arrived. */
    record Gebeurtenis(long id, String soort, JsonObject data) {}

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final java.util.concurrent.ExecutorService LEZERS = java.util.concurrent.Executors.newCachedThreadPool(taak -> {
        Thread lezer = new Thread(taak, "livestroom-lezer");
        lezer.setDaemon(true);
        return lezer;
    });

    private final BlockingQueue<Gebeurtenis> ontvangen = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> antwoord;
    private volatile boolean beeindigd;

    private Livestroom(HttpRequest verzoek) {
        antwoord = HTTP.sendAsync(verzoek, HttpResponse.BodyHandlers.ofLines());
        // on a thread of its own: reading the lines blocks until the stream ends, and a dependent stage that is not
        // async would run in whichever thread calls join() first (the test's)
        antwoord.thenAcceptAsync(a -> {
            if (a.statusCode() == 200) {
                lees(a.body());
            }
            beeindigd = true;
        }, LEZERS);
    }

    static Livestroom open(String dossier, String token, Long laatstGezien) {
        HttpRequest.Builder verzoek = Api.verzoek(dossier + "/live", token).header("Accept", "text/event-stream")
                .timeout(Duration.ofMinutes(5)).GET();
        if (laatstGezien != null) {
            verzoek.header("Last-Event-ID", Long.toString(laatstGezien));
        }
        return new Livestroom(verzoek.build());
    }

    int status() {
        return antwoord.join().statusCode();
    }

    /** The next event within {@code seconden}, or null. */
    Gebeurtenis volgende(long seconden) throws InterruptedException {
        return ontvangen.poll(seconden, TimeUnit.SECONDS);
    }

    /** Whether the server ended the stream (after dossier-gesloten). */
    boolean isBeeindigd() {
        return beeindigd;
    }

    @Override
    public void close() {
        antwoord.thenAccept(a -> a.body().close());
        antwoord.cancel(true);
    }

    private void lees(Stream<String> regels) {
        long[] id = {-1};
        String[] soort = {null};
        StringBuilder data = new StringBuilder();
        regels.forEach(regel -> {
            if (regel.isEmpty()) {
                if (soort[0] != null) {
                    try (JsonReader lezer = Json.createReader(new StringReader(data.toString()))) {
                        ontvangen.add(new Gebeurtenis(id[0], soort[0], lezer.readObject()));
                    }
                }
                soort[0] = null;
                data.setLength(0);
            } else if (regel.startsWith("id:")) {
                id[0] = Long.parseLong(regel.substring(3).strip());
            } else if (regel.startsWith("event:")) {
                soort[0] = regel.substring(6).strip();
            } else if (regel.startsWith("data:")) {
                data.append(regel.substring(5).strip());
            }
        });
    }
}
