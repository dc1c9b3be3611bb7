package nl.schakel.platform.overdracht;

import static nl.schakel.platform.overdracht.Verzoeken.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import nl.schakel.platform.PlatformIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The review queue of break-glass openings (issue "One access core"): the privacy officer and the owning
 * organisation each judge an opening once, justified or not (with a note); one "not justified" stays the overall
 * verdict. Other roles and other organisations do not reach it; every listing and verdict is in the logboek on the
 * opened overdracht, naming its betrokkenen. A refusal on an overdracht names its betrokkenen too, and the privacy
 * officer finds it by resource.
 */
@PlatformIT
@RunAsClient
class NoodtoegangBeoordelingIT {

    private static final String NOODTOEGANGEN = "/api/v1/noodtoegangen";

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void deFgEnDeEigenaarOordelenElkEenmaalEnNietGerechtvaardigdBlijftZichtbaar() {
        Overdracht overdracht = verzondenAanFeijenoord();
        String citGebruiker = uniek("cit.nood");
        String cit = token(citGebruiker, "CIT-JBRR", "cit-medewerker");
        JsonObject geopend = lees(json("POST", overdracht.pad() + "/noodtoegang", cit, null, reden("Kind alleen thuis aangetroffen.")));
        String id = geopend.getString("id");
        String fgGebruiker = uniek("fg.beoordelaar");
        String fg = token(fgGebruiker, "VTRR", "functionaris-gegevensbescherming");
        String vtGebruiker = uniek("vt.beoordelaar");
        String vt = token(vtGebruiker, "VTRR", "procesregisseur");

        JsonObject voorFg = zaak(ok(get(NOODTOEGANGEN + "?status=OPEN", fg)), id);
        assertThat(voorFg.getString("reden")).isEqualTo("Kind alleen thuis aangetroffen.");
        assertThat(voorFg.getString("organisatie")).isEqualTo("CIT-JBRR");
        assertThat(voorFg.getString("organisatieNaam")).isNotBlank().isNotEqualTo("CIT-JBRR");
        assertThat(voorFg.getString("bronType")).isEqualTo("OVERDRACHT");
        assertThat(voorFg.getString("bronPad")).isEqualTo("/overdrachten/" + overdracht.id());
        assertThat(voorFg.getString("oordeel")).isEqualTo("OPEN");
        assertThat(voorFg.getString("mijnBeoordeling")).isEqualTo("FG");
        assertThat(voorFg.getJsonArray("beoordelingen").getValuesAs(JsonObject.class))
                .extracting(b -> b.getString("beoordelaar") + "=" + b.getString("status"))
                .containsExactly("FG=OPEN", "VTRR=OPEN");
        assertThat(zaak(ok(get(NOODTOEGANGEN + "?status=OPEN", vt)), id).getString("mijnBeoordeling")).isEqualTo("VTRR");

        // not the owner: nothing to review; not a reviewing role: refused, and the refusal logged
        assertThat(ids(ok(get(NOODTOEGANGEN, token(uniek("wt.pr"), "WT-RDAM-FEIJ", "procesregisseur"))))).doesNotContain(id);
        isProbleem(get(NOODTOEGANGEN, token("pol.rr", "POL-RR", "politiemedewerker")), 403, "TGN-002");
        isProbleem(oordeel(id, token(uniek("wt.pr"), "WT-RDAM-FEIJ", "procesregisseur"), "GERECHTVAARDIGD", null), 404, "TGN-404");
        isProbleem(oordeel(UUID.randomUUID().toString(), fg, "GERECHTVAARDIGD", null), 404, "TGN-404");
        isProbleem(oordeel("geen-id", fg, "GERECHTVAARDIGD", null), 404, "TGN-404");

        // a verdict of "not justified" needs its reason; nothing is recorded without it
        isProbleem(oordeel(id, fg, "NIET_GERECHTVAARDIGD", null), 400, "TGN-005");
        isProbleem(oordeel(id, fg, "MISSCHIEN", null), 400, "TGN-005");
        assertThat(zaak(ok(get(NOODTOEGANGEN + "?status=OPEN", fg)), id).getString("oordeel")).isEqualTo("OPEN");

        JsonObject nietGerechtvaardigd = ok(oordeel(id, fg, "NIET_GERECHTVAARDIGD", "Geen crisis: de ouders waren bereikbaar."));
        assertThat(nietGerechtvaardigd.getString("oordeel")).isEqualTo("NIET_GERECHTVAARDIGD");
        isProbleem(oordeel(id, fg, "GERECHTVAARDIGD", null), 409, "TGN-006");
        JsonObject daarna = ok(oordeel(id, vt, "GERECHTVAARDIGD", null));
        assertThat(daarna.getString("oordeel")).as("één 'niet gerechtvaardigd' blijft het oordeel").isEqualTo("NIET_GERECHTVAARDIGD");
        assertThat(daarna.getJsonArray("beoordelingen").getValuesAs(JsonObject.class))
                .extracting(b -> b.getString("beoordelaar") + "=" + b.getString("status"))
                .containsExactly("FG=NIET_GERECHTVAARDIGD", "VTRR=GERECHTVAARDIGD");
        JsonObject fgOordeel = daarna.getJsonArray("beoordelingen").getJsonObject(0);
        assertThat(fgOordeel.getString("opmerking")).isEqualTo("Geen crisis: de ouders waren bereikbaar.");
        assertThat(fgOordeel.getString("beoordeeldOp")).endsWith("Z");
        assertThat(ids(ok(get(NOODTOEGANGEN + "?status=OPEN", fg)))).doesNotContain(id);
        assertThat(ids(ok(get(NOODTOEGANGEN + "?status=BEOORDEELD", fg)))).contains(id);
        isProbleem(get(NOODTOEGANGEN + "?status=ALLES", fg), 400, "API-002");

        // each verdict is in the logboek on the opened overdracht, with its betrokkenen
        JsonObject regel = logboekregel(logboekregels(fgGebruiker), "noodtoegang.beoordelen", "TOEGESTAAN", overdracht.id());
        assertThat(regel.getJsonArray("betrokkenen")).isNotEmpty();
        assertThat(regel.getString("bronType")).isEqualTo("OVERDRACHT");
        logboekregel(logboekregels(vtGebruiker), "noodtoegang.beoordelen", "TOEGESTAAN", overdracht.id());
    }

    @Test
    void eenWeigeringNoemtDeBetrokkenenEnIsTeVindenOpDeBron() {
        Overdracht overdracht = verzondenAanFeijenoord();
        List<String> betrokkenen = ok(get(overdracht.pad(), procesregisseur())).getJsonObject("inhoud").getJsonArray("betrokkenen")
                .getValuesAs(JsonObject.class).stream().map(b -> b.getString("id")).toList();
        assertThat(betrokkenen).hasSize(2);
        String politieGebruiker = uniek("pol.nieuwsgierig");
        isProbleem(get(overdracht.pad(), token(politieGebruiker, "POL-RR", "politiemedewerker")), 404, "OVD-404");

        String fg = token("fg.schakel", "VTRR", "functionaris-gegevensbescherming");
        List<JsonObject> opBron = ok(get("/api/v1/logboek?paginaGrootte=100&bronType=OVERDRACHT&bronId=" + overdracht.id(), fg))
                .getJsonObject("_embedded").getJsonArray("logboek").getValuesAs(JsonObject.class);
        assertThat(opBron).isNotEmpty().allSatisfy(r -> assertThat(r.getString("bronId")).isEqualTo(overdracht.id()));
        JsonObject weigering = logboekregel(opBron, "overdracht.lezen", "GEWEIGERD", overdracht.id());
        assertThat(weigering.getString("gebruiker")).isEqualTo(sub(politieGebruiker));
        assertThat(tekst(weigering.getJsonArray("betrokkenen"))).as("de weigering noemt wie het betreft")
                .containsExactlyInAnyOrderElementsOf(betrokkenen);
        // the same refusal is found by person
        List<JsonObject> opPersoon = ok(get("/api/v1/logboek?paginaGrootte=100&betrokkene=" + betrokkenen.get(0), fg))
                .getJsonObject("_embedded").getJsonArray("logboek").getValuesAs(JsonObject.class);
        assertThat(opPersoon).anySatisfy(r -> {
            assertThat(r.getString("uitkomst")).isEqualTo("GEWEIGERD");
            assertThat(r.getString("gebruiker")).isEqualTo(sub(politieGebruiker));
        });
        isProbleem(get("/api/v1/logboek?bronId=geen-id", fg), 400, "API-002");
    }

    private static HttpResponse<String> oordeel(String id, String token, String oordeel, String opmerking) {
        String body = "{\"oordeel\":\"" + oordeel + "\"" + (opmerking == null ? "" : ",\"opmerking\":\"" + opmerking + "\"") + "}";
        return json("POST", NOODTOEGANGEN + "/" + id + "/beoordeling", token, null, body);
    }

    private static List<String> ids(JsonObject lijst) {
        return lijst.getJsonObject("_embedded").getJsonArray("noodtoegangen").getValuesAs(JsonObject.class).stream()
                .map(z -> z.getString("id")).toList();
    }

    private static JsonObject zaak(JsonObject lijst, String id) {
        return lijst.getJsonObject("_embedded").getJsonArray("noodtoegangen").getValuesAs(JsonObject.class).stream()
                .filter(z -> z.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("noodtoegang " + id + " niet in " + lijst));
    }
}
