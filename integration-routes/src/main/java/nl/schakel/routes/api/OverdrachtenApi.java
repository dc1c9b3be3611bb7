package nl.schakel.routes.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;

import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * {@code POST /api/v1/overdrachten} met een bearer token uit {@link Toegangstoken}. Een 401 vernieuwt het
 * token één keer. 5xx/408/429/verbinding: {@link ApiNietBeschikbaarException} (herhaald); elk ander antwoord
 * dan 201/200 (ook 403): {@link ApiProbleemException} met de {@code code} en {@code detail} van het probleem.
 */
public class OverdrachtenApi {

    /** Wat de API aanmaakte: het id en de Location. */
    public record Aangemaakt(String id, String locatie) {
    }

    private final HttpClient http;
    private final String basis;
    private final Toegangstoken token;
    private final Duration timeout;

    public OverdrachtenApi(HttpClient http, String apiUrl, Toegangstoken token, Duration timeout) {
        this.http = http;
        this.basis = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
        this.token = token;
        this.timeout = timeout;
    }

    public Aangemaakt maakAan(String inhoudJson) {
        URI uri = URI.create(basis + "/overdrachten");
        Function<String, HttpRequest> verzoek = bearer -> HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + bearer)
                .POST(HttpRequest.BodyPublishers.ofString(inhoudJson, StandardCharsets.UTF_8))
                .build();
        String bearer = token.geef();
        HttpResponse<String> antwoord = stuur(verzoek.apply(bearer));
        if (antwoord.statusCode() == 401) {
            token.vergeet(bearer);
            antwoord = stuur(verzoek.apply(token.geef()));
        }
        int status = antwoord.statusCode();
        if (status >= 500 || status == 408 || status == 429) {
            throw new ApiNietBeschikbaarException("API antwoordde " + status + " op POST " + uri.getPath());
        }
        if (status != 201 && status != 200) {
            throw ApiAntwoorden.probleem(antwoord);
        }
        String locatie = antwoord.headers().firstValue("Location").orElse(null);
        String id = null;
        try {
            if (Jsoner.deserialize(antwoord.body()) instanceof JsonObject o && o.get("id") != null) {
                id = o.get("id").toString();
            }
        } catch (DeserializationException | RuntimeException e) {
            // id dan uit de Location
        }
        if (id == null && locatie != null) {
            id = locatie.substring(locatie.lastIndexOf('/') + 1);
        }
        return new Aangemaakt(id, locatie);
    }

    private HttpResponse<String> stuur(HttpRequest verzoek) {
        return ApiAntwoorden.stuur(http, verzoek);
    }


}
