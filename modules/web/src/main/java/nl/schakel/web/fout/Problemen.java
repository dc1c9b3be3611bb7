package nl.schakel.web.fout;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.SchakelFout;

/** Builds problem responses; the one place that knows the generic codes (API-xxx) per HTTP status. */
public final class Problemen {

    private Problemen() {}

    /**
     * The problem any failure stands for: a domain or boundary failure anywhere in the cause chain keeps its
     * own code, unreadable JSON is a 400, anything else a bare 500. Pure, so it can be fuzzed without a server.
     */
    public static Probleem voor(Throwable fout, String correlatieId) {
        for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause()) {
            if (oorzaak instanceof SchakelFout schakelFout) {
                return Probleem.van(schakelFout.status(), schakelFout.code(), schakelFout.titel(), schakelFout.detail(),
                        correlatieId, schakelFout.ongeldigeParameters());
            }
        }
        jakarta.json.bind.JsonbException json = OnleesbareInvoer.jsonFout(fout);
        if (json != null) {
            return OnleesbareInvoer.probleem(json, correlatieId);
        }
        return algemeenProbleem(500, correlatieId);
    }

    public static Response van(SchakelFout fout, String correlatieId) {
        return antwoord(Probleem.van(fout.status(), fout.code(), fout.titel(), fout.detail(), correlatieId,
                fout.ongeldigeParameters()), fout.uitbreidingen());
    }

    /** The extension members of the first domain failure in the cause chain (none for any other failure). */
    public static Map<String, Object> uitbreidingen(Throwable fout) {
        for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause()) {
            if (oorzaak instanceof SchakelFout schakelFout) {
                return schakelFout.uitbreidingen();
            }
        }
        return Map.of();
    }

    /**
     * The problem with extension members after its standard ones (RFC 9457 §3.2), e.g. {@code overlegId} of CSO-020. A
     * member never overwrites a standard one.
     */
    public static Response antwoord(Probleem probleem, Map<String, Object> uitbreidingen) {
        if (uitbreidingen.isEmpty()) {
            return antwoord(probleem);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", probleem.type());
        body.put("title", probleem.title());
        body.put("status", probleem.status());
        body.put("detail", probleem.detail());
        body.put("instance", probleem.instance());
        body.put("code", probleem.code());
        if (probleem.invalidParams() != null) {
            body.put("invalidParams", probleem.invalidParams());
        }
        uitbreidingen.forEach(body::putIfAbsent);
        return Response.status(probleem.status()).type(Probleem.MEDIA_TYPE).entity(body).build();
    }

    public static Response algemeen(int status, String correlatieId) {
        return antwoord(algemeenProbleem(status, correlatieId));
    }

    public static Response algemeen(int status, String detail, String correlatieId, List<OngeldigeParameter> ongeldig) {
        Probleem basis = algemeenProbleem(status, correlatieId);
        return antwoord(Probleem.van(status, basis.code(), basis.title(), detail, correlatieId, ongeldig));
    }

    public static Probleem algemeenProbleem(int status, String correlatieId) {
        String[] tekst = switch (status) {
            case 400 -> new String[] {"Ongeldig verzoek", "Het verzoek kan niet worden gelezen."};
            case 401 -> new String[] {"Niet aangemeld",
                "Een geldig toegangstoken (Bearer) van de Schakel-realm is nodig."};
            case 403 -> new String[] {"Geen toestemming", "U mag deze handeling niet uitvoeren."};
            case 404 -> new String[] {"Niet gevonden", "Deze bron bestaat niet."};
            case 405 -> new String[] {"Methode niet toegestaan", "Deze bron ondersteunt deze HTTP-methode niet."};
            case 406 -> new String[] {"Niet leverbaar",
                "Deze bron levert alleen application/json (en fouten als application/problem+json)."};
            case 412 -> new String[] {"Verouderde versie", "De bron is intussen gewijzigd."};
            case 413 -> new String[] {"Verzoek te groot", "Het verzoek is te groot."};
            case 415 -> new String[] {"Mediatype niet ondersteund", "Stuur de inhoud als application/json."};
            case 428 -> new String[] {"Versie ontbreekt", "Stuur If-Match met de ETag van de versie die u wijzigt."};
            default -> status >= 500
                    ? new String[] {"Interne fout", "Er ging iets mis aan onze kant. Noem het kenmerk bij een melding."}
                    : new String[] {"Fout", "Het verzoek kon niet worden verwerkt."};
        };
        int code = status >= 500 ? 500 : status;
        return Probleem.van(status, "API-" + code, tekst[0], tekst[1], correlatieId, List.of());
    }

    public static Response antwoord(Probleem probleem) {
        return Response.status(probleem.status()).type(Probleem.MEDIA_TYPE).entity(probleem).build();
    }
}
