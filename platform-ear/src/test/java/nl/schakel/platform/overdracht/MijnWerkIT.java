package nl.schakel.platform.overdracht;

import static nl.schakel.platform.overdracht.Verzoeken.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.PlatformOmgeving;
import nl.schakel.platform.TestTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * "Mijn werk" per role: every tile counts what the caller's grants open through the same filter as its list, moves
 * with the overdracht's steps, and is not logged (a count names nobody). Counts are compared before and after each
 * step, as other tests share the organisations.
 */
@PlatformIT
@RunAsClient
class MijnWerkIT {

    private static final String MIJN_WERK = "/api/v1/mijn-werk";
    private static final String BEHEER = TestTokens.voor("beheer", "SCHAKEL", "functioneel-beheerder");

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void deWijkteammedewerkerZietZijnInboxPerGroepEnDeProcesregisseurWatHijVerstuurde() throws Exception {
        Map<String, JsonObject> wijkteamVoor = tegels(feijenoord(), "overdracht");
        Map<String, JsonObject> vtVoor = tegels(procesregisseur(), "overdracht");
        // a receiver's "Teruggelegd" counts its own returns (its grants on them ended), leading to "Door ons teruggelegd"
        assertThat(wijkteamVoor.keySet()).containsExactly("inbox-nieuw", "inbox-in-behandeling", "inbox-verlopen",
                "door-ons-teruggelegd");
        assertThat(wijkteamVoor.get("door-ons-teruggelegd").getString("titel")).isEqualTo("Teruggelegd, laatste 30 dagen");
        assertThat(wijkteamVoor.get("door-ons-teruggelegd").getString("scherm")).isEqualTo("#/teruggelegd");
        assertThat(vtVoor.keySet()).containsExactly("verstuurd-concept", "verstuurd-open", "verstuurd-teruggelegd",
                "monitoring-te-doen");
        assertThat(wijkteamVoor.get("inbox-nieuw").getString("scherm")).isEqualTo("#/inbox?bak=nieuw");
        assertThat(wijkteamVoor.get("inbox-nieuw").getString("titel")).isEqualTo("Nieuwe overdrachten");

        Overdracht concept = stelOp(procesregisseur());
        assertThat(verschil(vtVoor, tegels(procesregisseur(), "overdracht"))).containsEntry("verstuurd-concept", 1L)
                .containsEntry("verstuurd-open", 0L);
        assertThat(verschil(wijkteamVoor, tegels(feijenoord(), "overdracht"))).as("een concept is nog van Veilig Thuis alleen")
                .containsEntry("inbox-nieuw", 0L);

        HttpResponse<String> verzonden = json("POST", concept.pad() + "/verzending", procesregisseur(), concept.etag(),
                verzending("WT-RDAM-FEIJ", WIJKTEAMCATEGORIEEN));
        assertThat(verzonden.statusCode()).as(verzonden.body()).isEqualTo(200);
        assertThat(verschil(wijkteamVoor, tegels(feijenoord(), "overdracht"))).containsEntry("inbox-nieuw", 1L);
        assertThat(verschil(vtVoor, tegels(procesregisseur(), "overdracht"))).containsEntry("verstuurd-concept", 0L)
                .containsEntry("verstuurd-open", 1L);

        // confirmed: no longer new but in behandeling
        HttpResponse<String> ontvangen = post(concept.pad() + "/ontvangstbevestiging", feijenoord(), etag(verzonden));
        assertThat(verschil(wijkteamVoor, tegels(feijenoord(), "overdracht"))).containsEntry("inbox-nieuw", 0L)
                .containsEntry("inbox-in-behandeling", 1L);

        // returned: Veilig Thuis has it back to act on
        ok(json("POST", concept.pad() + "/teruglegging", feijenoord(), etag(ontvangen), reden("Buiten ons gebied.")));
        assertThat(verschil(vtVoor, tegels(procesregisseur(), "overdracht"))).containsEntry("verstuurd-open", 0L)
                .containsEntry("verstuurd-teruggelegd", 1L);
        assertThat(verschil(wijkteamVoor, tegels(feijenoord(), "overdracht"))).containsEntry("inbox-in-behandeling", 0L)
                .containsEntry("door-ons-teruggelegd", 1L);
    }

    @Test
    void overDeTermijnTeltHetAlsVerlopenAanBeideKantenEnOpgeschaaldBijDeTeamleider() throws Exception {
        String teamleider = token(uniek("vt.teamleider"), "VTRR", "teamleider");
        Map<String, JsonObject> teamleiderVoor = tegels(teamleider, "overdracht");
        assertThat(teamleiderVoor.keySet()).containsExactly("opgeschaald");
        Map<String, JsonObject> wijkteamVoor = tegels(feijenoord(), "overdracht");

        Overdracht teLaat = verzondenAanFeijenoord();
        alsOfVerzondenDagenGeleden(teLaat.id(), 21);
        Map<String, JsonObject> wijkteamNa = tegels(feijenoord(), "overdracht");
        assertThat(verschil(wijkteamVoor, wijkteamNa)).containsEntry("inbox-verlopen", 1L);
        assertThat(wijkteamNa.get("inbox-verlopen").getBoolean("vraagtAandacht")).isTrue();
        assertThat(tegels(procesregisseur(), "overdracht").get("verstuurd-open").getBoolean("vraagtAandacht")).isTrue();
        assertThat(verschil(teamleiderVoor, tegels(teamleider, "overdracht"))).as("nog niet opgeschaald")
                .containsEntry("opgeschaald", 0L);

        ok(post("/api/v1/termijnbewaking", BEHEER, null));
        Map<String, JsonObject> teamleiderNa = tegels(teamleider, "overdracht");
        assertThat(teamleiderNa.get("opgeschaald").getJsonNumber("aantal").longValue())
                .isGreaterThanOrEqualTo(teamleiderVoor.get("opgeschaald").getJsonNumber("aantal").longValue() + 1);
        assertThat(teamleiderNa.get("opgeschaald").getBoolean("vraagtAandacht")).isTrue();
        assertThat(teamleiderNa.get("opgeschaald").getString("scherm")).isEqualTo("#/opgeschaald");

        // a teamleider who is also procesregisseur: the escalated count taken from the counts of what was sent is the
        // teamleider's own (the same grants), beside the procesregisseur's tiles
        Map<String, JsonObject> beide = tegels(token(uniek("vt.beide"), "VTRR", "procesregisseur", "teamleider"), "overdracht");
        assertThat(beide.keySet()).containsExactly("verstuurd-concept", "verstuurd-open", "verstuurd-teruggelegd",
                "monitoring-te-doen", "opgeschaald");
        assertThat(beide.get("opgeschaald").getJsonNumber("aantal").longValue())
                .isEqualTo(teamleiderNa.get("opgeschaald").getJsonNumber("aantal").longValue());
        assertThat(beide.get("verstuurd-open").getJsonNumber("aantal").longValue())
                .isEqualTo(tegels(procesregisseur(), "overdracht").get("verstuurd-open").getJsonNumber("aantal").longValue());
    }

    @Test
    void deRaadEnHetCitZienHunInboxDeFgWatTeBeoordelenIsEnEenTellingWordtNietGelogd() {
        String raadGebruiker = uniek("raad");
        String raad = token(raadGebruiker, "RVDK-RR", "raadsonderzoeker");
        Map<String, JsonObject> raadVoor = tegels(raad, "overdracht");
        Overdracht concept = stelOp(procesregisseur());
        ok(json("POST", concept.pad() + "/verzending", procesregisseur(), concept.etag(),
                verzending("RVDK-RR", List.of("IDENTITEIT", "VEILIGHEID"))));
        assertThat(verschil(raadVoor, tegels(raad, "overdracht"))).containsEntry("inbox-nieuw", 1L);

        // the CIT has no grant on it: not counted, until it breaks the glass (a grant for that user alone)
        String cit = token(uniek("cit"), "CIT-JBRR", "cit-medewerker");
        String fg = token(uniek("fg"), "VTRR", "functionaris-gegevensbescherming");
        Map<String, JsonObject> citVoor = tegels(cit, "overdracht");
        long fgVoor = tegels(fg, "toegang").get("noodtoegang-te-beoordelen").getJsonNumber("aantal").longValue();
        assertThat(tegels(fg, "overdracht")).as("de fg behandelt geen overdrachten").isEmpty();
        Overdracht anders = verzondenAanFeijenoord();
        assertThat(verschil(citVoor, tegels(cit, "overdracht"))).containsEntry("inbox-nieuw", 0L);
        HttpResponse<String> geopend = json("POST", anders.pad() + "/noodtoegang", cit, null, reden("Acute onveiligheid."));
        assertThat(geopend.statusCode()).as(geopend.body()).isEqualTo(201);
        assertThat(verschil(citVoor, tegels(cit, "overdracht"))).containsEntry("inbox-nieuw", 1L);
        JsonObject fgTegel = tegels(fg, "toegang").get("noodtoegang-te-beoordelen");
        assertThat(fgTegel.getJsonNumber("aantal").longValue()).isEqualTo(fgVoor + 1);
        assertThat(fgTegel.getBoolean("vraagtAandacht")).as("een beoordeling heeft geen termijn").isFalse();
        assertThat(fgTegel.getString("scherm")).isEqualTo("#/noodtoegang");

        // a role without overdrachten gets no overdracht tiles, and no refusal is logged for asking
        String politieGebruiker = uniek("politie");
        assertThat(tegels(token(politieGebruiker, "POL-RR", "politiemedewerker"), "overdracht")).isEmpty();
        assertThat(logboekregels(politieGebruiker)).as("geen weigering voor een telling").isEmpty();
        assertThat(logboekregels(raadGebruiker)).as("een telling noemt niemand: geen logboekregel")
                .noneMatch(r -> r.getString("handeling").equals("overdracht.zoeken"));
    }

    @Test
    void zonderAanmeldingGeenWerk() {
        isProbleem(stuur(Api.verzoek(MIJN_WERK).GET()), 401, "API-401");
    }

    /** The caller's tiles of one flow, by code, in the order given. */
    private static Map<String, JsonObject> tegels(String token, String stroom) {
        JsonObject antwoord = ok(get(MIJN_WERK, token));
        return antwoord.getJsonArray("tegels").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("stroom").equals(stroom))
                .collect(Collectors.toMap(t -> t.getString("code"), t -> t, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static Map<String, Long> verschil(Map<String, JsonObject> voor, Map<String, JsonObject> na) {
        return na.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().getJsonNumber("aantal").longValue() - voor.get(e.getKey()).getJsonNumber("aantal").longValue()));
    }

    private static void alsOfVerzondenDagenGeleden(String id, int dagen) throws Exception {
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement(
                "update overdracht.overdracht set verzonden_op = verzonden_op - make_interval(days => ?) where id = ?")) {
            s.setInt(1, dagen);
            s.setObject(2, UUID.fromString(id));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
