package nl.schakel.platform.casusoverleg;

import static nl.schakel.platform.Logboekcontrole.*;
import static nl.schakel.platform.Probleemcontrole.isProbleem;
import static nl.schakel.platform.casusoverleg.Casusoverleggen.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.PlatformOmgeving;
import nl.schakel.platform.TestTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Meetings, their agenda and the invitations: only the organiser plans, builds the agenda and invites; a change from a
 * stale view of the agenda is refused (412) and loses nobody's work; an invitation stays within the policy and ends
 * with the table's window after the meeting.
 */
@PlatformIT
@RunAsClient
class CasusoverlegAgendaIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void eenWijzigingVanuitEenVerouderdeAgendaVerliestNietsVanEenAnder() {
        String eerste = zvh(uniek("zvh.een"));
        String tweede = zvh(uniek("zvh.twee"));
        Bron overleg = plan(eerste);
        Bron casusA = geaccepteerd(eerste);
        Bron casusB = geaccepteerd(eerste);
        String gezienDoorTweede = Api.etag(Api.get(overleg.pad(), tweede));

        Agendapunt a = zetOpAgenda(eerste, overleg, casusA);
        JsonObject verouderd = isProbleem(Api.json("POST", overleg.pad() + "/agendapunten", tweede, gezienDoorTweede,
                "{\"aanmelding\":\"" + casusB.id() + "\"}"), 412, "API-412");
        assertThat(verouderd.getString("detail")).contains("opnieuw");
        Agendapunt b = zetOpAgenda(tweede, new Bron(overleg.pad(), Api.etag(Api.get(overleg.pad(), tweede))), casusB);
        assertThat(agenda(overleg, eerste)).containsExactly(a.id(), b.id());

        isProbleem(Api.json("PUT", overleg.pad() + "/agenda", eerste, a.overleg().etag(), volgorde(b.id(), a.id())), 412, "API-412");
        isProbleem(Api.json("PUT", overleg.pad() + "/agenda", eerste, null, volgorde(b.id(), a.id())), 428, "API-428");
        isProbleem(Api.json("PUT", overleg.pad() + "/agenda", eerste, b.overleg().etag(), volgorde(b.id())), 400, "CSO-006");
        isProbleem(Api.json("POST", overleg.pad() + "/agendapunten", eerste, b.overleg().etag(), "{}"), 400, "CSO-006");
        HttpResponse<String> geordend = Api.json("PUT", overleg.pad() + "/agenda", eerste, b.overleg().etag(), volgorde(b.id(), a.id()));
        assertThat(Api.ok(geordend).getJsonArray("agenda").getValuesAs(JsonObject.class)).extracting(r -> r.getInt("volgnummer"))
                .containsExactly(1, 2);
        assertThat(agenda(overleg, tweede)).containsExactly(b.id(), a.id());
    }

    @Test
    void vanTweeGelijktijdigeWijzigingenOpDezelfdeVersieWintEenEnDeAnderKrijgt412() {
        String zvh = zvh(uniek("zvh"));
        Bron overleg = plan(zvh);
        Bron casusA = geaccepteerd(zvh);
        Bron casusB = geaccepteerd(zvh);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService draden = Executors.newFixedThreadPool(2);

        CompletableFuture<HttpResponse<String>> eerste = tegelijk(draden, start, () -> Api.json("POST", overleg.pad() + "/agendapunten", zvh,
                overleg.etag(), "{\"aanmelding\":\"" + casusA.id() + "\"}"));
        CompletableFuture<HttpResponse<String>> tweede = tegelijk(draden, start, () -> Api.json("POST", overleg.pad() + "/agendapunten",
                zvh(uniek("zvh")), overleg.etag(), "{\"aanmelding\":\"" + casusB.id() + "\"}"));
        start.countDown();
        draden.shutdown();

        List<Integer> statussen = List.of(eerste.join().statusCode(), tweede.join().statusCode());
        assertThat(statussen).containsExactlyInAnyOrder(201, 412);
        HttpResponse<String> winnaar = eerste.join().statusCode() == 201 ? eerste.join() : tweede.join();
        HttpResponse<String> verliezer = eerste.join().statusCode() == 412 ? eerste.join() : tweede.join();
        isProbleem(verliezer, 412, "API-412");
        List<String> agenda = agenda(overleg, zvh);
        assertThat(agenda).as("precies het punt van de winnaar").hasSize(1);
        assertThat(winnaar.headers().firstValue("Location").orElseThrow()).endsWith(agenda.get(0));
    }

    @Test
    void alleenDeOrganisatorPlantBouwtDeAgendaEnNodigtUit() {
        String zvh = zvh(uniek("zvh"));
        String vtGebruiker = uniek("vt");
        String vt = voorzitter(vtGebruiker);
        Bron overleg = plan(zvh);
        Bron casus = geaccepteerd(zvh);

        isProbleem(Api.json("POST", OVERLEGGEN, vt, null, planning(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(3))), 403, "TGN-002");
        isProbleem(Api.json("POST", OVERLEGGEN, TestTokens.voor(uniek("zvh"), "VTRR", "zvh-procesregisseur"), null,
                planning(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(3))), 403, "CSO-015");
        JsonObject ongeldig = isProbleem(Api.json("POST", OVERLEGGEN, zvh, null, planning(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusDays(1))
                .replace("\"plaats\": \"Zorg- en Veiligheidshuis, vergaderzaal 2\",", "")), 400, "CSO-003");
        assertThat(ongeldig.getJsonArray("invalidParams").getValuesAs(JsonObject.class)).extracting(p -> p.getString("name"))
                .containsExactlyInAnyOrder("datum", "plaats");

        JsonObject nietDeVoorzitter = isProbleem(Api.json("POST", overleg.pad() + "/agendapunten", vt, overleg.etag(),
                "{\"aanmelding\":\"" + casus.id() + "\"}"), 403, "TGN-002");
        assertThat(nietDeVoorzitter.getString("detail")).contains("casusoverleg.agenda-wijzigen");
        logboekregel(logboekregels(vtGebruiker), "casusoverleg.agenda-wijzigen", "GEWEIGERD", overleg.id());
        isProbleem(Api.json("POST", overleg.pad() + "/agendapunten", politie(uniek("politie")), overleg.etag(),
                "{\"aanmelding\":\"" + casus.id() + "\"}"), 404, "CSO-404");
        Bron ingediend = meldAan(wijkteam(uniek("wt")));
        isProbleem(Api.json("POST", overleg.pad() + "/agendapunten", zvh, overleg.etag(),
                "{\"aanmelding\":\"" + ingediend.id() + "\"}"), 409, "CSO-011");

        Agendapunt punt = zetOpAgenda(zvh, overleg, casus);
        isProbleem(Api.json("POST", overleg.pad() + "/agendapunten", zvh, punt.overleg().etag(),
                "{\"aanmelding\":\"" + casus.id() + "\"}"), 409, "CSO-011");
        isProbleem(Api.json("POST", punt.pad() + "/uitnodigingen", vt, null, "{\"organisatie\":\"POL-RR\"}"), 403, "TGN-002");
        bevestig(vt, overleg);
        Api.ok(Api.get(punt.pad(), vt));
    }

    @Test
    void eenUitnodigingBlijftBinnenHetBeleidEnKanMinderNooitMeer() {
        String zvh = zvh(uniek("zvh"));
        Bron overleg = plan(zvh);
        Agendapunt punt = zetOpAgenda(zvh, overleg, geaccepteerd(zvh));

        isProbleem(uitnodiging(zvh, punt, "{\"organisatie\":\"POL-RR\",\"categorieen\":[\"JUSTITIEEL\",\"GEZONDHEID\"]}"), 422, "TGN-003");
        isProbleem(uitnodiging(zvh, punt, "{\"organisatie\":\"FIL\"}"), 422, "CSO-016");
        isProbleem(uitnodiging(zvh, punt, "{\"organisatie\":\"XX-ONBEKEND\"}"), 422, "CSO-016");
        isProbleem(uitnodiging(zvh, punt, "{\"categorieen\":[\"IDENTITEIT\"]}"), 400, "CSO-005");
        isProbleem(uitnodiging(zvh, punt, "{\"organisatie\":\"OM-RDAM\",\"categorieen\":[\"STRAFBLAD\"]}"), 400, "CSO-005");
        assertThat(uitnodiging(zvh, punt, "{\"organisatie\":\"POL-RR\"}").statusCode()).isEqualTo(201);
        isProbleem(uitnodiging(zvh, punt, "{\"organisatie\":\"POL-RR\"}"), 409, "CSO-014");

        assertThat(uitnodiging(zvh, punt, "{\"organisatie\":\"OM-RDAM\",\"categorieen\":[\"IDENTITEIT\",\"VEILIGHEID\"]}").statusCode())
                .isEqualTo(201);
        String om = om(uniek("om"));
        assertThat(Api.ok(Api.get(punt.pad() + "/toegang", om)).getJsonObject("_embedded").getJsonArray("toegangen")
                .getJsonObject(0).getJsonArray("categorieen").getValuesAs(JsonString::getString)).containsExactly("IDENTITEIT", "VEILIGHEID");
        gedeeld(politie(uniek("politie")), punt.pad(), politieInbreng());
        bevestig(om, overleg);
        JsonObject inbreng = inbrengVan(Api.ok(Api.get(punt.pad(), om)), "POL-RR");
        assertThat(inbreng.getJsonArray("achtergehouden").getValuesAs(JsonString::getString))
                .as("minder gedeeld dan het beleid toestaat: ook het OM ziet dan geen justitiële gegevens").containsExactly("JUSTITIEEL");
    }

    @Test
    void naHetVensterNaHetOverlegBestaatHetAgendapuntNietMeerVoorDeGenodigde() throws SQLException {
        String zvh = zvh(uniek("zvh"));
        Bron overleg = plan(zvh);
        Agendapunt punt = zetOpAgenda(zvh, overleg, geaccepteerd(zvh));
        nodigUit(zvh, punt.pad(), "POL-RR");
        String agent = uniek("politie");
        bevestig(politie(agent), overleg);
        Api.ok(Api.get(punt.pad(), politie(agent)));

        // as if the meeting was three weeks ago: the invitation's end passed, and no new one can start
        try (Connection c = PlatformOmgeving.database(); PreparedStatement meeting = c.prepareStatement(
                "update casusoverleg.overleg set datum = current_date - 21 where id = ?::uuid");
                PreparedStatement grant = c.prepareStatement("update toegang.toegang set geldig_van = now() - interval '22 days',"
                        + " geldig_tot = now() - interval '6 days' where bron_id = ?::uuid and organisatie_code = 'POL-RR'")) {
            meeting.setString(1, overleg.id());
            assertThat(meeting.executeUpdate()).isEqualTo(1);
            grant.setString(1, punt.id());
            assertThat(grant.executeUpdate()).isEqualTo(1);
        }

        isProbleem(Api.get(punt.pad(), politie(agent)), 404, "CSO-404");
        logboekregel(logboekregels(agent), "casusoverleg.agendapunt-lezen", "GEWEIGERD", punt.id());
        JsonObject teLaat = isProbleem(uitnodiging(zvh, punt, "{\"organisatie\":\"OM-RDAM\"}"), 409, "CSO-014");
        assertThat(teLaat.getString("detail")).contains("termijn");
    }

    private static HttpResponse<String> uitnodiging(String zvh, Agendapunt punt, String body) {
        return Api.json("POST", punt.pad() + "/uitnodigingen", zvh, null, body);
    }

    private static List<String> agenda(Bron overleg, String token) {
        return Api.ok(Api.get(overleg.pad(), token)).getJsonArray("agenda").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("id")).toList();
    }

    private static String volgorde(String... ids) {
        return "{\"agendapunten\":[" + String.join(",", java.util.Arrays.stream(ids).map(id -> "\"" + id + "\"").toList()) + "]}";
    }

    /** Starts the request on a thread of its own when {@code start} opens, so both are in flight together. */
    private static CompletableFuture<HttpResponse<String>> tegelijk(ExecutorService draden, CountDownLatch start,
            Supplier<HttpResponse<String>> verzoek) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return verzoek.get();
        }, draden);
    }
}
