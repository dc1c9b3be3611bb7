package nl.schakel.platform.overdracht;

import static nl.schakel.platform.overdracht.Verzoeken.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import nl.schakel.platform.PlatformIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * A returned overdracht goes somewhere: Veilig Thuis reads the receiver's reason, corrects it and sends it to another
 * wijkteam; the wijkteam that returned it is told that it returned it, when and why (its own action on record) rather
 * than "does not exist", and sees nothing of the case; anyone else still gets 404.
 */
@PlatformIT
@RunAsClient
class TerugleggenEnOpnieuwIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void veiligThuisLeestDeRedenVerbetertEnVerstuurtNaarEenAnderWijkteam() {
        Overdracht overdracht = verzondenAanFeijenoord();
        String wtGebruiker = uniek("wt.feijenoord");
        String wt = token(wtGebruiker, "WT-RDAM-FEIJ", "wijkteammedewerker");
        HttpResponse<String> ontvangen = post(overdracht.pad() + "/ontvangstbevestiging", wt, overdracht.etag());
        ok(json("POST", overdracht.pad() + "/teruglegging", wt, etag(ontvangen), reden("Gezin woont in Charlois.")));

        // Veilig Thuis sees why
        HttpResponse<String> gelezen = get(overdracht.pad(), procesregisseur());
        JsonObject bijVt = ok(gelezen);
        assertThat(bijVt.getString("status")).isEqualTo("TERUGGELEGD");
        JsonObject teruglegging = bijVt.getJsonArray("overgangen").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("naar").equals("TERUGGELEGD")).findFirst().orElseThrow();
        assertThat(teruglegging.getString("reden")).isEqualTo("Gezin woont in Charlois.");
        assertThat(teruglegging.getString("organisatie")).isEqualTo("WT-RDAM-FEIJ");

        // corrects it and sends it to Charlois
        HttpResponse<String> verbeterd = json("PUT", overdracht.pad(), procesregisseur(), etag(gelezen),
                inhoud("Buren hoorden geschreeuw; gezin verhuisd naar Charlois."));
        assertThat(verbeterd.statusCode()).as(verbeterd.body()).isEqualTo(200);
        HttpResponse<String> opnieuw = json("POST", overdracht.pad() + "/verzending", procesregisseur(), etag(verbeterd),
                verzending("WT-RDAM-CHAR", List.of("IDENTITEIT", "VEILIGHEID")));
        assertThat(opnieuw.statusCode()).as(opnieuw.body()).isEqualTo(200);
        JsonObject verzonden = lees(opnieuw);
        assertThat(verzonden.getString("status")).isEqualTo("VERZONDEN");
        assertThat(verzonden.getString("ontvangendeOrganisatie")).isEqualTo("WT-RDAM-CHAR");
        assertThat(verzonden.containsKey("opgeschaaldOp")).isFalse();

        JsonObject bijCharlois = ok(get(overdracht.pad(), token(uniek("wt.charlois"), "WT-RDAM-CHAR", "wijkteammedewerker")));
        assertThat(bijCharlois.getJsonObject("inhoud").getJsonObject("aanleiding").getString("meldingSamenvatting"))
                .contains("Charlois");

        // the returner: its own action, nothing of the case
        JsonObject probleem = isProbleem(get(overdracht.pad(), wt), 410, "OVD-410");
        assertThat(probleem.getString("title")).isEqualTo("Niet meer met u gedeeld");
        assertThat(probleem.getString("detail")).contains("U heeft deze overdracht op ", " teruggelegd: Gezin woont in Charlois. Zij");
        assertThat(probleem.toString()).doesNotContain("Jansen", "geschreeuw");
        assertThat(logboekregels(wtGebruiker)).anySatisfy(r -> assertThat(r.getString("handeling") + "/"
                + r.getString("uitkomst") + "/" + r.getString("bronId", "")).isEqualTo("overdracht.lezen/GEWEIGERD/" + overdracht.id()));
        // an organisation that never had it: it does not exist
        isProbleem(get(overdracht.pad(), token(uniek("wt.schiedam"), "LT-SCHIEDAM", "wijkteammedewerker")), 404, "OVD-404");
    }

    @Test
    void eenVerzondenOverdrachtBlijftOnwijzigbaar() {
        Overdracht overdracht = verzondenAanFeijenoord();
        isProbleem(json("PUT", overdracht.pad(), procesregisseur(), overdracht.etag(), inhoud("Nee.")), 409, "OVD-012");
    }

    // ---- whom the receiver calls at Veilig Thuis (issue 11)

    @Test
    void deOntvangerZietWieZijBijVeiligThuisBelt() {
        Overdracht overdracht = verzondenAanFeijenoord();

        JsonObject contact = ok(get(overdracht.pad(), feijenoord())).getJsonObject("contactpersoonVeiligThuis");
        assertThat(contact.getString("naam")).isEqualTo("Sanne de Vries");
        assertThat(contact.getString("telefoon")).isEqualTo("010-799 12 34");
        assertThat(ok(get(overdracht.pad(), procesregisseur())).getJsonObject("contactpersoonVeiligThuis")).isEqualTo(contact);
        assertThat(ok(get(stelOp(procesregisseur()).pad(), procesregisseur())).containsKey("contactpersoonVeiligThuis"))
                .as("een concept is nog aan niemand gestuurd").isFalse();
    }

    @Test
    void zonderContactpersoonOfMetEenNummerDatGeenNederlandsNummerIsWordtNietsVerstuurd() {
        String vt = procesregisseur();
        Overdracht concept = stelOp(vt);
        String zonder = "{\"ontvangendeOrganisatie\":\"WT-RDAM-FEIJ\",\"categorieen\":[\"IDENTITEIT\"]}";
        JsonObject fout = isProbleem(json("POST", concept.pad() + "/verzending", vt, concept.etag(), zonder), 400, "OVD-022");
        assertThat(fout.getJsonArray("invalidParams").getValuesAs(JsonObject.class)).extracting(p -> p.getString("name"))
                .containsExactly("contactpersoonVeiligThuis.naam", "contactpersoonVeiligThuis.telefoon");

        String buitenlands = "{\"ontvangendeOrganisatie\":\"WT-RDAM-FEIJ\",\"categorieen\":[\"IDENTITEIT\"],"
                + "\"contactpersoonVeiligThuis\":{\"naam\":\"Sanne de Vries\",\"telefoon\":\"+32 2 123 45 67\"}}";
        JsonObject nummer = isProbleem(json("POST", concept.pad() + "/verzending", vt, concept.etag(), buitenlands), 400, "OVD-022");
        assertThat(nummer.getJsonArray("invalidParams").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(p -> assertThat(p.getString("name")).isEqualTo("contactpersoonVeiligThuis.telefoon"));
        // the input policy's strict types: an unknown member of the contact person is refused, not ignored
        String onbekend = "{\"ontvangendeOrganisatie\":\"WT-RDAM-FEIJ\",\"categorieen\":[\"IDENTITEIT\"],"
                + "\"contactpersoonVeiligThuis\":{\"naam\":\"Sanne de Vries\",\"telefoon\":\"010-799 12 34\",\"email\":\"x\"}}";
        isProbleem(json("POST", concept.pad() + "/verzending", vt, concept.etag(), onbekend), 400, "API-400");

        assertThat(ok(get(concept.pad(), vt)).getString("status")).as("niets verzonden").isEqualTo("CONCEPT");
        isProbleem(get(concept.pad(), feijenoord()), 404, "OVD-404");
    }

    // ---- "Door ons teruggelegd": what the returner may still see (issue 11)

    private static final String TERUGLEGGINGEN = "/api/v1/terugleggingen";

    @Test
    void doorOnsTeruggelegdToontAlleenDeEigenTerugleggingenZonderInhoudEnLogtElke() {
        String wtGebruiker = uniek("wt.feijenoord");
        String wt = token(wtGebruiker, "WT-RDAM-FEIJ", "wijkteammedewerker");
        Overdracht eigen = teruggelegd(wt, "Gezin woont in Charlois.");
        String charlois = token(uniek("wt.charlois"), "WT-RDAM-CHAR", "wijkteammedewerker");
        Overdracht vanCharlois = teruggelegdDoor("WT-RDAM-CHAR", charlois, "Niet ons gebied.");

        List<JsonObject> bijFeijenoord = alleTerugleggingen(wt);
        JsonObject rij = bijFeijenoord.stream().filter(t -> t.getString("overdracht").equals(eigen.id())).findFirst().orElseThrow();
        assertThat(rij.keySet()).containsExactly("overdracht", "zaaknummer", "teruggelegdOp", "teruggelegdDoor", "reden", "veiligThuis");
        assertThat(rij.getString("zaaknummer")).isEqualTo(eigen.id().substring(0, 8));
        assertThat(rij.getString("reden")).isEqualTo("Gezin woont in Charlois.");
        assertThat(rij.getString("teruggelegdDoor")).isEqualTo("Test " + wtGebruiker);
        assertThat(java.time.Instant.parse(rij.getString("teruggelegdOp"))).isBefore(java.time.Instant.now().plusSeconds(1));
        assertThat(rij.getJsonObject("veiligThuis").getString("code")).isEqualTo("VTRR");
        assertThat(rij.getJsonObject("veiligThuis").getString("naam")).isEqualTo("Veilig Thuis Rotterdam Rijnmond");
        assertThat(bijFeijenoord.toString()).as("niets van de zaak").doesNotContain("Jansen", "geschreeuw", "inhoud");
        assertThat(bijFeijenoord).extracting(t -> t.getString("overdracht")).doesNotContain(vanCharlois.id());
        // newest first: the own return just made leads
        assertThat(bijFeijenoord.get(0).getString("overdracht")).isEqualTo(eigen.id());

        assertThat(alleTerugleggingen(charlois)).extracting(t -> t.getString("overdracht"))
                .contains(vanCharlois.id()).doesNotContain(eigen.id());
        // Veilig Thuis returned none of them: they are in its Verstuurd, not in this list
        assertThat(alleTerugleggingen(token(uniek("vt.procesregisseur"), "VTRR", "procesregisseur")))
                .extracting(t -> t.getString("overdracht")).doesNotContain(eigen.id(), vanCharlois.id());

        // each listed overdracht has its logboek row, naming no betrokkene (the list discloses none)
        JsonObject regel = logboekregel(logboekregels(wtGebruiker), "overdracht.terugleggingen-zoeken", "TOEGESTAAN", eigen.id());
        assertThat(regel.getString("bronType")).isEqualTo("OVERDRACHT");
        assertThat(regel.getJsonArray("betrokkenen")).isEmpty();
    }

    @Test
    void wieNietTerugleggtKrijgtDeLijstNietEnDatStaatInHetLogboek() {
        String crisisGebruiker = uniek("vt.crisis");
        JsonObject fout = isProbleem(get(TERUGLEGGINGEN, token(crisisGebruiker, "VTRR", "crisismedewerker")), 403, "TGN-002");
        assertThat(fout.getString("detail")).contains("overdracht.terugleggingen-zoeken");
        assertThat(logboekregels(crisisGebruiker)).anySatisfy(r -> assertThat(r.getString("handeling") + "/" + r.getString("uitkomst"))
                .isEqualTo("overdracht.terugleggingen-zoeken/GEWEIGERD"));
        String politie = uniek("politie");
        isProbleem(get(TERUGLEGGINGEN, token(politie, "POL-RR", "politiemedewerker")), 403, "TGN-002");
        assertThat(logboekregels(politie)).anySatisfy(r -> assertThat(r.getString("handeling") + "/" + r.getString("uitkomst"))
                .isEqualTo("overdracht.terugleggingen-zoeken/GEWEIGERD"));
    }

    @Test
    void doorOnsTeruggelegdPagineertAlsElkeLijst() {
        String wt = token(uniek("wt.feijenoord"), "WT-RDAM-FEIJ", "wijkteammedewerker");
        teruggelegd(wt, "Eerste.");
        teruggelegd(wt, "Tweede.");
        JsonObject eerste = ok(get(TERUGLEGGINGEN + "?paginaGrootte=1", wt));
        assertThat(eerste.getJsonObject("_embedded").getJsonArray("terugleggingen")).hasSize(1);
        String volgende = eerste.getJsonObject("_links").getJsonObject("next").getString("href");
        JsonObject tweede = ok(get(volgende.substring(volgende.indexOf("/api/")), wt));
        assertThat(tweede.getJsonObject("_embedded").getJsonArray("terugleggingen").getJsonObject(0).getString("overdracht"))
                .isNotEqualTo(eerste.getJsonObject("_embedded").getJsonArray("terugleggingen").getJsonObject(0).getString("overdracht"));
        isProbleem(get(TERUGLEGGINGEN + "?paginaGrootte=0", wt), 400, "API-002");
        isProbleem(get(TERUGLEGGINGEN + "?pagina=kapot", wt), 400, "API-002");
    }

    /** Sent to Feijenoord, confirmed and returned by {@code wt}. */
    private static Overdracht teruggelegd(String wt, String reden) {
        Overdracht overdracht = verzondenAanFeijenoord();
        HttpResponse<String> ontvangen = post(overdracht.pad() + "/ontvangstbevestiging", wt, overdracht.etag());
        ok(json("POST", overdracht.pad() + "/teruglegging", wt, etag(ontvangen), reden(reden)));
        return overdracht;
    }

    private static Overdracht teruggelegdDoor(String ontvanger, String wt, String reden) {
        Overdracht concept = stelOp(procesregisseur());
        HttpResponse<String> verzonden = json("POST", concept.pad() + "/verzending", procesregisseur(), concept.etag(),
                verzending(ontvanger, List.of("IDENTITEIT", "VEILIGHEID")));
        assertThat(verzonden.statusCode()).as(verzonden.body()).isEqualTo(200);
        HttpResponse<String> ontvangen = post(concept.pad() + "/ontvangstbevestiging", wt, etag(verzonden));
        ok(json("POST", concept.pad() + "/teruglegging", wt, etag(ontvangen), reden(reden)));
        return concept;
    }

    /** Every page of the caller's list (other tests add to the same organisations). */
    private static List<JsonObject> alleTerugleggingen(String token) {
        List<JsonObject> alle = new java.util.ArrayList<>();
        String pad = TERUGLEGGINGEN + "?paginaGrootte=100";
        while (pad != null) {
            JsonObject pagina = ok(get(pad, token));
            alle.addAll(pagina.getJsonObject("_embedded").getJsonArray("terugleggingen").getValuesAs(JsonObject.class));
            JsonObject links = pagina.getJsonObject("_links");
            pad = links.containsKey("next") ? links.getJsonObject("next").getString("href").replaceFirst("^.*?(/api/)", "$1") : null;
        }
        return alle;
    }
}
