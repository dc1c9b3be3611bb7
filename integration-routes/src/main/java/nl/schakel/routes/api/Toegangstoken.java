package nl.schakel.routes.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Access token via client credentials bij de tokenuitgever (Keycloak), bewaard tot kort voor het
 * verlopen. {@link #vergeet(String)} laat een door de API geweigerd token los, zodat het volgende
 * verzoek een nieuw haalt.
 */
public class Toegangstoken {

    private static final Logger LOG = LoggerFactory.getLogger(Toegangstoken.class);

    private final HttpClient http;
    private final URI tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final Duration marge;
    private final Duration timeout;
    private final Clock klok;

    private String token;
    private Instant vervangenNa = Instant.MIN;

    public Toegangstoken(HttpClient http, String tokenUrl, String clientId, String clientSecret,
            Duration marge, Duration timeout, Clock klok) {
        this.http = http;
        this.tokenUrl = URI.create(tokenUrl);
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.marge = marge;
        this.timeout = timeout;
        this.klok = klok;
    }

    /** Een geldig token: het bewaarde, of een nieuw als het (bijna) verlopen is. */
    public synchronized String geef() {
        if (token == null || !klok.instant().isBefore(vervangenNa)) {
            haalNieuw();
        }
        return token;
    }

    /** De API weigerde dit token (401): gebruik het niet meer. */
    public synchronized void vergeet(String geweigerd) {
        if (geweigerd != null && geweigerd.equals(token)) {
            token = null;
        }
    }

    private void haalNieuw() {
        String formulier = "grant_type=client_credentials"
                + "&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpRequest verzoek = HttpRequest.newBuilder(tokenUrl)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formulier))
                .build();
        HttpResponse<String> antwoord;
        try {
            antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ApiNietBeschikbaarException("Tokenuitgever niet bereikbaar: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiNietBeschikbaarException("Onderbroken bij ophalen token", e);
        }
        int status = antwoord.statusCode();
        if (status >= 500 || status == 408 || status == 429) {
            throw new ApiNietBeschikbaarException("Tokenuitgever antwoordde " + status);
        }
        if (status != 200) {
            throw new ApiToegangGeweigerdException("Tokenuitgever weigerde client " + clientId + ": " + status);
        }
        JsonObject json;
        try {
            json = (JsonObject) Jsoner.deserialize(antwoord.body());
        } catch (DeserializationException | ClassCastException e) {
            throw new ApiNietBeschikbaarException("Onleesbaar antwoord van tokenuitgever", e);
        }
        String nieuw = json.getString("access_token");
        if (nieuw == null || nieuw.isBlank()) {
            throw new ApiToegangGeweigerdException("Tokenuitgever gaf geen access_token");
        }
        long geldig = json.get("expires_in") instanceof Number n ? n.longValue()
                : json.get("expires_in") instanceof String s ? new BigDecimal(s).longValue() : 60;
        Duration veiligheid = Duration.ofSeconds(geldig).compareTo(marge.multipliedBy(2)) < 0
                ? Duration.ofSeconds(geldig / 2) : marge;
        token = nieuw;
        vervangenNa = klok.instant().plusSeconds(geldig).minus(veiligheid);
        LOG.info("Nieuw toegangstoken voor client {} ({} s geldig)", clientId, geldig);
    }
}
