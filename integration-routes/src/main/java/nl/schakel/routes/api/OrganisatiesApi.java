package nl.schakel.routes.api;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import nl.schakel.routes.organisaties.Organisatie;
import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * De organisaties-API van het platform ({@code /api/v1/organisaties}), met een bearer token uit
 * {@link Toegangstoken}. Een 401 vernieuwt het token één keer.
 */
public class OrganisatiesApi {

    private final HttpClient http;
    private final String basis;
    private final Toegangstoken token;
    private final Duration timeout;

    public OrganisatiesApi(HttpClient http, String apiUrl, Toegangstoken token, Duration timeout) {
        this.http = http;
        this.basis = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
        this.token = token;
        this.timeout = timeout;
    }

    /** {@code GET /organisaties?code=X}: de organisatie met precies die code, als die er is. */
    public Optional<BestaandeOrganisatie> zoek(String code) {
        URI uri = URI.create(basis + "/organisaties?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
        HttpResponse<String> antwoord = verstuur(t -> verzoek(uri, t).GET().build());
        if (antwoord.statusCode() != 200) {
            throw ApiAntwoorden.probleem(antwoord);
        }
        JsonObject pagina = json(antwoord.body());
        Map<?, ?> embedded = pagina.getMap("_embedded");
        Collection<?> lijst = embedded == null ? List.of() : (Collection<?>) embedded.get("organisaties");
        if (lijst == null) {
            return Optional.empty();
        }
        return lijst.stream()
                .map(o -> (Map<?, ?>) o)
                .filter(o -> code.equals(o.get("code")))
                .findFirst()
                .map(OrganisatiesApi::bestaande);
    }

    /** {@code POST /organisaties}: 201 verwacht. */
    public void maakAan(Organisatie organisatie) {
        URI uri = URI.create(basis + "/organisaties");
        String body = alsJson(organisatie);
        HttpResponse<String> antwoord = verstuur(t -> verzoek(uri, t)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
        if (antwoord.statusCode() != 201 && antwoord.statusCode() != 200) {
            throw ApiAntwoorden.probleem(antwoord);
        }
    }

    /** {@code PUT /organisaties/{id}} met {@code If-Match: "<versie>"}: 200 verwacht. */
    public void werkBij(BestaandeOrganisatie bestaand, Organisatie organisatie) {
        URI uri = URI.create(basis + "/organisaties/" + URLEncoder.encode(bestaand.id(), StandardCharsets.UTF_8));
        String body = alsJson(organisatie);
        HttpResponse<String> antwoord = verstuur(t -> verzoek(uri, t)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"" + bestaand.versie() + "\"")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
        if (antwoord.statusCode() != 200 && antwoord.statusCode() != 204) {
            throw ApiAntwoorden.probleem(antwoord);
        }
    }

    private HttpRequest.Builder verzoek(URI uri, String bearer) {
        return HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + bearer);
    }

    private HttpResponse<String> verstuur(Function<String, HttpRequest> maakVerzoek) {
        String bearer = token.geef();
        HttpResponse<String> antwoord = stuur(maakVerzoek.apply(bearer));
        if (antwoord.statusCode() == 401) {
            token.vergeet(bearer);
            antwoord = stuur(maakVerzoek.apply(token.geef()));
            if (antwoord.statusCode() == 401) {
                throw new ApiToegangGeweigerdException("API weigert ook een vernieuwd token (401)");
            }
        }
        int status = antwoord.statusCode();
        if (status >= 500 || status == 408 || status == 429) {
            throw new ApiNietBeschikbaarException("API antwoordde " + status + " op "
                    + antwoord.request().method() + " " + antwoord.uri().getPath());
        }
        if (status == 403) {
            throw new ApiToegangGeweigerdException("API weigert de integratieclient (403): rol integratie ontbreekt?");
        }
        return antwoord;
    }

    private HttpResponse<String> stuur(HttpRequest verzoek) {
        return ApiAntwoorden.stuur(http, verzoek);
    }



    private static JsonObject json(String body) {
        try {
            return (JsonObject) Jsoner.deserialize(body);
        } catch (DeserializationException | ClassCastException e) {
            throw new ApiNietBeschikbaarException("Onleesbaar antwoord van de API", e);
        }
    }

    private static BestaandeOrganisatie bestaande(Map<?, ?> o) {
        List<String> gemeenten = new ArrayList<>();
        if (o.get("gemeenten") instanceof Collection<?> c) {
            c.forEach(g -> gemeenten.add(String.valueOf(g)));
        }
        Object parent = o.get("bovenliggendeOrganisatie");
        Organisatie gegevens = new Organisatie(String.valueOf(o.get("code")), ApiAntwoorden.tekst(o.get("naam"), ""),
                ApiAntwoorden.tekst(o.get("type"), ""), gemeenten, parent == null ? null : parent.toString());
        return new BestaandeOrganisatie(String.valueOf(o.get("id")), String.valueOf(o.get("versie")), gegevens);
    }

    static String alsJson(Organisatie organisatie) {
        JsonObject body = new JsonObject();
        body.put("code", organisatie.code());
        body.put("naam", organisatie.naam());
        body.put("type", organisatie.type());
        body.put("gemeenten", new ArrayList<>(organisatie.gemeenten()));
        body.put("bovenliggendeOrganisatie", organisatie.bovenliggendeOrganisatie());
        return body.toJson();
    }
}
