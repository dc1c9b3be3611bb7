package nl.schakel.platform.casusoverleg;

import static nl.schakel.platform.Logboekcontrole.*;
import static nl.schakel.platform.Probleemcontrole.isProbleem;
import static nl.schakel.platform.casusoverleg.Casusoverleggen.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.PlatformOmgeving;
import nl.schakel.platform.TestTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The two left-overs of issue 12 on the real EAR: an invitation narrowed to one team or one person of the invited
 * organisation (a colleague outside it gets the 404 of a missing id on the item, finds it in no list, and its attempt is
 * in the logboek), and a meeting moved to another day, whose invitations' window moves with it — later (the invitee
 * still reads after the old end) and earlier (the grant ends at the new end) — while an action owner's grant is not
 * shortened. Time is moved as the other casusoverleg ITs move it: the meeting's date and the grants' window shifted
 * back in the database, "as if N days passed".
 */
@PlatformIT
@RunAsClient
class CasusoverlegUitnodigingIT {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void eenUitnodigingVoorEenTeamBestaatNietVoorDeCollegasBuitenDatTeam() {
        String zvh = zvh(uniek("zvh"));
        Bron overleg = plan(zvh);
        Agendapunt punt = zetOpAgenda(zvh, overleg, geaccepteerd(zvh));

        JsonObject uitgenodigd = Api.lees(uitnodiging(zvh, punt,
                "{\"organisatie\":\"WT-RDAM-CHAR\",\"alleenVoor\":{\"team\":\"Tarwewijk\"}}", 201));
        JsonObject rij = uitgenodigd.getJsonArray("uitnodigingen").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("organisatie").equals("WT-RDAM-CHAR")).findFirst().orElseThrow();
        assertThat(rij.getJsonObject("alleenVoor").getString("team")).isEqualTo("Tarwewijk");
        assertThat(rij.getJsonObject("alleenVoor").containsKey("gebruikersnaam")).isFalse();

        String inHetTeam = uniek("wt.tarwewijk");
        String ander = uniek("wt.oud-charlois");
        String zonderTeam = uniek("wt.charlois");
        String lid = TestTokens.metClaim(inHetTeam, "WT-RDAM-CHAR", "team", "Tarwewijk", "wijkteammedewerker");
        bevestig(lid, overleg);
        Api.ok(Api.get(punt.pad(), lid));
        assertThat(logboekregel(logboekregels(inHetTeam), "casusoverleg.agendapunt-lezen", "TOEGESTAAN", punt.id())
                .getString("toegangReden")).isEqualTo("UITGENODIGD");
        assertThat(agendapunten(lid)).contains(punt.id());

        for (String collega : List.of(ander, zonderTeam)) {
            String token = collega.equals(ander)
                    ? TestTokens.metClaim(collega, "WT-RDAM-CHAR", "team", "Oud-Charlois", "wijkteammedewerker")
                    : wijkteamVan(collega, "WT-RDAM-CHAR");
            JsonObject nietGevonden = isProbleem(Api.get(punt.pad(), token), 404, "CSO-404");
            JsonObject ontbrekend = isProbleem(Api.get(AGENDAPUNTEN + "/" + java.util.UUID.randomUUID(), token), 404, "CSO-404");
            assertThat(nietGevonden.getString("detail")).as("hetzelfde antwoord als voor een ontbrekend id")
                    .isEqualTo(ontbrekend.getString("detail"));
            isProbleem(Api.get(punt.pad() + "/toegang", token), 404, "CSO-404");
            isProbleem(Api.post(overleg.pad() + "/geheimhoudingsverklaring", token, null), 404, "CSO-404");
            assertThat(agendapunten(token)).as("ook niet in de lijst").doesNotContain(punt.id());
            List<JsonObject> regels = logboekregels(collega);
            JsonObject geweigerd = logboekregel(regels, "casusoverleg.agendapunt-lezen", "GEWEIGERD", punt.id());
            assertThat(geweigerd.getString("organisatie")).isEqualTo("WT-RDAM-CHAR");
            assertThat(geweigerd.getJsonArray("betrokkenen")).as("de weigering noemt de betrokkenen van de casus").hasSize(3);
            assertThat(geweigerd.containsKey("toegangReden") && !geweigerd.isNull("toegangReden")).as("geen toegang gevonden").isFalse();
            logboekregel(regels, "casusoverleg.agendapunt-toegang-bekijken", "GEWEIGERD", punt.id());
            assertThat(regels).noneMatch(r -> r.getString("uitkomst").equals("TOEGESTAAN") && punt.id().equals(r.getString("bronId", null)));
        }
    }

    @Test
    void eenUitnodigingVoorEenPersoonOpentHetPuntAlleenVoorDieGebruiker() {
        String zvh = zvh(uniek("zvh"));
        Bron overleg = plan(zvh);
        Agendapunt punt = zetOpAgenda(zvh, overleg, geaccepteerd(zvh));
        String wijkagent = uniek("politie.wijkagent");
        String collega = uniek("politie.collega");

        uitnodiging(zvh, punt, "{\"organisatie\":\"POL-RR\",\"alleenVoor\":{\"gebruikersnaam\":\"" + wijkagent.toUpperCase() + "\"}}", 201);
        JsonObject toegang = Api.ok(Api.get(punt.pad() + "/toegang", politie(wijkagent))).getJsonObject("_embedded")
                .getJsonArray("toegangen").getJsonObject(0);
        assertThat(toegang.getString("gebruikersnaam")).as("kleine letters, zoals Keycloak haar houdt").isEqualTo(wijkagent);
        assertThat(toegang.getString("reden")).isEqualTo("UITGENODIGD");
        bevestig(politie(wijkagent), overleg);
        Api.ok(Api.get(punt.pad(), politie(wijkagent)));
        gedeeld(politie(wijkagent), punt.pad(), politieInbreng());

        isProbleem(Api.get(punt.pad(), politie(collega)), 404, "CSO-404");
        isProbleem(Api.json("POST", punt.pad() + "/inbreng", politie(collega), null, politieInbreng()), 404, "CSO-404");
        assertThat(agendapunten(politie(collega))).doesNotContain(punt.id());
        List<JsonObject> regels = logboekregels(collega);
        logboekregel(regels, "casusoverleg.agendapunt-lezen", "GEWEIGERD", punt.id());
        logboekregel(regels, "casusoverleg.inbreng-leveren", "GEWEIGERD", punt.id());
    }

    @Test
    void eenAfbakeningDieNietKloptIsTgn008EnEenOnbekendVeldApi400() {
        String zvh = zvh(uniek("zvh"));
        Agendapunt punt = zetOpAgenda(zvh, plan(zvh), geaccepteerd(zvh));

        JsonObject beide = isProbleem(uitnodiging(zvh, punt,
                "{\"organisatie\":\"POL-RR\",\"alleenVoor\":{\"team\":\"Noord\",\"gebruikersnaam\":\"politie\"}}", 400), 400, "TGN-008");
        assertThat(beide.getJsonArray("invalidParams").getValuesAs(JsonObject.class)).extracting(p -> p.getString("name"))
                .containsExactly("alleenVoor");
        JsonObject misvormd = isProbleem(uitnodiging(zvh, punt,
                "{\"organisatie\":\"POL-RR\",\"alleenVoor\":{\"gebruikersnaam\":\"naam met spaties\"}}", 400), 400, "TGN-008");
        assertThat(misvormd.getJsonArray("invalidParams").getValuesAs(JsonObject.class)).extracting(p -> p.getString("name"))
                .containsExactly("alleenVoor.gebruikersnaam");
        JsonObject onbekend = isProbleem(uitnodiging(zvh, punt,
                "{\"organisatie\":\"POL-RR\",\"alleenVoor\":{\"persoon\":\"politie\"}}", 400), 400, "API-400");
        assertThat(onbekend.getJsonArray("invalidParams").getValuesAs(JsonObject.class)).extracting(p -> p.getString("name"))
                .singleElement().satisfies(naam -> assertThat(naam).endsWith("persoon"));
        // nothing was made: a whole-organisation invitation still fits, and only once
        uitnodiging(zvh, punt, "{\"organisatie\":\"POL-RR\"}", 201);
        isProbleem(uitnodiging(zvh, punt, "{\"organisatie\":\"POL-RR\",\"alleenVoor\":{\"team\":\"Noord\"}}", 409), 409, "CSO-014");
        // a partner without a grant on the item meets the gate before its narrowing is checked: 404, logged
        String agent = uniek("reclassering");
        isProbleem(uitnodiging(reclassering(agent), punt,
                "{\"organisatie\":\"OM-RDAM\",\"alleenVoor\":{\"team\":\"Noord\",\"gebruikersnaam\":\"om\"}}", 404), 404, "CSO-404");
        logboekregel(logboekregels(agent), "casusoverleg.uitnodigen", "GEWEIGERD", punt.id());
    }

    @Test
    void eenLaterOverlegNeemtDeUitnodigingMeeNaHetOudeEindeLeestDeGenodigdeNog() throws SQLException {
        String zvhGebruiker = uniek("zvh");
        String zvh = zvh(zvhGebruiker);
        Bron overleg = plan(zvh);
        Agendapunt punt = zetOpAgenda(zvh, overleg, geaccepteerd(zvh));
        nodigUit(zvh, punt.pad(), "POL-RR");
        String agent = uniek("politie");
        bevestig(politie(agent), overleg);
        bevestig(zvh, overleg);
        Instant oudEinde = geldigTot(punt, "POL-RR");
        LocalDate vandaag = LocalDate.now(NEDERLAND);

        HttpResponse<String> verplaatst = verplaats(zvh, overleg, Api.etag(Api.get(overleg.pad(), zvh)),
                "{\"datum\":\"" + vandaag.plusDays(37) + "\",\"aanvang\":\"10:00\"}");
        JsonObject nieuw = Api.ok(verplaatst);
        assertThat(nieuw.getString("datum")).isEqualTo(vandaag.plusDays(37).toString());
        assertThat(nieuw.getString("aanvang")).startsWith("10:00");
        Instant nieuwEinde = vandaag.plusDays(37 + 15).atStartOfDay(NEDERLAND).toInstant();
        assertThat(geldigTot(punt, "POL-RR")).isEqualTo(nieuwEinde).isAfter(oudEinde);
        JsonObject rij = Api.ok(Api.get(punt.pad(), zvh)).getJsonArray("uitnodigingen").getJsonObject(0);
        assertThat(Instant.parse(rij.getString("geldigTot"))).as("wat de tafel toont, schuift mee").isEqualTo(nieuwEinde);
        List<JsonObject> regels = logboekregels(zvhGebruiker);
        logboekregel(regels, "casusoverleg.overleg-verplaatsen", "TOEGESTAAN", overleg.id());
        JsonObject opHetPunt = logboekregel(regels, "casusoverleg.overleg-verplaatsen", "TOEGESTAAN", punt.id());
        assertThat(opHetPunt.getJsonArray("betrokkenen")).as("wiens gegevens langer zichtbaar zijn").hasSize(3);
        assertThat(opHetPunt.getString("toegangReden")).isEqualTo("EIGENAAR");

        // as if 30 days passed: the old end lies 8 days behind, the new one ahead; the invitee still reads
        schuifTerug(overleg, punt, 30);
        assertThat(geldigTot(punt, "POL-RR")).isBefore(Instant.now().plus(java.time.Duration.ofDays(23)));
        assertThat(oudEinde.minus(java.time.Duration.ofDays(30))).isBefore(Instant.now());
        Api.ok(Api.get(punt.pad(), politie(agent)));
        logboekregel(logboekregels(agent), "casusoverleg.agendapunt-lezen", "TOEGESTAAN", punt.id());
    }

    @Test
    void eenEerderOverlegKortDeUitnodigingInMaarNietDeActieEnEenVerplaatsingVraagtDeActueleVersie() throws SQLException {
        String zvh = zvh(uniek("zvh"));
        Bron overleg = plan(zvh);
        Agendapunt punt = zetOpAgenda(zvh, overleg, geaccepteerd(zvh));
        nodigUit(zvh, punt.pad(), "POL-RR");
        nodigUit(zvh, punt.pad(), "OM-RDAM");
        bevestig(zvh, overleg);
        String agent = uniek("politie");
        String officier = uniek("om");
        bevestig(politie(agent), overleg);
        Bron actie = gemaakt(Api.json("POST", punt.pad() + "/acties", zvh, null, "{\"eigenaarOrganisatieCode\":\"OM-RDAM\","
                + "\"omschrijving\":\"Vordering voorbereiden (fictief).\",\"uiterlijk\":\"" + LocalDate.now(NEDERLAND).plusDays(60) + "\"}"));
        String etag = Api.etag(Api.get(overleg.pad(), zvh));
        LocalDate vandaag = LocalDate.now(NEDERLAND);

        isProbleem(verplaats(zvh, overleg, null, "{\"datum\":\"" + vandaag.plusDays(1) + "\"}"), 428, "API-428");
        isProbleem(verplaats(zvh, overleg, "\"999\"", "{\"datum\":\"" + vandaag.plusDays(1) + "\"}"), 412, "API-412");
        JsonObject ongeldig = isProbleem(verplaats(zvh, overleg, etag, "{\"datum\":\"" + vandaag.minusDays(1) + "\",\"einde\":\"08:00\"}"),
                400, "CSO-030");
        assertThat(ongeldig.getJsonArray("invalidParams").getValuesAs(JsonObject.class)).extracting(p -> p.getString("name"))
                .containsExactlyInAnyOrder("datum", "einde");
        isProbleem(verplaats(zvh, overleg, etag, "{\"datum\":\"" + vandaag.plusDays(1) + "\",\"plaats\":\"elders\"}"), 400, "API-400");
        String vt = uniek("vt");
        isProbleem(verplaats(voorzitter(vt), overleg, etag, "{\"datum\":\"" + vandaag.plusDays(1) + "\"}"), 403, "TGN-002");
        logboekregel(logboekregels(vt), "casusoverleg.overleg-verplaatsen", "GEWEIGERD", overleg.id());
        isProbleem(verplaats(politie(agent), overleg, etag, "{\"datum\":\"" + vandaag.plusDays(1) + "\"}"), 404, "CSO-404");
        logboekregel(logboekregels(agent), "casusoverleg.overleg-verplaatsen", "GEWEIGERD", overleg.id());
        assertThat(Api.ok(Api.get(overleg.pad(), zvh)).getString("datum")).as("niets verplaatst").isEqualTo(vandaag.plusDays(7).toString());

        Api.ok(verplaats(zvh, overleg, etag, "{\"datum\":\"" + vandaag.plusDays(1) + "\"}"));
        Instant nieuwEinde = vandaag.plusDays(1 + 15).atStartOfDay(NEDERLAND).toInstant();
        assertThat(geldigTot(punt, "POL-RR")).isEqualTo(nieuwEinde);
        assertThat(geldigTot(punt, "OM-RDAM")).isEqualTo(nieuwEinde);
        assertThat(actiehouderZonderEinde(actie)).as("de toegang van de actiehouder wordt niet ingekort").isTrue();
        isProbleem(verplaats(zvh, overleg, etag, "{\"datum\":\"" + vandaag.plusDays(2) + "\"}"), 412, "API-412");

        // as if 17 days passed: past the new end (the old one would still have run 5 days)
        schuifTerug(overleg, punt, 17);
        isProbleem(Api.get(punt.pad(), politie(agent)), 404, "CSO-404");
        JsonObject geweigerd = logboekregel(logboekregels(agent), "casusoverleg.agendapunt-lezen", "GEWEIGERD", punt.id());
        assertThat(geweigerd.getJsonArray("betrokkenen")).hasSize(3);
        isProbleem(Api.get(punt.pad(), om(officier)), 404, "CSO-404");
        Api.ok(Api.get(actie.pad(), om(officier)));
        logboekregel(logboekregels(officier), "casusoverleg.actie-lezen", "TOEGESTAAN", actie.id());
        JsonObject geweest = isProbleem(verplaats(zvh, overleg, Api.etag(Api.get(overleg.pad(), zvh)),
                "{\"datum\":\"" + vandaag.plusDays(3) + "\"}"), 409, "CSO-031");
        assertThat(geweest.getString("detail")).contains("geweest");
    }

    private static HttpResponse<String> uitnodiging(String token, Agendapunt punt, String body, int verwacht) {
        HttpResponse<String> antwoord = Api.json("POST", punt.pad() + "/uitnodigingen", token, null, body);
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(verwacht);
        return antwoord;
    }

    private static HttpResponse<String> verplaats(String token, Bron overleg, String etag, String body) {
        return Api.json("PUT", overleg.pad() + "/datum", token, etag, body);
    }

    private static String wijkteamVan(String gebruiker, String organisatie) {
        return TestTokens.voor(gebruiker, organisatie, "wijkteammedewerker");
    }

    private static List<String> agendapunten(String token) {
        String vanaf = LocalDate.now(NEDERLAND).toString();
        JsonObject lijst = Api.ok(Api.get(AGENDAPUNTEN + "?vanaf=" + vanaf + "&paginaGrootte=100", token));
        return lijst.getJsonObject("_embedded").getJsonArray("agendapunten").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("id")).toList();
    }

    private static Instant geldigTot(Agendapunt punt, String organisatie) throws SQLException {
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement("select geldig_tot from "
                + "toegang.toegang where bron_id = ?::uuid and organisatie_code = ? and reden = 'UITGENODIGD'")) {
            s.setString(1, punt.id());
            s.setString(2, organisatie);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getTimestamp(1).toInstant();
            }
        }
    }

    private static boolean actiehouderZonderEinde(Bron actie) throws SQLException {
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement("select geldig_tot is null "
                + "from toegang.toegang where bron_id = ?::uuid and reden = 'ACTIEHOUDER' and ingetrokken_op is null")) {
            s.setString(1, actie.id());
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("de actiehouder heeft een levende toegang").isTrue();
                return r.getBoolean(1);
            }
        }
    }

    /**
     * As if {@code dagen} days passed: the meeting's date and every grant's window on its items shifted back (the other
     * casusoverleg ITs move time this way; the platform's clock is the real one).
     */
    private static void schuifTerug(Bron overleg, Agendapunt punt, int dagen) throws SQLException {
        try (Connection c = PlatformOmgeving.database(); PreparedStatement vergadering = c.prepareStatement(
                "update casusoverleg.overleg set datum = datum - ? where id = ?::uuid");
                PreparedStatement toegang = c.prepareStatement("update toegang.toegang set geldig_van = geldig_van - make_interval(days => ?),"
                        + " geldig_tot = geldig_tot - make_interval(days => ?) where bron_id = ?::uuid and reden = 'UITGENODIGD'")) {
            vergadering.setInt(1, dagen);
            vergadering.setString(2, overleg.id());
            assertThat(vergadering.executeUpdate()).isEqualTo(1);
            toegang.setInt(1, dagen);
            toegang.setInt(2, dagen);
            toegang.setString(3, punt.id());
            assertThat(toegang.executeUpdate()).isPositive();
        }
    }
}
