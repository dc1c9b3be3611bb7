package nl.schakel.platform.overdracht;

import static nl.schakel.platform.overdracht.Verzoeken.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
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
 * Past the acceptance deadline the term watcher escalates an open overdracht to the sender's teamleider, once: both
 * sides see when, the teamleider of Veilig Thuis can open it, the receiver's system learns it from the feed, and a
 * second run changes nothing. Only the functioneel beheerder starts a run by hand.
 */
@PlatformIT
@RunAsClient
class OpschalingIT {

    private static final String BEWAKING = "/api/v1/termijnbewaking";
    private static final String BEHEER = TestTokens.voor("beheer", "SCHAKEL", "functioneel-beheerder");
    private static final String KOPPELING = TestTokens.voor("routes", "SCHAKEL", "integratie");

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void naDeTermijnWordtDeOverdrachtEenKeerOpgeschaaldEnZienBeideKantenDat() throws Exception {
        long begin = eindVanDeFeed();
        Overdracht teLaat = verzondenAanFeijenoord();
        Overdracht opTijd = verzondenAanFeijenoord();
        alsOfVerzondenDagenGeleden(teLaat.id(), 21);

        JsonObject eersteRonde = ok(post(BEWAKING, BEHEER, null));
        assertThat(eersteRonde.getInt("opgeschaald")).isGreaterThanOrEqualTo(1);

        JsonObject bijVeiligThuis = ok(get(teLaat.pad(), procesregisseur()));
        JsonObject bijWijkteam = ok(get(teLaat.pad(), feijenoord()));
        assertThat(bijVeiligThuis.getBoolean("acceptatieVerlopen")).isTrue();
        assertThat(Instant.parse(bijVeiligThuis.getString("opgeschaaldOp"))).isBefore(Instant.now().plusSeconds(1));
        assertThat(bijVeiligThuis.getString("opgeschaaldNaar")).isEqualTo("teamleider");
        assertThat(bijWijkteam.getString("opgeschaaldOp")).isEqualTo(bijVeiligThuis.getString("opgeschaaldOp"));
        assertThat(ok(get(opTijd.pad(), procesregisseur())).containsKey("opgeschaaldOp")).as("binnen de termijn").isFalse();
        assertThat(inLijst(feijenoord(), teLaat.id()).getString("opgeschaaldOp")).isEqualTo(bijVeiligThuis.getString("opgeschaaldOp"));

        // the teamleider of Veilig Thuis finds it in the list of the organisation and opens it
        String teamleiderGebruiker = uniek("vt.teamleider");
        String teamleider = token(teamleiderGebruiker, "VTRR", "teamleider");
        assertThat(inLijst(teamleider, teLaat.id()).getString("opgeschaaldOp")).isNotBlank();
        assertThat(ok(get(teLaat.pad(), teamleider)).getString("status")).isEqualTo("VERZONDEN");
        // but may not act in the procesregisseur's place
        isProbleem(json("POST", teLaat.pad() + "/intrekking", teamleider, "\"" + bijVeiligThuis.getInt("versie") + "\"",
                reden("Teamleider grijpt in.")), 403, "TGN-002");
        List<JsonObject> vanTeamleider = logboekregels(teamleiderGebruiker);
        assertThat(vanTeamleider).anySatisfy(r -> assertThat(r.getString("handeling") + "/" + r.getString("uitkomst")
                + "/" + r.getString("toegangReden", "")).isEqualTo("overdracht.lezen/TOEGESTAAN/EIGENAAR"));
        assertThat(vanTeamleider).anySatisfy(r -> assertThat(r.getString("handeling") + "/" + r.getString("uitkomst"))
                .isEqualTo("overdracht.intrekken/GEWEIGERD"));
        // a teamleider of another organisation has no grant: it does not exist for them
        isProbleem(get(teLaat.pad(), token(uniek("wt.teamleider"), "WT-RDAM-CHAR", "teamleider")), 404, "OVD-404");

        // a second run: nothing new for this one
        ok(post(BEWAKING, BEHEER, null));
        List<JsonObject> feed = feedNa(begin).stream().filter(g -> g.getString("onderwerp").endsWith("/" + teLaat.id())).toList();
        assertThat(feed).extracting(g -> g.getString("type"))
                .containsExactly("nl.schakel.overdracht.verzonden", "nl.schakel.overdracht.opgeschaald");
        assertThat(feed.get(1).getString("ontvanger")).isEqualTo("WT-RDAM-FEIJ");
        assertThat(feedNa(begin).stream().filter(g -> g.getString("onderwerp").endsWith("/" + opTijd.id())))
                .extracting(g -> g.getString("type")).containsExactly("nl.schakel.overdracht.verzonden");
    }

    @Test
    void eenOpgeschaaldeOverdrachtKanNogGewoonWordenGeaccepteerd() throws Exception {
        Overdracht overdracht = verzondenAanFeijenoord();
        alsOfVerzondenDagenGeleden(overdracht.id(), 30);
        ok(post(BEWAKING, BEHEER, null));

        HttpResponse<String> ontvangen = post(overdracht.pad() + "/ontvangstbevestiging", feijenoord(),
                etag(get(overdracht.pad(), feijenoord())));
        JsonObject geaccepteerd = ok(post(overdracht.pad() + "/acceptatie", feijenoord(), etag(ontvangen)));

        assertThat(geaccepteerd.getString("status")).isEqualTo("GEACCEPTEERD");
        assertThat(geaccepteerd.getBoolean("acceptatieVerlopen")).as("niet meer open, dus niet meer verlopen").isFalse();
        assertThat(geaccepteerd.getString("opgeschaaldOp")).as("de opschaling blijft geschiedenis").isNotBlank();
    }

    @Test
    void alleenDeFunctioneelBeheerderStartDeTermijnbewaking() {
        String procesregisseurGebruiker = uniek("vt.procesregisseur");
        isProbleem(post(BEWAKING, token(procesregisseurGebruiker, "VTRR", "procesregisseur"), null), 403, "TGN-002");
        isProbleem(post(BEWAKING, KOPPELING, null), 403, "TGN-002");
        isProbleem(stuur(Api.verzoek(BEWAKING).POST(java.net.http.HttpRequest.BodyPublishers.noBody())), 401, "API-401");

        assertThat(logboekregels(procesregisseurGebruiker)).anySatisfy(r -> assertThat(r.getString("handeling") + "/"
                + r.getString("uitkomst")).isEqualTo("termijnbewaking.uitvoeren/GEWEIGERD"));
    }

    private static void alsOfVerzondenDagenGeleden(String id, int dagen) throws Exception {
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement(
                "update overdracht.overdracht set verzonden_op = verzonden_op - make_interval(days => ?) where id = ?")) {
            s.setInt(1, dagen);
            s.setObject(2, UUID.fromString(id));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static JsonObject inLijst(String token, String id) {
        JsonObject pagina = ok(get(OVERDRACHTEN + "?paginaGrootte=100&status=VERZONDEN,ONTVANGEN", token));
        return pagina.getJsonObject("_embedded").getJsonArray("overdrachten").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " niet in de lijst: " + pagina));
    }

    private static long eindVanDeFeed() {
        long laatste = 0;
        while (true) {
            List<JsonObject> pagina = feedNa(laatste);
            if (pagina.isEmpty()) {
                return laatste;
            }
            laatste = pagina.get(pagina.size() - 1).getJsonNumber("volgnummer").longValue();
        }
    }

    private static List<JsonObject> feedNa(long na) {
        JsonObject pagina = ok(Api.get("/api/v1/gebeurtenissen?limiet=500&na=" + na, KOPPELING));
        return pagina.getJsonObject("_embedded").getJsonArray("gebeurtenissen").getValuesAs(JsonObject.class);
    }
}
