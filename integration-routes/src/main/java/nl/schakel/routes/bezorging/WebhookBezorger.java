package nl.schakel.routes.bezorging;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * POST van het CloudEvent naar de webhook van de ontvanger. 2xx = bezorgd; 5xx, 408, 429, time-out of
 * verbindingsfout = tijdelijk (herhalen); elk ander antwoord = geweigerd (dode brief).
 */
public class WebhookBezorger {

    private final HttpClient http;
    private final Duration timeout;

    public WebhookBezorger(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    public void stuur(OrganisatieBezorging ontvanger, Gebeurtenis gebeurtenis) {
        String body = CloudEventen.alsJson(gebeurtenis);
        HttpRequest verzoek = HttpRequest.newBuilder(ontvanger.webhook())
                .timeout(timeout)
                .header("Content-Type", CloudEventen.MEDIA_TYPE + "; charset=UTF-8")
                .header(CloudEventen.HANDTEKENING_HEADER, CloudEventen.handtekening(ontvanger.geheim(), body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        int status;
        try {
            status = http.send(verzoek, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new BezorgingTijdelijkMisluktException("webhook van " + ontvanger.code() + " niet bereikbaar: "
                    + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BezorgingTijdelijkMisluktException("onderbroken bij webhook van " + ontvanger.code(), e);
        }
        if (status >= 200 && status < 300) {
            return;
        }
        if (status >= 500 || status == 408 || status == 429) {
            throw new BezorgingTijdelijkMisluktException("webhook van " + ontvanger.code() + " antwoordde " + status);
        }
        throw new BezorgingGeweigerdException("webhook van " + ontvanger.code() + " weigerde met " + status);
    }
}
