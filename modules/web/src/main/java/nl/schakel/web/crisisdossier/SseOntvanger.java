package nl.schakel.web.crisisdossier;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.schakel.crisisdossier.domein.Livegebeurtenis;
import nl.schakel.gedeeld.json.JsonFabriek;
import nl.schakel.crisisdossier.toepassing.Ontvanger;

/**
 * One screen's server-sent event stream. {@code id} is the file's event number (the browser sends it back as
 * Last-Event-ID on reconnect), {@code event} the kind, {@code data} a small JSON object of ids. Payara's Jersey writes
 * an event on the caller's thread and hands back a completed future, so the wait below only catches a failed write: a
 * client that stops reading holds only its own sending task (Livestromen gives every screen its own queue and task) until
 * the container's write timeout, or until it is closed for falling too far behind.
 */
final class SseOntvanger implements Ontvanger {

    private static final long WACHT_SECONDEN = 5;
    private final SseEventSink sink;
    private final Sse sse;

    SseOntvanger(SseEventSink sink, Sse sse) {
        this.sink = sink;
        this.sse = sse;
    }

    @Override
    public boolean stuur(Livegebeurtenis gebeurtenis) {
        JsonObjectBuilder data = JsonFabriek.object().add("volgnummer", gebeurtenis.volgnummer())
                .add("soort", gebeurtenis.soort().naam());
        gebeurtenis.onderwerp().ifPresent(id -> data.add(gebeurtenis.soort().onderwerpveld(), id.toString()));
        gebeurtenis.organisatie().ifPresent(code -> data.add("organisatieCode", code));
        // when it was written: lets a screen (and the benchmark) tell how long the event took to arrive
        data.add("op", gebeurtenis.op().toString());
        return verstuur(sse.newEventBuilder().id(Long.toString(gebeurtenis.volgnummer())).name(gebeurtenis.soort().naam())
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(String.class, data.build().toString()).build());
    }

    @Override
    public boolean stuurStand(long volgnummer) {
        return verstuur(sse.newEventBuilder().id(Long.toString(volgnummer)).name("stand")
                .data(String.class, JsonFabriek.object().add("volgnummer", volgnummer).build().toString()).build());
    }

    @Override
    public boolean ping() {
        return verstuur(sse.newEventBuilder().comment("ping").build());
    }

    @Override
    public void sluit() {
        sink.close();
    }

    private boolean verstuur(OutboundSseEvent gebeurtenis) {
        if (sink.isClosed()) {
            return false;
        }
        try {
            sink.send(gebeurtenis).toCompletableFuture().get(WACHT_SECONDEN, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | CompletionException | IllegalStateException e) {
            sink.close();
            return false;
        }
    }
}
