package nl.schakel.platform.casusoverleg;

import static nl.schakel.platform.Logboekcontrole.*;
import static nl.schakel.platform.Probleemcontrole.isProbleem;
import static nl.schakel.platform.casusoverleg.Casusoverleggen.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Meeting mode per item: the organiser or chair records the attendance and the verslag with the item's version
 * (If-Match); two writes from the same version: one 200, one 412, nothing lost. Invited partners read the verslag in the
 * item after the statement; an action's owner reads the decisions and the plan in its action.
 */
@PlatformIT
@RunAsClient
class CasusoverlegVerslagIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    static final String VERSLAG = """
            {"analyse": "Spanning loopt op bij schulden (fictief).", "besluiten": "Politie legt huisbezoek af.",
             "planVanAanpak": "Wijkteam start schuldhulp; over vier weken opnieuw.",
             "casusregisseur": {"organisatieCode": "WT-RDAM-FEIJ", "naam": "C. de Regisseur (fictief)"}}
            """;

    @Test
    void deVoorzitterLegtAanwezigheidEnVerslagVastEnDeGenodigdeLeestHet() {
        String zvh = zvh(uniek("zvh"));
        Bron overleg = plan(zvh);
        Agendapunt punt = zetOpAgenda(zvh, overleg, geaccepteerd(zvh));
        nodigUit(zvh, punt.pad(), "POL-RR");
        nodigUit(zvh, punt.pad(), "WT-RDAM-FEIJ");
        String vtGebruiker = uniek("vt");
        String vt = voorzitter(vtGebruiker);
        String politie = politie(uniek("politie"));

        // the statement first, for the chair too
        String puntVersie = "\"" + Api.ok(Api.get(overleg.pad(), zvh)).getJsonArray("agenda").getJsonObject(0).getInt("versie") + "\"";
        isProbleem(Api.json("PUT", punt.pad() + "/verslag", vt, puntVersie, VERSLAG), 403, "CSO-020");
        bevestig(vt, overleg);

        HttpResponse<String> aanwezig = Api.json("PUT", punt.pad() + "/aanwezigheid", vt, puntVersie,
                "{\"aanwezigen\":[{\"organisatieCode\":\"POL-RR\",\"aanwezig\":true},{\"organisatieCode\":\"WT-RDAM-FEIJ\",\"aanwezig\":false}]}");
        JsonObject naAanwezigheid = Api.ok(aanwezig);
        assertThat(naAanwezigheid.getJsonArray("aanwezigheid").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("organisatieCode") + "=" + a.getBoolean("aanwezig")).containsExactly("POL-RR=true", "WT-RDAM-FEIJ=false");
        isProbleem(Api.json("PUT", punt.pad() + "/verslag", vt, puntVersie, VERSLAG), 412, "API-412");
        isProbleem(Api.json("PUT", punt.pad() + "/verslag", vt, null, VERSLAG), 428, "API-428");
        JsonObject ongeldig = isProbleem(Api.json("PUT", punt.pad() + "/verslag", vt, Api.etag(aanwezig),
                "{\"besluiten\":\"" + "x".repeat(4001) + "\",\"casusregisseur\":{\"organisatieCode\":\"RN-RDAM\"}}"), 400, "CSO-023");
        assertThat(ongeldig.getJsonArray("invalidParams").getValuesAs(JsonObject.class)).extracting(p -> p.getString("name"))
                .containsExactlyInAnyOrder("besluiten", "casusregisseur.organisatieCode", "casusregisseur.naam");
        isProbleem(Api.json("PUT", punt.pad() + "/aanwezigheid", vt, Api.etag(aanwezig),
                "{\"aanwezigen\":[{\"organisatieCode\":\"OM-RDAM\",\"aanwezig\":true}]}"), 400, "CSO-023");

        HttpResponse<String> vastgelegd = Api.json("PUT", punt.pad() + "/verslag", vt, Api.etag(aanwezig), VERSLAG);
        JsonObject metVerslag = Api.ok(vastgelegd);
        assertThat(metVerslag.getInt("versie")).isGreaterThan(naAanwezigheid.getInt("versie"));
        assertThat(metVerslag.getJsonObject("verslag").getString("besluiten")).isEqualTo("Politie legt huisbezoek af.");
        assertThat(metVerslag.getJsonObject("verslag").getJsonObject("casusregisseur").getString("organisatieCode")).isEqualTo("WT-RDAM-FEIJ");
        logboekregel(logboekregels(vtGebruiker), "casusoverleg.verslag-vastleggen", "TOEGESTAAN", punt.id());

        // an invitee: no writing, reading after the statement
        isProbleem(Api.json("PUT", punt.pad() + "/verslag", politie, Api.etag(vastgelegd), VERSLAG), 403, "TGN-002");
        isProbleem(Api.get(punt.pad(), politie), 403, "CSO-020");
        bevestig(politie, overleg);
        JsonObject voorPolitie = Api.ok(Api.get(punt.pad(), politie));
        assertThat(voorPolitie.getJsonObject("verslag").getString("planVanAanpak")).contains("schuldhulp");
        assertThat(voorPolitie.getJsonArray("aanwezigheid")).hasSize(2);

        // the action's owner reads the decisions and the plan in its action
        HttpResponse<String> actie = Api.json("POST", punt.pad() + "/acties", zvh, null,
                "{\"eigenaarOrganisatieCode\":\"POL-RR\",\"omschrijving\":\"Huisbezoek (fictief).\",\"uiterlijk\":\""
                        + LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(7) + "\"}");
        assertThat(actie.statusCode()).as(actie.body()).isEqualTo(201);
        JsonObject context = Api.ok(Api.get(Api.lees(actie).getString("id").transform(id -> "/api/v1/acties/" + id), politie))
                .getJsonObject("agendapunt");
        assertThat(context.getString("besluiten")).isEqualTo("Politie legt huisbezoek af.");
        assertThat(context.getString("planVanAanpak")).contains("schuldhulp");
        assertThat(context.getJsonObject("casusregisseur").getString("naam")).isEqualTo("C. de Regisseur (fictief)");
    }

    @Test
    void vanTweeGelijktijdigeVerslagenOpDezelfdeVersieWintEenEnDeAnderKrijgt412() {
        String zvh = zvh(uniek("zvh"));
        Bron overleg = plan(zvh);
        Agendapunt punt = zetOpAgenda(zvh, overleg, geaccepteerd(zvh));
        nodigUit(zvh, punt.pad(), "WT-RDAM-FEIJ");
        String vt = voorzitter(uniek("vt"));
        bevestig(zvh, overleg);
        bevestig(vt, overleg);
        String versie = Api.etag(Api.get(punt.pad(), zvh));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService draden = Executors.newFixedThreadPool(2);

        CompletableFuture<HttpResponse<String>> eerste = tegelijk(draden, start, () -> Api.json("PUT", punt.pad() + "/verslag", zvh,
                versie, "{\"besluiten\":\"Besluit van de organisator.\"}"));
        CompletableFuture<HttpResponse<String>> tweede = tegelijk(draden, start, () -> Api.json("PUT", punt.pad() + "/verslag", vt,
                versie, "{\"besluiten\":\"Besluit van de voorzitter.\"}"));
        start.countDown();
        draden.shutdown();

        List<Integer> statussen = List.of(eerste.join().statusCode(), tweede.join().statusCode());
        assertThat(statussen).containsExactlyInAnyOrder(200, 412);
        HttpResponse<String> winnaar = eerste.join().statusCode() == 200 ? eerste.join() : tweede.join();
        HttpResponse<String> verliezer = eerste.join().statusCode() == 412 ? eerste.join() : tweede.join();
        isProbleem(verliezer, 412, "API-412");
        String gewonnen = Api.lees(winnaar).getJsonObject("verslag").getString("besluiten");
        JsonObject nu = Api.ok(Api.get(punt.pad(), zvh));
        assertThat(nu.getJsonObject("verslag").getString("besluiten")).as("precies het verslag van de winnaar").isEqualTo(gewonnen);
        assertThat(Api.etag(Api.get(punt.pad(), zvh))).isEqualTo(Api.etag(winnaar));
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
