package nl.schakel.platform.crisisdossier;

import static nl.schakel.platform.Logboekcontrole.*;
import static nl.schakel.platform.Probleemcontrole.isProbleem;
import static nl.schakel.platform.crisisdossier.Crisisdossiers.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.PlatformOmgeving;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * DMFI on the real EAR: a casusregisseur named by a directing partner (the Raad reads, does not direct; a partner not
 * chosen finds nothing), changed only with the current version, two at once losing nothing; review moments planned,
 * overdue for every co-owner (list filter and Mijn werk) until one records it, once. Each step with its logboek row.
 */
@PlatformIT
@RunAsClient
class CrisisdossierDmfiIT {

    static final String REGISSEUR = "{\"casusregisseur\":{\"organisatie\":\"CIT-JBRR\",\"naam\":\"R. de Regisseur (fictief)\","
            + "\"telefoon\":\"010-1234567\"}}";

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void eenRegisserendePartnerWijstDeCasusregisseurAanDeRaadLeestHaarEnStuurtHaarNiet() throws SQLException {
        String vt = uniek("vt.crisis");
        String dossier = meld(vtCrisis(vt), "CIT-JBRR", "RVDK-RR", "FIL");
        String dmfi = dossier + "/dmfi";

        // before it starts, every co-owner reads that it does not run; the read is logged as a read of the file
        String onderzoeker = uniek("raad");
        JsonObject leeg = Api.ok(Api.get(dmfi, raad(onderzoeker)));
        assertThat(leeg.getBoolean("gestart")).isFalse();
        assertThat(leeg.getJsonArray("evaluatiemomenten")).isEmpty();
        logboekregel(logboekregels(onderzoeker), "crisisdossier.lezen", "TOEGESTAAN", id(dossier));

        // the Raad does not direct: refused by the policy, logged; a partner not chosen finds nothing
        isProbleem(Api.json("PUT", dmfi, raad(onderzoeker), null, REGISSEUR), 403, "TGN-002");
        logboekregel(logboekregels(onderzoeker), "crisisdossier.dmfi-regisseren", "GEWEIGERD", id(dossier));
        String wijkteamer = uniek("wt");
        isProbleem(Api.json("PUT", dmfi, wijkteam(wijkteamer), null, REGISSEUR), 404, "CRS-404");
        logboekregel(logboekregels(wijkteamer), "crisisdossier.dmfi-regisseren", "GEWEIGERD", id(dossier));
        isProbleem(Api.get(dmfi, wijkteam(wijkteamer)), 404, "CRS-404");

        // a casusregisseur from outside the file, or without a name: 400 naming each field, nothing started
        JsonObject fout = isProbleem(Api.json("PUT", dmfi, vtCrisis(vt), null,
                "{\"casusregisseur\":{\"organisatie\":\"WT-FEIJENOORD\",\"naam\":\" \"}}"), 400, "CRS-023");
        assertThat(fout.toString()).contains("casusregisseur.organisatie", "casusregisseur.naam");
        assertThat(Api.ok(Api.get(dmfi, vtCrisis(vt))).getBoolean("gestart")).isFalse();
        // an If-Match on a track that does not exist yet is stale
        isProbleem(Api.json("PUT", dmfi, vtCrisis(vt), "\"1\"", REGISSEUR), 412, "API-412");

        HttpResponse<String> gestart = Api.json("PUT", dmfi, vtCrisis(vt), null, REGISSEUR);
        JsonObject regie = Api.ok(gestart);
        assertThat(regie.getBoolean("gestart")).isTrue();
        assertThat(regie.getString("gestartDoor")).isEqualTo("VTRR");
        assertThat(regie.getJsonObject("casusregisseur").getString("organisatie")).isEqualTo("CIT-JBRR");
        assertThat(regie.getJsonObject("casusregisseur").getString("naam")).isEqualTo("R. de Regisseur (fictief)");
        assertThat(regie.getJsonObject("casusregisseur").getString("telefoon")).isEqualTo("010-1234567");
        assertThat(Api.etag(gestart)).isEqualTo("\"" + regie.getInt("versie") + "\"");
        JsonObject regel = logboekregel(logboekregels(vt), "crisisdossier.dmfi-regisseren", "TOEGESTAAN", id(dossier));
        assertThat(regel.getString("toegangReden")).isEqualTo("CRISISPARTNER");

        // the Raad and Filomena read who directs; a change needs the current version
        assertThat(Api.ok(Api.get(dmfi, raad(onderzoeker))).getJsonObject("casusregisseur").getString("naam"))
                .isEqualTo("R. de Regisseur (fictief)");
        String arts = uniek("filomena");
        String anders = "{\"casusregisseur\":{\"organisatie\":\"FIL\",\"naam\":\"F. Ilomena (fictief)\"}}";
        isProbleem(Api.json("PUT", dmfi, filomena(arts), null, anders), 428, "API-428");
        isProbleem(Api.json("PUT", dmfi, filomena(arts), "\"999\"", anders), 412, "API-412");
        JsonObject gewijzigd = Api.ok(Api.json("PUT", dmfi, filomena(arts), Api.etag(gestart), anders));
        assertThat(gewijzigd.getJsonObject("casusregisseur").getString("organisatie")).isEqualTo("FIL");
        assertThat(gewijzigd.getJsonObject("casusregisseur").containsKey("telefoon")).isFalse();
        assertThat(gewijzigd.getString("gestartDoor")).as("wie DMFI startte blijft").isEqualTo("VTRR");
        assertThat(livegebeurtenissen(dossier)).containsSubsequence("DMFI_GEWIJZIGD", "DMFI_GEWIJZIGD");
    }

    @Test
    void tweePartnersWijzigenDeCasusregisseurTegelijkEenWintDeAnderKrijgt412() {
        String vt = uniek("vt.crisis");
        String dmfi = meld(vtCrisis(vt), "CIT-JBRR", "FIL") + "/dmfi";
        String etag = Api.etag(Api.json("PUT", dmfi, vtCrisis(vt), null, REGISSEUR));
        CompletableFuture<HttpResponse<String>> cit = CompletableFuture.supplyAsync(() -> Api.json("PUT", dmfi, cit(uniek("cit")), etag,
                "{\"casusregisseur\":{\"organisatie\":\"CIT-JBRR\",\"naam\":\"C. Itwerker (fictief)\"}}"));
        CompletableFuture<HttpResponse<String>> fil = CompletableFuture.supplyAsync(() -> Api.json("PUT", dmfi, filomena(uniek("filomena")),
                etag, "{\"casusregisseur\":{\"organisatie\":\"FIL\",\"naam\":\"F. Ilomena (fictief)\"}}"));
        List<HttpResponse<String>> antwoorden = new ArrayList<>(List.of(cit.join(), fil.join()));
        assertThat(antwoorden).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 412);
        isProbleem(antwoorden.stream().filter(a -> a.statusCode() == 412).findFirst().orElseThrow(), 412, "API-412");
        JsonObject winnaar = Api.lees(antwoorden.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow());
        JsonObject nu = Api.ok(Api.get(dmfi, vtCrisis(vt)));
        assertThat(nu.getJsonObject("casusregisseur").getString("naam")).as("de eerste wijziging blijft")
                .isEqualTo(winnaar.getJsonObject("casusregisseur").getString("naam"));
        assertThat(nu.getInt("versie")).isEqualTo(winnaar.getInt("versie"));
    }

    @Test
    void eenVerlopenEvaluatiemomentIsVoorElkeMedeEigenaarVerlopenTotIemandHetEenmaalVastlegt() throws SQLException {
        String vt = uniek("vt.crisis");
        String dossier = meld(vtCrisis(vt), "CIT-JBRR", "RVDK-RR", "FIL");
        String momenten = dossier + "/dmfi/evaluatiemomenten";
        String planning = "{\"geplandOp\":\"" + OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(7).withNano(0)
                + "\",\"onderwerp\":\"Eerste evaluatie met alle partners\"}";

        // no review moment before there is a casusregisseur
        isProbleem(Api.json("POST", momenten, vtCrisis(vt), null, planning), 409, "CRS-026");
        Api.ok(Api.json("PUT", dossier + "/dmfi", vtCrisis(vt), null, REGISSEUR));
        isProbleem(Api.json("POST", momenten, vtCrisis(vt), null, "{\"geplandOp\":\"volgende week\",\"onderwerp\":\"\"}"), 400, "CRS-024");
        isProbleem(Api.json("POST", momenten, raad(uniek("raad")), null, planning), 403, "TGN-002");

        String citMedewerker = uniek("cit");
        HttpResponse<String> gepland = Api.json("POST", momenten, cit(citMedewerker), null, planning);
        assertThat(gepland.statusCode()).as(gepland.body()).isEqualTo(201);
        JsonObject moment = Api.lees(gepland);
        assertThat(URI.create(gepland.headers().firstValue("Location").orElseThrow()).getPath())
                .isEqualTo(momenten + "/" + moment.getString("id"));
        assertThat(moment.getString("status")).isEqualTo("GEPLAND");
        assertThat(moment.getString("geplandDoor")).isEqualTo("CIT-JBRR");
        assertThat(moment.getBoolean("verlopen")).isFalse();
        logboekregel(logboekregels(citMedewerker), "crisisdossier.dmfi-regisseren", "TOEGESTAAN", id(dossier));
        String onderzoeker = uniek("raad");
        assertThat(evaluatieTegel(raad(onderzoeker))).isZero();
        assertThat(verlopenLijst(raad(onderzoeker))).doesNotContain(id(dossier));

        // its time passes (moved in the database: the server's clock is not the test's)
        maakVerlopen(moment.getString("id"));
        JsonObject bijDeRaad = Api.ok(Api.get(dossier + "/dmfi", raad(onderzoeker)));
        assertThat(bijDeRaad.getBoolean("evaluatieVerlopen")).isTrue();
        assertThat(bijDeRaad.getJsonArray("evaluatiemomenten").getJsonObject(0).getBoolean("verlopen")).isTrue();
        assertThat(verlopenLijst(raad(onderzoeker))).contains(id(dossier));
        assertThat(evaluatieTegel(raad(onderzoeker))).isEqualTo(1);
        JsonObject samenvatting = samenvatting(vtCrisis(vt), dossier);
        assertThat(samenvatting.getJsonObject("dmfi").getBoolean("evaluatieVerlopen")).isTrue();
        assertThat(samenvatting.getJsonObject("dmfi").getString("casusregisseurOrganisatie")).isEqualTo("CIT-JBRR");

        // recorded once: cancelled needs a reason, then held; a second recording is 409
        String vastlegging = momenten + "/" + moment.getString("id") + "/vastlegging";
        String arts = uniek("filomena");
        isProbleem(Api.json("POST", vastlegging, filomena(arts), null, "{\"uitkomst\":\"VERVALLEN\"}"), 400, "CRS-024");
        JsonObject na = Api.ok(Api.json("POST", vastlegging, filomena(arts), null, "{\"uitkomst\":\"GEHOUDEN\"}"));
        JsonObject vastgelegd = na.getJsonArray("evaluatiemomenten").getJsonObject(0);
        assertThat(vastgelegd.getString("status")).isEqualTo("GEHOUDEN");
        assertThat(vastgelegd.getString("vastgelegdDoor")).isEqualTo("FIL");
        assertThat(vastgelegd.getBoolean("verlopen")).isFalse();
        logboekregel(logboekregels(arts), "crisisdossier.dmfi-regisseren", "TOEGESTAAN", id(dossier));
        isProbleem(Api.json("POST", vastlegging, vtCrisis(vt), null, "{\"uitkomst\":\"VERVALLEN\",\"toelichting\":\"Dubbel.\"}"), 409,
                "CRS-025");
        assertThat(verlopenLijst(raad(onderzoeker))).doesNotContain(id(dossier));
        assertThat(evaluatieTegel(raad(onderzoeker))).isZero();
        // another file's moment is not this file's (the same 404 as a missing id)
        String ander = meld(vtCrisis(vt), "CIT-JBRR");
        isProbleem(Api.json("POST", ander + "/dmfi/evaluatiemomenten/" + moment.getString("id") + "/vastlegging", vtCrisis(vt), null,
                "{\"uitkomst\":\"GEHOUDEN\"}"), 404, "CRS-404");
        // a moment id that is no id is named as the moment, not as the file (which exists)
        HttpResponse<String> geenId = Api.json("POST", momenten + "/geen-id/vastlegging", filomena(arts), null,
                "{\"uitkomst\":\"GEHOUDEN\"}");
        isProbleem(geenId, 404, "CRS-404");
        assertThat(geenId.body()).contains("Dit evaluatiemoment bestaat niet.");
    }

    @Test
    void naSluitingRegisseertNiemandMeer() {
        String vt = uniek("vt.crisis");
        String dossier = meld(vtCrisis(vt), "CIT-JBRR");
        Api.ok(Api.json("PUT", dossier + "/dmfi", vtCrisis(vt), null, REGISSEUR));
        HttpResponse<String> gesloten = Api.json("POST", dossier + "/sluiting", vtCrisis(vt), Api.etag(Api.get(dossier, vtCrisis(vt))),
                "{\"uitkomst\":\"REGULIER\",\"reden\":\"Veilig.\"}");
        assertThat(gesloten.statusCode()).as(gesloten.body()).isEqualTo(200);
        // the co-owners' grants ended: the gate answers first (404); the rule itself (CRS-012) is the domain's
        isProbleem(Api.json("POST", dossier + "/dmfi/evaluatiemomenten", cit(uniek("cit")), null,
                "{\"geplandOp\":\"2026-12-20T10:00:00+01:00\",\"onderwerp\":\"Te laat\"}"), 404, "CRS-404");
    }

    // ---- helpers

    private static JsonObject samenvatting(String token, String dossier) {
        return Api.ok(Api.get(DOSSIERS + "?paginaGrootte=100", token)).getJsonObject("_embedded").getJsonArray("crisisdossiers")
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("id").equals(id(dossier))).findFirst().orElseThrow();
    }

    private static void maakVerlopen(String moment) throws SQLException {
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement(
                "update crisisdossier.dmfi_evaluatiemoment set gepland_op = now() - interval '1 hour' where id = ?::uuid")) {
            s.setString(1, moment);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static List<String> verlopenLijst(String token) {
        return Api.ok(Api.get(DOSSIERS + "?evaluatie=verlopen&paginaGrootte=100", token)).getJsonObject("_embedded")
                .getJsonArray("crisisdossiers").getValuesAs(JsonObject.class).stream().map(d -> d.getString("id")).toList();
    }

    private static long evaluatieTegel(String token) {
        return Api.ok(Api.get("/api/v1/mijn-werk", token)).getJsonArray("tegels").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("evaluatie-verlopen")).findFirst().orElseThrow().getJsonNumber("aantal").longValue();
    }
}
