package nl.schakel.routes.intake;

import java.util.LinkedHashMap;

import org.apache.camel.util.json.JsonObject;

/**
 * Uitkomst van één aanlevering: HTTP-status voor {@code POST /intake/overdrachten} (202 aangemaakt, 200
 * duplicaat, 400 afgewezen), de map waar het bestand heen gaat ({@code verwerkt} of {@code fouten}) en het
 * JSON-antwoord (alleen bronId, uitkomst, overdracht-id/Location of code en reden; nooit inhoud).
 */
public record IntakeUitslag(int httpStatus, String map, String json) {

    static IntakeUitslag aangemaakt(String bronId, String overdrachtId, String locatie, boolean duplicaat) {
        JsonObject o = new JsonObject(new LinkedHashMap<>());
        o.put("bronId", bronId);
        o.put("uitkomst", "AANGEMAAKT");
        o.put("duplicaat", duplicaat);
        o.put("overdracht", overdrachtId);
        o.put("locatie", locatie);
        return new IntakeUitslag(duplicaat ? 200 : 202, "verwerkt", o.toJson());
    }

    static IntakeUitslag afgewezen(String bronId, String code, String reden, boolean duplicaat) {
        JsonObject o = new JsonObject(new LinkedHashMap<>());
        o.put("bronId", bronId);
        o.put("uitkomst", "AFGEWEZEN");
        o.put("duplicaat", duplicaat);
        o.put("code", code);
        o.put("reden", reden);
        return new IntakeUitslag(duplicaat ? 200 : 400, "fouten", o.toJson());
    }
}
