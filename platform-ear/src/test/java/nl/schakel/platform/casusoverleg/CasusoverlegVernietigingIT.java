package nl.schakel.platform.casusoverleg;

import static nl.schakel.platform.Logboekcontrole.logboekregel;
import static nl.schakel.platform.Logboekcontrole.logboekregels;
import static nl.schakel.platform.Logboekcontrole.uniek;
import static nl.schakel.platform.Probleemcontrole.isProbleem;
import static nl.schakel.platform.casusoverleg.Casusoverleggen.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.PlatformOmgeving;
import nl.schakel.platform.TestTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Destruction of a casusoverleg case on the real platform (issue 15, bewaartermijnen): a case afgeschaald thirteen
 * months ago (moved in the database, as the other ITs move time) with inbreng of the Zorg- en Veiligheidshuis (12
 * months: due with the shared copy), of the police (5 years) and of Veilig Thuis (20 years). The fg draws up the list,
 * approves and carries it out: the shared copy is gone from every table, the ZVH's inbreng with it; the police's and
 * VT's inbreng move out and stay readable by their owner alone; tombstones and logboek rows remain. A second case under
 * a legal hold, on the same meeting, stays whole, and so does the meeting.
 */
@PlatformIT
@RunAsClient
class CasusoverlegVernietigingIT {

    private static final String LIJSTEN = "/api/v1/vernietigingslijsten";
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final String ZVH_INBRENG = inbreng(List.<String[]>of(new String[] {"HULPVERLENING", "WGS", "Casusregie loopt (fictief)."}));
    private static final String VT_INBRENG = inbreng(List.<String[]>of(new String[] {"VEILIGHEID", "Wmo 2015, art. 4.1.1", "Eerdere melding in 2025 (fictief)."}));

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void deGedeeldeKopieGaatNaGoedkeuringWegEnDeInbrengMetEenLangereTermijnBlijftBijHaarEigenaar() throws Exception {
        String zvhGebruiker = uniek("zvh.vernietiging");
        String zvh = zvh(zvhGebruiker);
        String vtGebruiker = uniek("vt.vernietiging");
        String vt = voorzitter(vtGebruiker);
        String agent = uniek("politie.vernietiging");
        String politie = politie(agent);
        String fgGebruiker = uniek("fg.casusvernietiging");
        String fg = TestTokens.voor(fgGebruiker, "VTRR", "functionaris-gegevensbescherming");
        LocalDate vandaag = LocalDate.now(NEDERLAND);

        Bron overleg = plan(zvh);
        Bron weg = geaccepteerd(zvh);
        Bron vast = geaccepteerd(zvh);
        Agendapunt punt = zetOpAgenda(zvh, overleg, weg);
        Agendapunt anderPunt = zetOpAgenda(zvh, punt.overleg(), vast);
        nodigUit(zvh, punt.pad(), "POL-RR");
        nodigUit(zvh, anderPunt.pad(), "POL-RR");
        String zvhInbreng = gedeeld(zvh, punt.pad(), ZVH_INBRENG).id();
        String politieInbreng = gedeeld(politie, punt.pad(), politieInbreng()).id();
        String vtInbreng = gedeeld(vt, punt.pad(), VT_INBRENG).id();
        String zvhInbrengVast = gedeeld(zvh, anderPunt.pad(), ZVH_INBRENG).id();
        String actie = CasusoverlegActieIT.wijsToe(zvh, punt, "POL-RR", vandaag.plusDays(14)).id();
        bevestig(vt, overleg);
        Api.ok(Api.json("PUT", punt.pad() + "/aanwezigheid", vt, Api.etag(Api.get(punt.pad(), vt)),
                "{\"aanwezigen\":[{\"organisatieCode\":\"POL-RR\",\"aanwezig\":true}]}"));
        schaalAf(zvh, weg);
        schaalAf(zvh, vast);

        // the destruction dates: the shared copy and the ZVH's inbreng 12 months, the police 5 years, VT 20 years
        assertThat(Api.ok(Api.get(weg.pad(), zvh)).getString("vernietigingsdatum")).isEqualTo(vandaag.plusMonths(12).toString());
        assertThat(datum(punt.pad() + "/inbreng/" + zvhInbreng, zvh)).isEqualTo(vandaag.plusMonths(12));
        assertThat(datum(punt.pad() + "/inbreng/" + politieInbreng, politie)).isEqualTo(vandaag.plusYears(5));
        assertThat(datum(punt.pad() + "/inbreng/" + vtInbreng, vt)).isEqualTo(vandaag.plusYears(20));

        // thirteen months later (moved in the database); the second case gets a legal hold
        verschuifAfschaling(weg.id(), vast.id());
        LocalDate afgeschaald = vandaag.minusMonths(13);
        assertThat(LocalDate.parse(Api.ok(Api.get(weg.pad(), zvh)).getString("vernietigingsdatum"))).isBefore(vandaag);
        HttpResponse<String> plicht = Api.json("POST", "/api/v1/bewaarplichten", fg,
                "{\"brontype\":\"AANMELDING\",\"bronId\":\"" + vast.id() + "\",\"reden\":\"Lopende strafzaak (fictief).\"}");
        assertThat(plicht.statusCode()).as(plicht.body()).isEqualTo(201);
        long logboekVoor = tel("logboek.regel", "bron_id", weg.id());
        assertThat(logboekVoor).isPositive();

        HttpResponse<String> opgesteld = Api.post(LIJSTEN, fg, null);
        assertThat(opgesteld.statusCode()).as(opgesteld.body()).isEqualTo(201);
        String lijstPad = URI.create(opgesteld.headers().firstValue("Location").orElseThrow()).getPath();
        Map<String, JsonObject> items = items(Api.lees(opgesteld));
        assertThat(items).containsKeys(weg.id(), zvhInbreng).doesNotContainKeys(politieInbreng, vtInbreng, vast.id(), zvhInbrengVast);
        assertThat(items.get(weg.id()).getString("brontype")).isEqualTo("AANMELDING");
        assertThat(items.get(weg.id()).getString("eigenaar")).isEqualTo("ZVHRR");
        assertThat(items.get(weg.id()).getString("regel")).isEqualTo("12 maanden na afschaling");
        assertThat(items.get(zvhInbreng).getString("brontype")).isEqualTo("INBRENG");
        assertThat(items.get(zvhInbreng).getString("eigenaar")).isEqualTo("ZVHRR");

        Api.ok(Api.post(lijstPad + "/goedkeuring", fg, Api.etag(Api.get(lijstPad, fg))));
        JsonObject uitgevoerd = Api.ok(Api.post(lijstPad + "/uitvoering", fg, null));
        assertThat(uitgevoerd.getString("status")).isEqualTo("UITGEVOERD");
        assertThat(uitgevoerd.getJsonArray("grafstenen").getValuesAs(JsonObject.class)).extracting(g -> g.getString("bronId"))
                .contains(weg.id(), zvhInbreng).doesNotContain(politieInbreng, vtInbreng, vast.id());

        // the shared copy: gone from every table that held it, grants and betrokkenen included
        Map.of("casusoverleg.aanmelding", "id", "casusoverleg.aanmelding_betrokkene", "aanmelding_id",
                "casusoverleg.aanmelding_criterium", "aanmelding_id", "casusoverleg.aanmelding_voorgestelde_partner", "aanmelding_id",
                "casusoverleg.aanmelding_overgang", "aanmelding_id", "casusoverleg.actie", "aanmelding_id",
                "toegang.toegang", "bron_id", "toegang.bron_betrokkene", "bron_id")
                .forEach((tabel, kolom) -> assertThat(tel(tabel, kolom, weg.id())).as(tabel).isZero());
        for (String id : List.of(punt.id(), actie, zvhInbreng)) {
            assertThat(tel("toegang.toegang", "bron_id", id)).as("toegang op " + id).isZero();
            assertThat(tel("toegang.bron_betrokkene", "bron_id", id)).as("betrokkenen van " + id).isZero();
        }
        Map.of("casusoverleg.agendapunt", "id", "casusoverleg.uitnodiging", "agendapunt_id", "casusoverleg.aanwezigheid", "agendapunt_id")
                .forEach((tabel, kolom) -> assertThat(tel(tabel, kolom, punt.id())).as(tabel).isZero());
        for (String tabel : List.of("inbreng:id", "inbreng_deel:inbreng_id", "inbreng_versie:inbreng_id")) {
            String[] t = tabel.split(":");
            assertThat(tel("casusoverleg." + t[0], t[1], zvhInbreng)).as("ZVH " + t[0]).isZero();
            assertThat(tel("casusoverleg." + t[0], t[1], politieInbreng)).as("politie " + t[0]).isPositive();
            assertThat(tel("casusoverleg." + t[0], t[1], vtInbreng)).as("VT " + t[0]).isPositive();
        }
        assertThat(tel("toegang.grafsteen", "bron_id", weg.id())).isEqualTo(1);
        assertThat(tel("toegang.grafsteen", "bron_id", zvhInbreng)).isEqualTo(1);
        assertThat(tel("logboek.regel", "bron_id", weg.id())).as("de logboekregels blijven, met die van de vernietiging erbij")
                .isGreaterThan(logboekVoor);
        logboekregel(logboekregels(fgGebruiker), "vernietiging.uitvoeren", "TOEGESTAAN", weg.id());
        logboekregel(logboekregels(fgGebruiker), "vernietiging.uitvoeren", "TOEGESTAAN", zvhInbreng);
        isProbleem(Api.get(weg.pad(), zvh), 404, "CSO-404");
        isProbleem(Api.get(punt.pad(), zvh), 404, "CSO-404");

        // the police's inbreng moved out with its clock: its owner reads it, with its own date; nobody else does
        JsonObject bewaard = Api.ok(Api.get("/api/v1/inbreng/" + politieInbreng, politie));
        assertThat(bewaard.containsKey("agendapunt") && !bewaard.isNull("agendapunt")).as("geen agendapunt meer").isFalse();
        assertThat(bewaard.getString("organisatie")).isEqualTo("POL-RR");
        assertThat(bewaard.getString("vernietigingsdatum")).isEqualTo(afgeschaald.plusYears(5).toString());
        assertThat(bewaard.toString()).contains(POLITIE_JUSTITIEEL);
        logboekregel(logboekregels(agent), "casusoverleg.inbreng-lezen", "TOEGESTAAN", politieInbreng);
        assertThat(Api.ok(Api.get("/api/v1/inbreng/" + vtInbreng, vt)).getString("vernietigingsdatum"))
                .isEqualTo(afgeschaald.plusYears(20).toString());
        isProbleem(Api.get("/api/v1/inbreng/" + politieInbreng, zvh), 404, "CSO-404");
        logboekregel(logboekregels(zvhGebruiker), "casusoverleg.inbreng-lezen", "GEWEIGERD", politieInbreng);
        isProbleem(Api.get("/api/v1/inbreng/" + politieInbreng, vt), 404, "CSO-404");
        logboekregel(logboekregels(vtGebruiker), "casusoverleg.inbreng-lezen", "GEWEIGERD", politieInbreng);
        isProbleem(Api.get("/api/v1/inbreng/" + vtInbreng, politie), 404, "CSO-404");
        isProbleem(Api.get(punt.pad() + "/inbreng/" + politieInbreng, politie), 404, "CSO-404");
        logboekregel(logboekregels(agent), "casusoverleg.inbreng-lezen", "GEWEIGERD", politieInbreng);
        // an inbreng still on its item is read there, not at the address of a kept one
        isProbleem(Api.get("/api/v1/inbreng/" + zvhInbrengVast, zvh), 404, "CSO-404");

        // the case under the legal hold is whole, and so is the meeting that still has it on its agenda
        assertThat(Api.ok(Api.get(vast.pad(), zvh)).getString("status")).isEqualTo("AFGESCHAALD");
        assertThat(tel("casusoverleg.agendapunt", "id", anderPunt.id())).isEqualTo(1);
        assertThat(tel("casusoverleg.inbreng", "id", zvhInbrengVast)).isEqualTo(1);
        assertThat(tel("casusoverleg.overleg", "id", overleg.id())).isEqualTo(1);
        assertThat(tel("casusoverleg.geheimhoudingsverklaring", "overleg_id", overleg.id())).isPositive();
        assertThat(Api.ok(Api.get(anderPunt.pad() + "/inbreng/" + zvhInbrengVast, zvh)).getString("status")).isEqualTo("GEDEELD");
    }

    @Test
    void eenBewaarplichtOpEenAanmeldingVraagtEenRedenEnAlleenDeFgLegtHaarOp() {
        String zvhGebruiker = uniek("zvh.bewaarplicht");
        String zvh = zvh(zvhGebruiker);
        Bron aanmelding = geaccepteerd(zvh);
        isProbleem(Api.json("POST", "/api/v1/bewaarplichten", zvh,
                "{\"brontype\":\"AANMELDING\",\"bronId\":\"" + aanmelding.id() + "\",\"reden\":\"Waarom niet.\"}"), 403, "TGN-002");
        List<JsonObject> regels = logboekregels(zvhGebruiker);
        assertThat(regels).filteredOn(r -> r.getString("handeling").equals("vernietiging.bewaarplicht"))
                .singleElement().satisfies(r -> assertThat(r.getString("uitkomst")).isEqualTo("GEWEIGERD"));
        String fg = TestTokens.voor(uniek("fg.bewaarplicht"), "VTRR", "functionaris-gegevensbescherming");
        isProbleem(Api.json("POST", "/api/v1/bewaarplichten", fg,
                "{\"brontype\":\"AANMELDING\",\"bronId\":\"" + aanmelding.id() + "\",\"reden\":\" \"}"), 400, "AVG-033");
        HttpResponse<String> opgelegd = Api.json("POST", "/api/v1/bewaarplichten", fg,
                "{\"brontype\":\"INBRENG\",\"bronId\":\"" + UUID.randomUUID() + "\",\"reden\":\"Verzoek van de rechter-commissaris (fictief).\"}");
        assertThat(opgelegd.statusCode()).as("INBRENG is nu een soort bron die vernietigd kan worden: " + opgelegd.body()).isEqualTo(201);
    }

    // ---- helpers

    private static void schaalAf(String zvh, Bron aanmelding) {
        HttpResponse<String> afgeschaald = Api.json("POST", aanmelding.pad() + "/afschaling", zvh, Api.etag(Api.get(aanmelding.pad(), zvh)),
                "{\"reden\":\"Plan loopt; zicht op veiligheid ligt bij het wijkteam.\"}");
        assertThat(Api.ok(afgeschaald).getString("status")).isEqualTo("AFGESCHAALD");
    }

    private static LocalDate datum(String pad, String token) {
        return LocalDate.parse(Api.ok(Api.get(pad, token)).getString("vernietigingsdatum"));
    }

    /** As if the afschaling was thirteen months ago: the way the ITs move time, without waiting. */
    private static void verschuifAfschaling(String... ids) throws SQLException {
        try (Connection c = PlatformOmgeving.database();
                PreparedStatement aanmelding = c.prepareStatement("update casusoverleg.aanmelding set afgeschaald_op = afgeschaald_op - "
                        + "interval '13 months', bewaren_tot = bewaren_tot - interval '13 months' where id = ?");
                PreparedStatement overgang = c.prepareStatement("update casusoverleg.aanmelding_overgang set op = op - interval '13 months' "
                        + "where aanmelding_id = ? and naar = 'AFGESCHAALD'")) {
            for (String id : ids) {
                aanmelding.setObject(1, UUID.fromString(id));
                assertThat(aanmelding.executeUpdate()).isEqualTo(1);
                overgang.setObject(1, UUID.fromString(id));
                assertThat(overgang.executeUpdate()).isEqualTo(1);
            }
        }
    }

    private static Map<String, JsonObject> items(JsonObject lijst) {
        return lijst.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(java.util.stream.Collectors.toMap(i -> i.getString("bronId"), i -> i));
    }

    private static long tel(String tabel, String kolom, String id) {
        try (Connection c = PlatformOmgeving.database();
                PreparedStatement s = c.prepareStatement("select count(*) from " + tabel + " where " + kolom + " = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
