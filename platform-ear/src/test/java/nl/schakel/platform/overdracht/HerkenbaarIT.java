package nl.schakel.platform.overdracht;

import static nl.schakel.platform.overdracht.Verzoeken.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.schakel.platform.PlatformIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * A case in a list is recognisable (family name, child, municipality by name, melding date) as far as the caller's
 * grant on it shows those categories, and can be found by family name only under a grant that shows names: a
 * receiver without IDENTITEIT neither sees the name nor finds the case by it. The list's logboek rows name the
 * betrokkenen exactly when their identity was shown.
 */
@PlatformIT
@RunAsClient
class HerkenbaarIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void deOntvangerZietNaamKindGemeenteEnMeldingsdatumEnVindtDeZaakOpAchternaam() {
        String familie = familienaam();
        Overdracht overdracht = verzonden(familie, "WT-RDAM-FEIJ", WIJKTEAMCATEGORIEEN);
        String gebruiker = uniek("wt.feijenoord");
        String wt = token(gebruiker, "WT-RDAM-FEIJ", "wijkteammedewerker");

        List<JsonObject> gevonden = zoek(wt, familie.substring(2, 9).toUpperCase());
        assertThat(gevonden).extracting(o -> o.getString("id")).containsExactly(overdracht.id());
        JsonObject herkenning = gevonden.get(0).getJsonObject("herkenning");
        assertThat(herkenning.getBoolean("naamGedeeld")).isTrue();
        assertThat(herkenning.getString("achternaam")).isEqualTo(familie);
        assertThat(herkenning.getString("kindVoornaam")).isEqualTo("Noor");
        assertThat(herkenning.getInt("kindGeboortejaar")).isEqualTo(2018);
        assertThat(herkenning.getString("gemeente")).isEqualTo("GM0599");
        assertThat(herkenning.getString("gemeenteNaam")).isEqualTo("Rotterdam");
        assertThat(herkenning.getString("meldingDatum")).isEqualTo("2026-11-10");
        assertThat(zoek(wt, familie + "x")).isEmpty();

        // the list showed who it is about: the logboek names them
        JsonObject regel = logboekregel(logboekregels(gebruiker), "overdracht.zoeken", "TOEGESTAAN", overdracht.id());
        assertThat(regel.getJsonArray("betrokkenen")).hasSize(2);
    }

    @Test
    void zonderIdentiteitGeenNaamInDeLijstEnNietTeVindenOpNaam() {
        String familie = familienaam();
        Overdracht overdracht = verzonden(familie, "RVDK-RR", List.of("VEILIGHEID"));
        String gebruiker = uniek("raad");
        String raad = token(gebruiker, "RVDK-RR", "raadsonderzoeker");

        JsonObject inLijst = ok(get(OVERDRACHTEN + "?paginaGrootte=100&status=VERZONDEN", raad)).getJsonObject("_embedded")
                .getJsonArray("overdrachten").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("id").equals(overdracht.id())).findFirst().orElseThrow();
        JsonObject herkenning = inLijst.getJsonObject("herkenning");
        assertThat(herkenning.getBoolean("naamGedeeld")).isFalse();
        assertThat(herkenning.containsKey("achternaam")).isFalse();
        assertThat(herkenning.containsKey("kindVoornaam")).isFalse();
        assertThat(herkenning.containsKey("gemeente")).isFalse();
        assertThat(herkenning.getString("meldingDatum")).as("de aanleiding is VEILIGHEID").isEqualTo("2026-11-10");
        assertThat(inLijst.toString()).doesNotContain(familie);

        assertThat(zoek(raad, familie)).as("niet te vinden op een naam die de toegang niet toont").isEmpty();
        assertThat(logboekregel(logboekregels(gebruiker), "overdracht.zoeken", "TOEGESTAAN", overdracht.id())
                .getJsonArray("betrokkenen")).as("geen naam getoond, niemand genoemd").isEmpty();
        // Veilig Thuis, the owner, finds it by the name
        assertThat(zoek(procesregisseur(), familie)).extracting(o -> o.getString("id")).containsExactly(overdracht.id());
    }

    @Test
    void eenTeLangeNaamIsApi002EnJokersZoekenLetterlijk() {
        isProbleem(get(OVERDRACHTEN + "?naam=" + "a".repeat(101), feijenoord()), 400, "API-002");
        assertThat(zoek(feijenoord(), "%")).as("% is een teken, geen joker").isEmpty();
        assertThat(zoek(feijenoord(), "_")).isEmpty();
    }

    /** Fictional, and unique per test so the search finds only this case. */
    private static String familienaam() {
        return "Testfam" + Long.toString(System.nanoTime(), 36);
    }

    private static List<JsonObject> zoek(String token, String naam) {
        return ok(get(OVERDRACHTEN + "?paginaGrootte=100&naam=" + URLEncoder.encode(naam, StandardCharsets.UTF_8), token))
                .getJsonObject("_embedded").getJsonArray("overdrachten").getValuesAs(JsonObject.class);
    }

    private static Overdracht verzonden(String familie, String ontvanger, List<String> categorieen) {
        String vt = procesregisseur();
        HttpResponse<String> concept = json("POST", OVERDRACHTEN, vt, null, inhoud("Buren hoorden geschreeuw.")
                .replace("Jansen", familie));
        assertThat(concept.statusCode()).as(concept.body()).isEqualTo(201);
        String pad = URI.create(concept.headers().firstValue("Location").orElseThrow()).getPath();
        HttpResponse<String> verzonden = json("POST", pad + "/verzending", vt, etag(concept), verzending(ontvanger, categorieen));
        assertThat(verzonden.statusCode()).as(verzonden.body()).isEqualTo(200);
        return new Overdracht(pad, etag(verzonden));
    }
}
