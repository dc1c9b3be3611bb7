package nl.schakel.platform.overdracht;

import static nl.schakel.platform.overdracht.Verzoeken.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.schakel.gedeeld.kalender.Werkdagkalender;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.PlatformOmgeving;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Monitoring after acceptance (issue 4): the moments at 3 and 12 months are planned with the acceptance, Veilig
 * Thuis records the two safety scores from the planned date on, and the KPI counts them. Every allowed and refused
 * request is checked against the logboek row it wrote (found by its correlation id).
 */
@PlatformIT
@RunAsClient
class MonitoringIT {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void acceptatiePlantTweeMomentenNaDrieEnTwaalfMaandenOpEenWerkdag() throws SQLException {
        Overdracht verzonden = verzondenAanFeijenoord();
        assertThat(momenten(verzonden, procesregisseur())).as("voor de acceptatie geen monitoring").isEmpty();

        geaccepteerd(verzonden);
        LocalDate acceptatiedag = LocalDate.now(NEDERLAND);

        List<JsonObject> momenten = momenten(verzonden, procesregisseur());
        assertThat(momenten).extracting(m -> m.getInt("maandenNaAcceptatie")).containsExactly(3, 12);
        assertThat(momenten.get(0).getString("geplandOp")).isEqualTo(volgendeWerkdag(acceptatiedag.plusMonths(3)).toString());
        assertThat(momenten.get(1).getString("geplandOp")).isEqualTo(volgendeWerkdag(acceptatiedag.plusMonths(12)).toString());
        assertThat(momenten).allSatisfy(m -> {
            assertThat(m.getString("status")).isEqualTo("GEPLAND");
            assertThat(m.getString("fase")).isEqualTo("GEPLAND");
            assertThat(m.getString("overdracht")).isEqualTo(verzonden.id());
            assertThat(m.containsKey("scoreDirectbetrokkene")).isFalse();
        });
        // in the same transaction as the acceptance: the rows carry the owner
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement(
                "select count(*) from overdracht.monitoringmoment where overdracht_id = ? and eigenaar_organisatie = 'VTRR'")) {
            s.setObject(1, UUID.fromString(verzonden.id()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(2);
            }
        }
    }

    @Test
    void scoresVastleggenVanafDeGeplandeDatumMetIfMatchEnGeldigeScores() throws SQLException {
        Overdracht overdracht = geaccepteerd(verzondenAanFeijenoord());
        JsonObject drie = momenten(overdracht, procesregisseur()).get(0);
        String pad = overdracht.pad() + "/monitoringmomenten/" + drie.getString("id");
        String versie = "\"" + drie.getInt("versie") + "\"";

        JsonObject teVroeg = isProbleem(json("PUT", pad, procesregisseur(), versie, scores(7, 5)), 409, "MON-010");
        assertThat(teVroeg.getString("detail")).contains(drie.getString("geplandOp"));

        maakDue(drie.getString("id"), LocalDate.now(NEDERLAND));
        isProbleem(json("PUT", pad, procesregisseur(), null, scores(7, 5)), 428, "API-428");
        isProbleem(json("PUT", pad, procesregisseur(), "\"99\"", scores(7, 5)), 412, "API-412");
        JsonObject elf = isProbleem(json("PUT", pad, procesregisseur(), versie, scores(11, 5)), 400, "MON-001");
        assertThat(elf.getJsonArray("invalidParams").getValuesAs(JsonObject.class))
                .singleElement().satisfies(p -> {
                    assertThat(p.getString("name")).isEqualTo("scoreDirectbetrokkene");
                    assertThat(p.getString("reason")).isEqualTo("Een heel getal van 0 tot en met 10.");
                });
        JsonObject zes = isProbleem(json("PUT", pad, procesregisseur(), versie,
                "{\"scoreDirectbetrokkene\":\"zes\",\"scoreProfessional\":5}"), 400, "API-400");
        assertThat(zes.getJsonArray("invalidParams").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("name")).containsExactly("scoreDirectbetrokkene");
        JsonObject leeg = isProbleem(json("PUT", pad, procesregisseur(), versie, "{}"), 400, "MON-001");
        assertThat(leeg.getJsonArray("invalidParams").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("name")).containsExactly("scoreDirectbetrokkene", "scoreProfessional");
        assertThat(momenten(overdracht, procesregisseur()).get(0).getString("status")).as("niets half geschreven")
                .isEqualTo("GEPLAND");

        String correlatie = UUID.randomUUID().toString();
        HttpResponse<String> vastgelegd = stuur(verzoek(pad, procesregisseur()).header("X-Correlation-ID", correlatie)
                .header("Content-Type", "application/json").header("If-Match", versie)
                .PUT(HttpRequest.BodyPublishers.ofString(scores(7, 5))));
        JsonObject moment = ok(vastgelegd);
        assertThat(etag(vastgelegd)).isEqualTo("\"" + moment.getInt("versie") + "\"").isNotEqualTo(versie);
        assertThat(moment.getString("status")).isEqualTo("UITGEVOERD");
        assertThat(moment.getInt("scoreDirectbetrokkene")).isEqualTo(7);
        assertThat(moment.getInt("scoreProfessional")).isEqualTo(5);
        assertThat(logboek(correlatie)).singleElement().satisfies(r -> {
            assertThat(r).startsWith("TOEGESTAAN", "monitoring.vastleggen", overdracht.id(), "EIGENAAR");
            assertThat(r[4]).as("de betrokkenen van de overdracht").isEqualTo("2");
        });
        JsonObject gelezen = momenten(overdracht, procesregisseur()).get(0);
        assertThat(gelezen.getInt("scoreDirectbetrokkene")).isEqualTo(7);
        assertThat(gelezen.getString("fase")).isEqualTo("UITGEVOERD");

        // the version just used is stale now
        isProbleem(json("PUT", pad, procesregisseur(), versie, scores(8, 8)), 412, "API-412");
    }

    @Test
    void hetWijkteamEnAnderenZienDeMonitoringVanVeiligThuisNiet() throws SQLException {
        Overdracht overdracht = geaccepteerd(verzondenAanFeijenoord());
        String momentId = momenten(overdracht, procesregisseur()).get(0).getString("id");
        String lijst = overdracht.pad() + "/monitoringmomenten";

        // the receiving wijkteam has a grant, but not as owner: 403 naming the rule
        String c1 = UUID.randomUUID().toString();
        JsonObject wijkteam = isProbleem(haal(lijst, feijenoord(), c1), 403, "TGN-002");
        assertThat(wijkteam.getString("detail")).contains("monitoring.lezen");
        assertThat(logboek(c1)).singleElement().satisfies(r ->
                assertThat(r).startsWith("GEWEIGERD", "monitoring.lezen", overdracht.id()));
        String c2 = UUID.randomUUID().toString();
        isProbleem(stuur(verzoek(lijst + "/" + momentId, feijenoord()).header("X-Correlation-ID", c2)
                .header("Content-Type", "application/json").header("If-Match", "\"1\"")
                .PUT(HttpRequest.BodyPublishers.ofString(scores(1, 1)))), 403, "TGN-002");
        assertThat(logboek(c2)).singleElement().satisfies(r ->
                assertThat(r).startsWith("GEWEIGERD", "monitoring.vastleggen", overdracht.id()));

        // another municipality's wijkteam has no grant at all: the overdracht does not exist for it
        String c3 = UUID.randomUUID().toString();
        isProbleem(haal(lijst, token("wt.schiedam", "LT-SCHIEDAM", "wijkteammedewerker"), c3), 404, "OVD-404");
        assertThat(logboek(c3)).singleElement().satisfies(r ->
                assertThat(r).startsWith("GEWEIGERD", "monitoring.lezen", overdracht.id()));

        // Veilig Thuis's crisis role is not the monitoring role
        String c4 = UUID.randomUUID().toString();
        isProbleem(haal(lijst, token("vt.crisis", "VTRR", "crisismedewerker"), c4), 403, "TGN-002");
        assertThat(logboek(c4)).singleElement().satisfies(r -> assertThat(r[0]).isEqualTo("GEWEIGERD"));

        // the lists and figures need the role
        String c5 = UUID.randomUUID().toString();
        isProbleem(haal("/api/v1/monitoringmomenten", feijenoord(), c5), 403, "TGN-002");
        assertThat(logboek(c5)).singleElement().satisfies(r -> assertThat(r).startsWith("GEWEIGERD", "monitoring.zoeken"));
        String c6 = UUID.randomUUID().toString();
        isProbleem(haal("/api/v1/monitoring/kengetallen", feijenoord(), c6), 403, "TGN-002");
        assertThat(logboek(c6)).singleElement().satisfies(r -> assertThat(r).startsWith("GEWEIGERD", "monitoring.kengetallen"));

        // the owner reads, and that is logged too
        String c7 = UUID.randomUUID().toString();
        assertThat(ok(haal(lijst, procesregisseur(), c7)).getJsonObject("_embedded").getJsonArray("monitoringmomenten")).hasSize(2);
        assertThat(logboek(c7)).singleElement().satisfies(r ->
                assertThat(r).startsWith("TOEGESTAAN", "monitoring.lezen", overdracht.id(), "EIGENAAR"));
    }

    @Test
    void deLijstToontDeMomentenVanDeEigenOrganisatieGefilterdEnGepagineerd() throws SQLException {
        Overdracht overdracht = geaccepteerd(verzondenAanFeijenoord());
        String correlatie = UUID.randomUUID().toString();
        JsonObject pagina = ok(haal("/api/v1/monitoringmomenten?status=GEPLAND&paginaGrootte=100&geplandTot="
                + LocalDate.now(NEDERLAND).plusYears(2), procesregisseur(), correlatie));
        List<JsonObject> gevonden = pagina.getJsonObject("_embedded").getJsonArray("monitoringmomenten")
                .getValuesAs(JsonObject.class);
        assertThat(gevonden).filteredOn(m -> m.getString("overdracht").equals(overdracht.id())).hasSize(2)
                .allSatisfy(m -> assertThat(m.containsKey("scoreDirectbetrokkene")).as("geen scores in een lijst").isFalse());
        assertThat(gevonden).extracting(m -> m.getString("geplandOp")).isSorted();
        assertThat(logboek(correlatie)).hasSize(gevonden.size())
                .allSatisfy(r -> assertThat(r).startsWith("TOEGESTAAN", "monitoring.zoeken"));

        JsonObject eerste = ok(haal("/api/v1/monitoringmomenten?paginaGrootte=1", procesregisseur(), UUID.randomUUID().toString()));
        String volgende = eerste.getJsonObject("_links").getJsonObject("next").getString("href");
        JsonObject tweede = ok(haal(volgende, procesregisseur(), UUID.randomUUID().toString()));
        assertThat(tweede.getJsonObject("_embedded").getJsonArray("monitoringmomenten").getJsonObject(0).getString("id"))
                .isNotEqualTo(eerste.getJsonObject("_embedded").getJsonArray("monitoringmomenten").getJsonObject(0).getString("id"));

        isProbleem(haal("/api/v1/monitoringmomenten?status=KLAAR", procesregisseur(), UUID.randomUUID().toString()), 400, "API-002");
        isProbleem(haal("/api/v1/monitoring/kengetallen?vanaf=gisteren", procesregisseur(), UUID.randomUUID().toString()), 400, "API-002");
    }

    @Test
    void kengetallenVoorEenBekendeSetDrieVanVierVoldoendeIs75Procent() throws SQLException {
        Overdracht overdracht = geaccepteerd(verzondenAanFeijenoord());
        // a day of its own, so the figures count only this test's moments
        LocalDate dag = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 40));
        List<JsonObject> momenten = momenten(overdracht, procesregisseur());
        for (JsonObject moment : momenten) {
            maakDue(moment.getString("id"), dag);
        }
        legVast(overdracht, momenten.get(0), 7, 6);
        legVast(overdracht, momenten.get(1), 8, 3);

        String correlatie = UUID.randomUUID().toString();
        JsonObject kengetallen = ok(haal("/api/v1/monitoring/kengetallen?vanaf=" + dag + "&tot=" + dag, procesregisseur(),
                correlatie));

        assertThat(kengetallen.getInt("normProcent")).isEqualTo(65);
        JsonObject totaal = kengetallen.getJsonObject("totaal");
        assertThat(totaal.getInt("momenten")).isEqualTo(2);
        assertThat(totaal.getJsonObject("samen").toString())
                .isEqualTo("{\"scores\":4,\"voldoende\":3,\"aandeelProcent\":75.0,\"normGehaald\":true}");
        assertThat(totaal.getJsonObject("directbetrokkene").toString())
                .isEqualTo("{\"scores\":2,\"voldoende\":2,\"aandeelProcent\":100.0,\"normGehaald\":true}");
        assertThat(totaal.getJsonObject("professional").toString())
                .isEqualTo("{\"scores\":2,\"voldoende\":1,\"aandeelProcent\":50.0,\"normGehaald\":false}");
        List<JsonObject> perMoment = kengetallen.getJsonArray("perMoment").getValuesAs(JsonObject.class);
        assertThat(perMoment).extracting(t -> t.getInt("maandenNaAcceptatie")).containsExactly(3, 12);
        assertThat(perMoment.get(0).getJsonObject("samen").getJsonNumber("aandeelProcent").doubleValue()).isEqualTo(100.0);
        assertThat(perMoment.get(1).getJsonObject("samen").getJsonNumber("aandeelProcent").doubleValue()).isEqualTo(50.0);
        assertThat(perMoment.get(1).getJsonObject("samen").getBoolean("normGehaald")).isFalse();
        assertThat(kengetallen.toString()).as("alleen tellingen").doesNotContain(overdracht.id()).doesNotContain("Jansen");
        assertThat(logboek(correlatie)).singleElement().satisfies(r -> {
            assertThat(r).startsWith("TOEGESTAAN", "monitoring.kengetallen", null);
            assertThat(r[5]).isEqualTo("MONITORING");
        });

        // a period without recorded moments: no share and no judgement
        JsonObject leeg = ok(haal("/api/v1/monitoring/kengetallen?vanaf=1900-01-01&tot=1900-01-02", procesregisseur(), UUID.randomUUID().toString()));
        assertThat(leeg.getJsonObject("totaal").getJsonObject("samen").toString()).isEqualTo("{\"scores\":0,\"voldoende\":0}");
    }

    // ---- steps

    private static Overdracht geaccepteerd(Overdracht verzonden) {
        HttpResponse<String> ontvangen = post(verzonden.pad() + "/ontvangstbevestiging", feijenoord(), verzonden.etag());
        assertThat(ontvangen.statusCode()).as(ontvangen.body()).isEqualTo(200);
        HttpResponse<String> geaccepteerd = post(verzonden.pad() + "/acceptatie", feijenoord(), etag(ontvangen));
        assertThat(geaccepteerd.statusCode()).as(geaccepteerd.body()).isEqualTo(200);
        return new Overdracht(verzonden.pad(), etag(geaccepteerd));
    }

    private static List<JsonObject> momenten(Overdracht overdracht, String token) {
        return ok(get(overdracht.pad() + "/monitoringmomenten", token)).getJsonObject("_embedded")
                .getJsonArray("monitoringmomenten").getValuesAs(JsonObject.class);
    }

    private static void legVast(Overdracht overdracht, JsonObject moment, int directbetrokkene, int professional) {
        ok(json("PUT", overdracht.pad() + "/monitoringmomenten/" + moment.getString("id"), procesregisseur(),
                "\"" + moment.getInt("versie") + "\"", scores(directbetrokkene, professional)));
    }

    private static String scores(int directbetrokkene, int professional) {
        return "{\"scoreDirectbetrokkene\":" + directbetrokkene + ",\"scoreProfessional\":" + professional + "}";
    }

    /** As if time had passed: the moment is planned on {@code dag} (its version stays, as no one changed it). */
    private static void maakDue(String momentId, LocalDate dag) throws SQLException {
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement(
                "update overdracht.monitoringmoment set gepland_op = ? where id = ?")) {
            s.setObject(1, dag);
            s.setObject(2, UUID.fromString(momentId));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static LocalDate volgendeWerkdag(LocalDate dag) {
        LocalDate werkdag = dag;
        while (!Werkdagkalender.NEDERLAND.isWerkdag(werkdag)) {
            werkdag = werkdag.plusDays(1);
        }
        return werkdag;
    }

    private static HttpResponse<String> haal(String pad, String token, String correlatie) {
        return stuur(verzoek(pad, token).header("X-Correlation-ID", correlatie).GET());
    }

    /** uitkomst, handeling, bron_id, toegang_reden, number of betrokkenen, doel. */
    private static List<String[]> logboek(String correlatie) throws SQLException {
        List<String[]> regels = new ArrayList<>();
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement(
                "select uitkomst, handeling, bron_id, toegang_reden, cardinality(betrokkenen), doel from logboek.regel "
                        + "where correlatie_id = ? order by invoegnummer")) {
            s.setString(1, correlatie);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    regels.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6)});
                }
            }
        }
        return regels;
    }
}
