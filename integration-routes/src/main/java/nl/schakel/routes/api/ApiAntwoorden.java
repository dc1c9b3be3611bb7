package nl.schakel.routes.api;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * What every client of the platform's API does the same way: send a request (an unreachable API is a
 * retryable {@link ApiNietBeschikbaarException}) and read a problem+json answer into its stable code and a
 * detail that names the invalid fields.
 */
final class ApiAntwoorden {

    private ApiAntwoorden() {}

    static HttpResponse<String> stuur(HttpClient http, HttpRequest verzoek) {
        try {
            return http.send(verzoek, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ApiNietBeschikbaarException("API niet bereikbaar: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiNietBeschikbaarException("Onderbroken bij aanroep API", e);
        }
    }

    static ApiProbleemException probleem(HttpResponse<String> antwoord) {
        int status = antwoord.statusCode();
        String code = "HTTP-" + status;
        String detail = "API antwoordde " + status;
        try {
            if (Jsoner.deserialize(antwoord.body()) instanceof JsonObject p) {
                code = tekst(p.get("code"), code);
                detail = tekst(p.get("detail"), tekst(p.get("title"), detail));
                if (p.get("invalidParams") instanceof Collection<?> lijst && !lijst.isEmpty()) {
                    StringBuilder b = new StringBuilder(detail).append(" (");
                    String sep = "";
                    for (Object o : lijst) {
                        if (o instanceof Map<?, ?> m) {
                            b.append(sep).append(m.get("name")).append(": ").append(m.get("reason"));
                            sep = "; ";
                        }
                    }
                    detail = b.append(')').toString();
                }
            }
        } catch (DeserializationException | RuntimeException e) {
            // geen problem+json: houd de algemene melding
        }
        return new ApiProbleemException(status, code, detail);
    }

    static String tekst(Object waarde, String anders) {
        return waarde == null || waarde.toString().isBlank() ? anders : waarde.toString();
    }
}
