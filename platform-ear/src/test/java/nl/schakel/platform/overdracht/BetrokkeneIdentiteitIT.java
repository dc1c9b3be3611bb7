package nl.schakel.platform.overdracht;

import static nl.schakel.platform.overdracht.Verzoeken.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.schakel.platform.PlatformIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * One person, one id, in every overdracht: two overdrachten about the same BSN name the same betrokkene, so the privacy
 * officer's question "who accessed anything about this person" ({@code GET /logboek?betrokkene=}) spans both. A
 * betrokkene without BSN is a person of its own in each.
 */
@PlatformIT
@RunAsClient
class BetrokkeneIdentiteitIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void hetLogboekVanEenBetrokkeneToontDeToegangTotBeideOverdrachten() {
        String bsn = nieuwBsn(); // nobody else's person: the logboek of this id holds only this test's rows
        String vt = token(uniek("vt.procesregisseur"), "VTRR", "procesregisseur");
        String wtGebruiker = uniek("wt.feijenoord");

        JsonObject eerste = lees(stelOp(vt, bsn));
        HttpResponse<String> tweedeAntwoord = stelOp(vt, bsn);
        JsonObject tweede = lees(tweedeAntwoord);
        String persoon = betrokkene(eerste, 0);
        assertThat(betrokkene(tweede, 0)).isEqualTo(persoon);
        assertThat(betrokkene(eerste, 1)).isNotEqualTo(betrokkene(tweede, 1)).isNotEqualTo(persoon);

        // the second is sent to and read by a wijkteam: that access is about the same person
        String pad = OVERDRACHTEN + "/" + tweede.getString("id");
        HttpResponse<String> verzonden = json("POST", pad + "/verzending", vt, etag(tweedeAntwoord), verzending("WT-RDAM-FEIJ", WIJKTEAMCATEGORIEEN));
        assertThat(verzonden.statusCode()).as(verzonden.body()).isEqualTo(200);
        JsonObject gelezen = ok(get(pad, token(wtGebruiker, "WT-RDAM-FEIJ", "wijkteammedewerker")));
        assertThat(betrokkene(gelezen, 0)).isEqualTo(persoon);

        List<JsonObject> overPersoon = logboekVan(persoon);
        assertThat(overPersoon).allSatisfy(regel -> assertThat(regel.getJsonArray("betrokkenen").getValuesAs(JsonString::getString))
                .contains(persoon));
        logboekregel(overPersoon, "overdracht.opstellen", "TOEGESTAAN", eerste.getString("id"));
        logboekregel(overPersoon, "overdracht.opstellen", "TOEGESTAAN", tweede.getString("id"));
        logboekregel(overPersoon, "overdracht.verzenden", "TOEGESTAAN", tweede.getString("id"));
        assertThat(logboekregel(overPersoon, "overdracht.lezen", "TOEGESTAAN", tweede.getString("id")).getString("organisatie"))
                .isEqualTo("WT-RDAM-FEIJ");

        // the child without BSN of the first overdracht is someone else, with only the first's rows (reading the
        // logboek above is itself logged about the persons it showed: those rows name no overdracht)
        assertThat(logboekVan(betrokkene(eerste, 1))).filteredOn(regel -> regel.getString("handeling").startsWith("overdracht."))
                .isNotEmpty()
                .allSatisfy(regel -> assertThat(regel.getString("bronId")).isEqualTo(eerste.getString("id")));
    }

    @Test
    void eenIdVanDeClientWordtNietOvergenomen() {
        String vt = procesregisseur();
        String anderePersoon = betrokkene(lees(stelOp(vt, nieuwBsn())), 0);

        HttpResponse<String> antwoord = json("POST", OVERDRACHTEN, vt, null, """
                {"betrokkenen": [{"id": "%s", "rol": "KIND"}]}""".formatted(anderePersoon));

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        assertThat(betrokkene(lees(antwoord), 0)).isNotEqualTo(anderePersoon);
    }

    // ----

    private static HttpResponse<String> stelOp(String token, String bsn) {
        HttpResponse<String> antwoord = json("POST", OVERDRACHTEN, token, null, """
                {
                  "aanleiding": {"meldingSamenvatting": "Fictieve melding.", "meldingDatum": "2026-11-10"},
                  "veiligheidsbeoordeling": {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "datum": "2026-11-14"},
                  "betrokkenen": [
                    {"rol": "SLACHTOFFER", "identiteit": {"voornaam": "Fictief", "achternaam": "Persoon"}, "bsn": "%s"},
                    {"rol": "KIND", "identiteit": {"voornaam": "Fictief", "achternaam": "Kind"}}
                  ]
                }""".formatted(bsn));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        return antwoord;
    }

    private static String betrokkene(JsonObject overdracht, int index) {
        return overdracht.getJsonObject("inhoud").getJsonArray("betrokkenen").getJsonObject(index).getString("id");
    }

    /** Every logboek row about one betrokkene, as the functionaris gegevensbescherming reads it. */
    private static List<JsonObject> logboekVan(String betrokkene) {
        JsonObject pagina = ok(get("/api/v1/logboek?paginaGrootte=100&betrokkene=" + betrokkene,
                token("fg.schakel", "VTRR", "functionaris-gegevensbescherming")));
        return pagina.getJsonObject("_embedded").getJsonArray("logboek").getValuesAs(JsonObject.class);
    }

    /** Nine digits that pass the elfproef, at random: a person no other test (or earlier run) met. */
    private static String nieuwBsn() {
        while (true) {
            StringBuilder bsn = new StringBuilder();
            int som = 0;
            for (int i = 0; i < 8; i++) {
                int cijfer = ThreadLocalRandom.current().nextInt(i == 0 ? 1 : 0, 10);
                som += (9 - i) * cijfer;
                bsn.append(cijfer);
            }
            if (som % 11 < 10) {
                return bsn.append(som % 11).toString();
            }
        }
    }
}
