package nl.schakel.meting;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few blocking API calls a benchmark makes to set its case up (not the measured load). */
final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private Api() {}

    /** A JSON request (POST unless said otherwise) with the bearer token and, when given, If-Match. */
    static HttpResponse<String> json(String url, String token, String ifMatch, String body) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            verzoek.header("If-Match", ifMatch);
        }
        return stuur(verzoek);
    }

    static HttpResponse<String> get(String url, Optional<String> token) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        token.ifPresent(t -> verzoek.header("Authorization", "Bearer " + t));
        return stuur(verzoek);
    }

    /** The first {@code "id": "uuid"} of a JSON body (the created resource's). */
    static String id(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("geen id in het antwoord");
        }
        return m.group(1);
    }

    private static HttpResponse<String> stuur(HttpRequest.Builder verzoek) {
        try {
            return HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
