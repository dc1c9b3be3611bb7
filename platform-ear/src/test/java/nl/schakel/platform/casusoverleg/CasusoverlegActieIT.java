package nl.schakel.platform.casusoverleg;

import static nl.schakel.platform.Logboekcontrole.*;
import static nl.schakel.platform.Probleemcontrole.isProbleem;
import static nl.schakel.platform.casusoverleg.Casusoverleggen.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.PlatformOmgeving;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Actions: the organiser or chair gives one to an organisation at the item; that organisation keeps it (with the
 * item's summary) through its own grant ACTIEHOUDER after the item's window and after afschaling, until it closes it;
 * closing ends the grant. Each refusal with its logboek row.
 */
@PlatformIT
@RunAsClient
class CasusoverlegActieIT {

    static final String ACTIES = "/api/v1/acties";

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void deEigenaarHoudtZijnActieNaHetVensterEnNaAfschalingTotHijHaarAfrondt() throws SQLException {
        String zvh = zvh(uniek("zvh"));
        Bron overleg = plan(zvh);
        Bron aanmelding = geaccepteerd(zvh);
        Agendapunt punt = zetOpAgenda(zvh, overleg, aanmelding);
        nodigUit(zvh, punt.pad(), "POL-RR");
        String agent = uniek("politie");
        String politie = politie(agent);

        Bron actie = wijsToe(zvh, punt, "POL-RR", LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(14));
        JsonObject gelezen = Api.ok(Api.get(actie.pad(), politie));
        assertThat(gelezen.getString("eigenaarOrganisatieCode")).isEqualTo("POL-RR");
        assertThat(gelezen.getString("status")).isEqualTo("OPEN");
        assertThat(gelezen.getBoolean("verlopen")).isFalse();
        assertThat(gelezen.getJsonObject("agendapunt").getString("id")).isEqualTo(punt.id());
        assertThat(gelezen.getJsonObject("agendapunt").getInt("volgnummer")).isEqualTo(1);
        assertThat(gelezen.getJsonObject("agendapunt").getString("overlegDatum")).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(7).toString());
        assertThat(gelezen.toString()).as("geen inbreng in de actie").doesNotContain("inbreng");
        JsonObject regel = logboekregel(logboekregels(agent), "casusoverleg.actie-lezen", "TOEGESTAAN", actie.id());
        assertThat(regel.getString("bronType")).isEqualTo("ACTIE");
        assertThat(regel.getString("toegangReden")).isEqualTo("ACTIEHOUDER");
        assertThat(regel.getJsonArray("betrokkenen")).hasSize(3);
        assertThat(ids(Api.ok(Api.get(ACTIES + "?status=OPEN&paginaGrootte=100", politie)))).contains(actie.id());

        // the meeting three weeks ago: the invitation ended, the action did not
        try (Connection c = PlatformOmgeving.database(); PreparedStatement meeting = c.prepareStatement(
                "update casusoverleg.overleg set datum = current_date - 21 where id = ?::uuid");
                PreparedStatement grant = c.prepareStatement("update toegang.toegang set geldig_van = now() - interval '22 days',"
                        + " geldig_tot = now() - interval '6 days' where bron_id = ?::uuid and organisatie_code = 'POL-RR'")) {
            meeting.setString(1, overleg.id());
            assertThat(meeting.executeUpdate()).isEqualTo(1);
            grant.setString(1, punt.id());
            assertThat(grant.executeUpdate()).isEqualTo(1);
        }
        isProbleem(Api.get(punt.pad(), politie), 404, "CSO-404");
        Api.ok(Api.get(actie.pad(), politie));

        // the case is closed: the action stays with its owner
        Bron actueel = new Bron(aanmelding.pad(), Api.etag(Api.get(aanmelding.pad(), zvh)));
        HttpResponse<String> afgeschaald = Api.json("POST", actueel.pad() + "/afschaling", zvh, actueel.etag(),
                "{\"reden\":\"Plan loopt; zicht op veiligheid ligt bij het wijkteam.\"}");
        assertThat(Api.ok(afgeschaald).getString("status")).isEqualTo("AFGESCHAALD");
        HttpResponse<String> naAfschaling = Api.get(actie.pad(), politie);
        assertThat(Api.ok(naAfschaling).getString("status")).isEqualTo("OPEN");

        // closing: NIET_GEDAAN needs a reason; GEDAAN ends the owner's grant
        String etag = Api.etag(naAfschaling);
        isProbleem(Api.json("POST", actie.pad() + "/afronding", politie, etag, "{\"status\":\"NIET_GEDAAN\"}"), 400, "CSO-004");
        isProbleem(Api.json("POST", actie.pad() + "/afronding", politie, etag, "{\"status\":\"KLAAR\"}"), 400, "CSO-021");
        isProbleem(Api.json("POST", actie.pad() + "/afronding", politie, null, "{\"status\":\"GEDAAN\"}"), 428, "API-428");
        isProbleem(Api.json("POST", actie.pad() + "/afronding", politie, "\"99\"", "{\"status\":\"GEDAAN\"}"), 412, "API-412");
        JsonObject afgerond = Api.ok(Api.json("POST", actie.pad() + "/afronding", politie, etag, "{\"status\":\"GEDAAN\"}"));
        assertThat(afgerond.getString("status")).isEqualTo("GEDAAN");
        assertThat(afgerond.getString("afgerondOp")).isNotBlank();

        isProbleem(Api.get(actie.pad(), politie), 404, "CSO-404");
        logboekregel(logboekregels(agent), "casusoverleg.actie-lezen", "GEWEIGERD", actie.id());
        assertThat(ids(Api.ok(Api.get(ACTIES + "?paginaGrootte=100", politie)))).doesNotContain(actie.id());
        HttpResponse<String> alsOrganisator = Api.get(actie.pad(), zvh);
        assertThat(Api.ok(alsOrganisator).getString("status")).as("de organisator ziet haar via het overleg").isEqualTo("GEDAAN");
        isProbleem(Api.json("POST", actie.pad() + "/afronding", zvh, Api.etag(alsOrganisator), "{\"status\":\"GEDAAN\"}"), 409, "CSO-022");
    }

    @Test
    void alleenDeOrganisatorOfVoorzitterWijstToeEnAlleenAanWieAanHetAgendapuntZit() {
        String zvh = zvh(uniek("zvh"));
        Bron overleg = plan(zvh);
        Agendapunt punt = zetOpAgenda(zvh, overleg, geaccepteerd(zvh));
        nodigUit(zvh, punt.pad(), "POL-RR");
        nodigUit(zvh, punt.pad(), "OM-RDAM");
        String agent = uniek("politie");
        String reclasseerder = uniek("reclassering");

        JsonObject genodigde = isProbleem(Api.json("POST", punt.pad() + "/acties", politie(agent), null,
                actie("POL-RR", LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(3))), 403, "TGN-002");
        assertThat(genodigde.getString("detail")).contains("casusoverleg.actie-toewijzen");
        logboekregel(logboekregels(agent), "casusoverleg.actie-toewijzen", "GEWEIGERD", punt.id());
        isProbleem(Api.json("POST", punt.pad() + "/acties", reclassering(reclasseerder), null,
                actie("RN-RDAM", LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(3))), 404, "CSO-404");
        logboekregel(logboekregels(reclasseerder), "casusoverleg.actie-toewijzen", "GEWEIGERD", punt.id());

        JsonObject ongeldig = isProbleem(Api.json("POST", punt.pad() + "/acties", zvh, null,
                "{\"eigenaarOrganisatieCode\":\"RN-RDAM\",\"omschrijving\":\" \",\"uiterlijk\":\"" + LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusDays(1) + "\"}"),
                400, "CSO-021");
        assertThat(ongeldig.getJsonArray("invalidParams").getValuesAs(JsonObject.class)).extracting(p -> p.getString("name"))
                .containsExactlyInAnyOrder("eigenaarOrganisatieCode", "omschrijving", "uiterlijk");

        Bron vanVoorzitter = wijsToe(voorzitter(uniek("vt")), punt, "OM-RDAM", LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(10));
        Bron vanOrganisator = wijsToe(zvh, punt, "POL-RR", LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(10));
        String om = om(uniek("om"));
        Api.ok(Api.get(vanVoorzitter.pad(), om));
        JsonObject andermans = isProbleem(Api.get(vanOrganisator.pad(), om), 403, "TGN-002");
        assertThat(andermans.getString("detail")).as("de uitnodiging opent de actie van een ander niet").contains("casusoverleg.actie-lezen");
        isProbleem(Api.get(vanOrganisator.pad(), reclassering(uniek("reclassering"))), 404, "CSO-404");
        isProbleem(Api.get(ACTIES + "/" + java.util.UUID.randomUUID(), politie(uniek("politie"))), 404, "CSO-404");
        List<String> vanOm = ids(Api.ok(Api.get(ACTIES + "?paginaGrootte=100", om)));
        assertThat(vanOm).contains(vanVoorzitter.id()).doesNotContain(vanOrganisator.id());
        List<String> vanZvh = ids(Api.ok(Api.get(ACTIES + "?status=OPEN&paginaGrootte=100", zvh)));
        assertThat(vanZvh).contains(vanVoorzitter.id(), vanOrganisator.id());
        isProbleem(Api.get(ACTIES + "?status=ONBEKEND", zvh), 400, "API-002");
    }

    @Test
    void eenOpenActieVoorbijHaarDatumIsVerlopen() throws SQLException {
        String zvh = zvh(uniek("zvh"));
        Agendapunt punt = zetOpAgenda(zvh, plan(zvh), geaccepteerd(zvh));
        nodigUit(zvh, punt.pad(), "POL-RR");
        Bron actie = wijsToe(zvh, punt, "POL-RR", LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(1));
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement(
                "update casusoverleg.actie set uiterlijk = current_date - 2 where id = ?::uuid")) {
            s.setString(1, actie.id());
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        assertThat(Api.ok(Api.get(actie.pad(), politie(uniek("politie")))).getBoolean("verlopen")).isTrue();
    }

    @Test
    void eenOpenActieKomtTerugOpHetAgendapuntVanDeCasusInHetVolgendeOverleg() {
        String zvh = zvh(uniek("zvh"));
        Bron aanmelding = geaccepteerd(zvh);
        Agendapunt eerste = zetOpAgenda(zvh, plan(zvh), aanmelding);
        nodigUit(zvh, eerste.pad(), "POL-RR");
        Bron actie = wijsToe(zvh, eerste, "POL-RR", LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(10));
        Bron volgend = gemaakt(Api.json("POST", OVERLEGGEN, zvh, null, planning(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(21))));
        Agendapunt tweede = zetOpAgenda(zvh, volgend, aanmelding);
        bevestig(zvh, volgend);
        bevestig(zvh, eerste.overleg());

        List<JsonObject> open = Api.ok(Api.get(tweede.pad(), zvh)).getJsonArray("openActies").getValuesAs(JsonObject.class);
        assertThat(open).singleElement().satisfies(a -> {
            assertThat(a.getString("id")).isEqualTo(actie.id());
            assertThat(a.getString("agendapunt")).isEqualTo(eerste.id());
            assertThat(a.getString("eigenaarOrganisatieCode")).isEqualTo("POL-RR");
            assertThat(a.getString("status")).isEqualTo("OPEN");
            assertThat(a.getString("uiterlijk")).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(10).toString());
        });
        JsonObject eigenPunt = Api.ok(Api.get(eerste.pad(), zvh));
        assertThat(eigenPunt.getJsonArray("openActies")).as("niet als open actie op het eigen punt").isEmpty();
        assertThat(eigenPunt.getJsonArray("acties").getValuesAs(JsonObject.class)).as("wel als actie van het eigen punt")
                .singleElement().satisfies(a -> {
                    assertThat(a.getString("id")).isEqualTo(actie.id());
                    assertThat(a.getString("eigenaarOrganisatieCode")).isEqualTo("POL-RR");
                });
        assertThat(Api.ok(Api.get(tweede.pad(), zvh)).getJsonArray("acties")).as("het volgende punt heeft nog geen eigen acties").isEmpty();

        Api.ok(Api.json("POST", actie.pad() + "/afronding", zvh, Api.etag(Api.get(actie.pad(), zvh)), "{\"status\":\"GEDAAN\"}"));
        assertThat(Api.ok(Api.get(tweede.pad(), zvh)).getJsonArray("openActies")).as("afgerond komt niet terug").isEmpty();
    }

    static Bron wijsToe(String token, Agendapunt punt, String eigenaar, LocalDate uiterlijk) {
        HttpResponse<String> antwoord = Api.json("POST", punt.pad() + "/acties", token, null, actie(eigenaar, uiterlijk));
        Bron actie = gemaakt(antwoord);
        assertThat(actie.pad()).startsWith(ACTIES + "/");
        return actie;
    }

    static String actie(String eigenaar, LocalDate uiterlijk) {
        return "{\"eigenaarOrganisatieCode\":\"" + eigenaar + "\",\"omschrijving\":\"Huisbezoek afleggen en terugkoppelen (fictief).\","
                + "\"uiterlijk\":\"" + uiterlijk + "\"}";
    }

    private static List<String> ids(JsonObject lijst) {
        return lijst.getJsonObject("_embedded").getJsonArray("acties").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("id")).toList();
    }
}
