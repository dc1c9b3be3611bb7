package nl.schakel.routes.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import nl.schakel.routes.bezorging.Gebeurtenis;
import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * De gebeurtenissenfeed van het platform ({@code GET /api/v1/gebeurtenissen?na=&limiet=}, rol
 * {@code integratie}), oudste eerst, met een bearer token uit {@link Toegangstoken}; een 401 vernieuwt het
 * token één keer. 5xx/408/429/verbinding → {@link ApiNietBeschikbaarException} (herhalen), 401 na vernieuwen
 * en 403 → {@link ApiToegangGeweigerdException}.
 */
public class GebeurtenissenApi {

    private final HttpClient http;
    private final String basis;
    private final Toegangstoken token;
    private final Duration timeout;
    private final int limiet;

    public GebeurtenissenApi(HttpClient http, String apiUrl, Toegangstoken token, Duration timeout, int limiet) {
        this.http = http;
        this.basis = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
        this.token = token;
        this.timeout = timeout;
        this.limiet = limiet;
    }

    /** De gebeurtenissen met een volgnummer groter dan {@code na}, hoogstens {@code limiet}, oplopend. */
    public List<Gebeurtenis> na(long na) {
        URI uri = URI.create(basis + "/gebeurtenissen?na=" + na + "&limiet=" + limiet);
        String bearer = token.geef();
        HttpResponse<String> antwoord = stuur(uri, bearer);
        if (antwoord.statusCode() == 401) {
            token.vergeet(bearer);
            antwoord = stuur(uri, token.geef());
            if (antwoord.statusCode() == 401) {
                throw new ApiToegangGeweigerdException("Feed weigert ook een vernieuwd token (401)");
            }
        }
        int status = antwoord.statusCode();
        if (status >= 500 || status == 408 || status == 429) {
            throw new ApiNietBeschikbaarException("Feed antwoordde " + status);
        }
        if (status == 403) {
            throw new ApiToegangGeweigerdException("Feed weigert de integratieclient (403): rol integratie ontbreekt?");
        }
        if (status != 200) {
            throw new ApiProbleemException(status, "HTTP-" + status, "Feed antwoordde " + status);
        }
        return lees(antwoord.body(), na);
    }

    private HttpResponse<String> stuur(URI uri, String bearer) {
        HttpRequest verzoek = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json, application/hal+json, application/problem+json")
                .header("Authorization", "Bearer " + bearer)
                .GET().build();
        try {
            return http.send(verzoek, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ApiNietBeschikbaarException("Feed niet bereikbaar: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiNietBeschikbaarException("Onderbroken bij ophalen feed", e);
        }
    }

    static List<Gebeurtenis> lees(String body, long na) {
        JsonObject pagina;
        try {
            pagina = (JsonObject) Jsoner.deserialize(body);
        } catch (DeserializationException | ClassCastException e) {
            throw new ApiNietBeschikbaarException("Onleesbaar antwoord van de feed", e);
        }
        Map<?, ?> embedded = pagina.getMap("_embedded");
        Collection<?> lijst = embedded == null ? null : (Collection<?>) embedded.get("gebeurtenissen");
        List<Gebeurtenis> gebeurtenissen = new ArrayList<>();
        if (lijst == null) {
            return gebeurtenissen;
        }
        long vorige = na;
        for (Object o : lijst) {
            Map<?, ?> m = (Map<?, ?>) o;
            long volgnummer = ((Number) m.get("volgnummer")).longValue();
            if (volgnummer <= vorige) {
                continue; // nooit terug of dubbel, ook niet als de feed dat zou aanbieden
            }
            // één bezorging per ontvanger: "ontvanger" (één) of "ontvangers" (meer), nooit stil maar één van meer
            for (String ontvanger : codes(m, "ontvanger", "ontvangers")) {
                gebeurtenissen.add(new Gebeurtenis(volgnummer, tekst(m, "id"), tekst(m, "type"), tekst(m, "bron"),
                        tekst(m, "onderwerp"), tekst(m, "tijdstip"), ontvanger, eigenaren(m)));
            }
            vorige = volgnummer;
        }
        return gebeurtenissen;
    }

    /** De code(s) uit {@code enkel} (tekst) of {@code meervoud} (array); zonder een van beide is de feed onleesbaar. */
    private static List<String> codes(Map<?, ?> m, String enkel, String meervoud) {
        Object lijst = m.get(meervoud);
        if (lijst instanceof Collection<?> c && !c.isEmpty()) {
            List<String> codes = new ArrayList<>();
            for (Object o : c) {
                if (o == null || o.toString().isBlank()) {
                    throw new ApiNietBeschikbaarException("Gebeurtenis in de feed met een lege " + meervoud);
                }
                if (!codes.contains(o.toString())) {
                    codes.add(o.toString());
                }
            }
            return codes;
        }
        return List.of(tekst(m, enkel));
    }

    private static String eigenaren(Map<?, ?> m) {
        if (m.get("eigenaren") instanceof Collection<?> c && !c.isEmpty()) {
            return String.join(",", c.stream().map(String::valueOf).toList());
        }
        return m.get("eigenaar") == null ? null : m.get("eigenaar").toString();
    }

    private static String tekst(Map<?, ?> m, String sleutel) {
        Object w = m.get(sleutel);
        if (w == null || w.toString().isBlank()) {
            throw new ApiNietBeschikbaarException("Gebeurtenis in de feed zonder " + sleutel);
        }
        return w.toString();
    }
}
