package nl.schakel.platform;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client for the deployed API, as a partner system would call it. */
public final class Api {

    /**
     * Whom the receiver calls at Veilig Thuis (fictional), as a member to add to every verzending body: it is required
     * (400 OVD-022 without it).
     */
    public static final String CONTACTPERSOON_VT =
            "\"contactpersoonVeiligThuis\":{\"naam\":\"Sanne de Vries\",\"telefoon\":\"010-799 12 34\"}";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Api() {}

    public static HttpRequest.Builder verzoek(String pad) {
        String adres = pad.startsWith("http") ? pad : PlatformOmgeving.BASIS + pad;
        return HttpRequest.newBuilder(URI.create(adres)).timeout(Duration.ofSeconds(30));
    }

    public static HttpRequest.Builder verzoek(String pad, String token) {
        return verzoek(pad).header("Authorization", "Bearer " + token);
    }

    public static HttpResponse<String> stuur(HttpRequest.Builder verzoek) {
        try {
            return HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> get(String pad, String token) {
        return stuur(verzoek(pad, token).GET());
    }

    public static HttpResponse<String> json(String methode, String pad, String token, String body) {
        return stuur(verzoek(pad, token).header("Content-Type", "application/json")
                .method(methode, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A request with a JSON body and, when {@code ifMatch} is not null, an If-Match header. */
    public static HttpResponse<String> json(String methode, String pad, String token, String ifMatch, String body) {
        HttpRequest.Builder verzoek = verzoek(pad, token).header("Content-Type", "application/json")
                .method(methode, HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            verzoek.header("If-Match", ifMatch);
        }
        return stuur(verzoek);
    }

    /** A POST without a body (a state change such as acceptatie), with If-Match when not null. */
    public static HttpResponse<String> post(String pad, String token, String ifMatch) {
        HttpRequest.Builder verzoek = verzoek(pad, token).POST(HttpRequest.BodyPublishers.noBody());
        if (ifMatch != null) {
            verzoek.header("If-Match", ifMatch);
        }
        return stuur(verzoek);
    }

    /** The body of a 200, failing with the body when the status is another. */
    public static JsonObject ok(HttpResponse<String> antwoord) {
        org.assertj.core.api.Assertions.assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        return lees(antwoord);
    }

    public static String etag(HttpResponse<String> antwoord) {
        return antwoord.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("geen ETag: " + antwoord.body()));
    }

    public static JsonObject lees(HttpResponse<String> antwoord) {
        try (JsonReader lezer = Json.createReader(new StringReader(antwoord.body()))) {
            return lezer.readObject();
        }
    }
}
