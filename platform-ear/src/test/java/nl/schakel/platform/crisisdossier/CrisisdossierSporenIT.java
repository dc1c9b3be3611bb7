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
 * The tracks with clocks on the real EAR: the SOF7 investigation recorded as done (and no longer overdue anywhere),
 * and the screening request to Filomena with its status — each allowed and refused step with its logboek row, the
 * Raad seeing that a request exists but not its health question, two Filomena workers at once.
 */
@PlatformIT
@RunAsClient
class CrisisdossierSporenIT {

    static final String CONCLUSIE = "{\"conclusie\":\"Geen aanwijzingen voor voortgezet geweld; gezin in vrijwillig kader (fictief).\"}";
    static final String VRAAG = "Blauwe plekken op de bovenarm van Noor, passend bij vastpakken? (fictief)";

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void hetCitRondtEenVerlopenSof7AfDaarnaIsHetNergensMeerVerlopen() throws SQLException {
        String dossier = meld(vtCrisis(uniek("vt.crisis")), "CIT-JBRR", "RVDK-RR");
        String citMedewerker = uniek("cit");
        String citToken = cit(citMedewerker);
        maakSof7Verlopen(dossier);
        assertThat(verlopenLijst(citToken)).contains(id(dossier));
        long tegelVoor = sof7Tegel(citToken);

        // the Raad contributes, it does not record the crisis teams' investigation as done: refused by the policy, logged
        String onderzoeker = uniek("raad");
        HttpResponse<String> gelezen = Api.get(dossier, citToken);
        String etag = Api.etag(gelezen);
        isProbleem(Api.json("POST", dossier + "/sof7/afronding", raad(onderzoeker), etag, CONCLUSIE), 403, "TGN-002");
        logboekregel(logboekregels(onderzoeker), "crisisdossier.sof7-afronden", "GEWEIGERD", id(dossier));
        // a partner not chosen finds nothing
        String buitenstaander = uniek("filomena");
        isProbleem(Api.json("POST", dossier + "/sof7/afronding", filomena(buitenstaander), etag, CONCLUSIE), 404, "CRS-404");
        logboekregel(logboekregels(buitenstaander), "crisisdossier.sof7-afronden", "GEWEIGERD", id(dossier));
        isProbleem(Api.json("POST", dossier + "/sof7/afronding", citToken, null, CONCLUSIE), 428, "API-428");
        isProbleem(Api.json("POST", dossier + "/sof7/afronding", citToken, "\"999\"", CONCLUSIE), 412, "API-412");
        isProbleem(Api.json("POST", dossier + "/sof7/afronding", citToken, etag, "{\"conclusie\":\" \"}"), 400, "CRS-016");

        HttpResponse<String> afgerond = Api.json("POST", dossier + "/sof7/afronding", citToken, etag, CONCLUSIE);
        JsonObject na = Api.ok(afgerond);
        JsonObject sof7 = na.getJsonObject("sof7");
        assertThat(sof7.getString("afgerondOp")).isNotBlank();
        assertThat(sof7.getString("conclusie")).startsWith("Geen aanwijzingen voor voortgezet geweld");
        assertThat(sof7.getString("afgerondDoor")).isEqualTo("CIT-JBRR");
        assertThat(sof7.getBoolean("verlopen")).isFalse();
        assertThat(Api.etag(afgerond)).isNotEqualTo(etag);
        JsonObject regel = logboekregel(logboekregels(citMedewerker), "crisisdossier.sof7-afronden", "TOEGESTAAN", id(dossier));
        assertThat(regel.getString("toegangReden")).isEqualTo("CRISISPARTNER");

        // every co-owner sees it; no longer overdue in the list filter or on Mijn werk
        assertThat(Api.ok(Api.get(dossier, raad(uniek("raad")))).getJsonObject("sof7").getString("conclusie")).contains("vrijwillig kader");
        assertThat(verlopenLijst(citToken)).doesNotContain(id(dossier));
        assertThat(sof7Tegel(citToken)).isEqualTo(tegelVoor - 1);
        assertThat(livegebeurtenissen(dossier)).contains("SOF7_AFGEROND");

        // once: a second recording is 409 CRS-015, whatever version it names
        isProbleem(Api.json("POST", dossier + "/sof7/afronding", vtCrisis(uniek("vt.crisis")), Api.etag(afgerond), CONCLUSIE), 409, "CRS-015");
    }

    @Test
    void sof7AfrondenZonderGestarteSof7OfInEenGeslotenDossierIs409() {
        HttpResponse<String> gemeld = Api.json("POST", MELDINGEN, vtCrisis(uniek("vt.crisis")), null,
                melding("CIT-JBRR").replace("\"sof7\":true", "\"sof7\":false"));
        assertThat(gemeld.statusCode()).as(gemeld.body()).isEqualTo(201);
        String zonder = URI.create(gemeld.headers().firstValue("Location").orElseThrow()).getPath();
        String citToken = cit(uniek("cit"));
        isProbleem(Api.json("POST", zonder + "/sof7/afronding", citToken, Api.etag(Api.get(zonder, citToken)), CONCLUSIE), 409, "CRS-014");

        // closed: the co-owners' grants ended, so the gate answers first (404); the rule itself (CRS-012) is the domain's
        String vt = uniek("vt.crisis");
        String dossier = meld(vtCrisis(vt), "CIT-JBRR");
        HttpResponse<String> gesloten = Api.json("POST", dossier + "/sluiting", vtCrisis(vt), Api.etag(Api.get(dossier, vtCrisis(vt))),
                "{\"uitkomst\":\"REGULIER\",\"reden\":\"Veilig.\"}");
        assertThat(gesloten.statusCode()).as(gesloten.body()).isEqualTo(200);
        isProbleem(Api.json("POST", dossier + "/sof7/afronding", vtCrisis(vt), Api.etag(gesloten), CONCLUSIE), 404, "CRS-404");
    }

    @Test
    void eenScreeningsverzoekAanFilomenaDeRaadZietHetEnDeStatusNietDeVraag() throws SQLException {
        String vt = uniek("vt.crisis");
        String dossier = meld(vtCrisis(vt), "CIT-JBRR", "RVDK-RR", "FIL");
        String verzoeken = dossier + "/screeningsverzoeken";

        isProbleem(Api.json("POST", verzoeken, vtCrisis(vt), null, "{\"soort\":\"RONTGEN\",\"vraag\":\"\"}"), 400, "CRS-017");
        // Filomena does not ask itself: refused by the policy, logged
        String arts = uniek("filomena");
        isProbleem(Api.json("POST", verzoeken, filomena(arts), null, aanvraag()), 403, "TGN-002");
        logboekregel(logboekregels(arts), "crisisdossier.screening-aanvragen", "GEWEIGERD", id(dossier));

        HttpResponse<String> gevraagd = Api.json("POST", verzoeken, vtCrisis(vt), null, aanvraag());
        assertThat(gevraagd.statusCode()).as(gevraagd.body()).isEqualTo(201);
        JsonObject verzoek = Api.lees(gevraagd);
        String pad = URI.create(gevraagd.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(pad).isEqualTo(verzoeken + "/" + verzoek.getString("id"));
        assertThat(verzoek.getString("status")).isEqualTo("AANGEVRAAGD");
        assertThat(verzoek.getString("uitvoerder")).isEqualTo("FIL");
        assertThat(verzoek.getString("aangevraagdDoor")).isEqualTo("VTRR");
        assertThat(verzoek.getString("vraag")).isEqualTo(VRAAG);
        assertThat(verzoek.getBoolean("spoed")).isTrue();
        logboekregel(logboekregels(vt), "crisisdossier.screening-aanvragen", "TOEGESTAAN", id(dossier));
        // Filomena hears it through the feed too, alone, without the question: the file is the subject
        assertThat(feed(dossier, "nl.schakel.crisisdossier.screening-gevraagd")).containsExactly(
                "/crisisdossiers/" + id(dossier) + " {FIL} {VTRR}");

        // the Raad (no GEZONDHEID in a crisis) sees that a request exists and where it stands, not the question
        String onderzoeker = uniek("raad");
        JsonObject bijDeRaad = enige(Api.ok(Api.get(verzoeken, raad(onderzoeker))));
        assertThat(bijDeRaad.getString("status")).isEqualTo("AANGEVRAAGD");
        assertThat(zonderVraag(bijDeRaad)).isTrue();
        assertThat(bijDeRaad.getBoolean("vraagAchtergehouden")).isTrue();
        assertThat(Api.get(verzoeken, raad(onderzoeker)).body()).doesNotContain("Blauwe plekken");
        assertThat(zonderVraag(Api.ok(Api.get(pad, raad(onderzoeker))))).isTrue();
        logboekregel(logboekregels(onderzoeker), "crisisdossier.screening-lezen", "TOEGESTAAN", id(dossier));
        // the CIT and Filomena do read it
        assertThat(enige(Api.ok(Api.get(verzoeken, cit(uniek("cit"))))).getString("vraag")).isEqualTo(VRAAG);
        assertThat(enige(Api.ok(Api.get(verzoeken, filomena(arts)))).getString("vraag")).isEqualTo(VRAAG);
        // the Raad may ask too, and reads its own question
        HttpResponse<String> vanDeRaad = Api.json("POST", verzoeken, raad(onderzoeker), null, aanvraag().replace("FORENSISCH_MEDISCH", "FORENSISCH"));
        assertThat(vanDeRaad.statusCode()).as(vanDeRaad.body()).isEqualTo(201);
        List<JsonObject> lijst = Api.ok(Api.get(verzoeken, raad(onderzoeker))).getJsonArray("screeningsverzoeken").getValuesAs(JsonObject.class);
        assertThat(lijst).extracting(v -> v.getBoolean("vraagAchtergehouden")).containsExactly(true, false);

        // a partner not chosen finds nothing
        String wijkteamer = uniek("wt");
        isProbleem(Api.get(verzoeken, wijkteam(wijkteamer)), 404, "CRS-404");
        logboekregel(logboekregels(wijkteamer), "crisisdossier.screening-lezen", "GEWEIGERD", id(dossier));

        // only Filomena moves the status: Veilig Thuis is refused by the policy, logged, and nothing changed
        String statuspad = pad + "/status";
        String ingepland = "{\"status\":\"INGEPLAND\",\"gepland\":\"2026-12-03T09:30:00Z\"}";
        isProbleem(Api.json("PUT", statuspad, vtCrisis(vt), Api.etag(gevraagd), ingepland), 403, "TGN-002");
        logboekregel(logboekregels(vt), "crisisdossier.screening-wijzigen", "GEWEIGERD", verzoek.getString("id"));
        isProbleem(Api.json("PUT", statuspad, filomena(arts), null, ingepland), 428, "API-428");
        isProbleem(Api.json("PUT", statuspad, filomena(arts), Api.etag(gevraagd), "{\"status\":\"INGEPLAND\"}"), 400, "CRS-017");
        isProbleem(Api.json("PUT", statuspad, filomena(arts), Api.etag(gevraagd), "{\"status\":\"UITGEVOERD\"}"), 409, "CRS-019");
        HttpResponse<String> gepland = Api.json("PUT", statuspad, filomena(arts), Api.etag(gevraagd), ingepland);
        JsonObject na = Api.ok(gepland);
        assertThat(na.getString("status")).isEqualTo("INGEPLAND");
        assertThat(na.getString("gepland")).isEqualTo("2026-12-03T09:30:00Z");
        assertThat(na.getString("gewijzigdDoor")).isEqualTo("FIL");
        logboekregel(logboekregels(arts), "crisisdossier.screening-wijzigen", "TOEGESTAAN", verzoek.getString("id"));
        HttpResponse<String> afgewezen = Api.json("PUT", statuspad, filomena(arts), Api.etag(gepland),
                "{\"status\":\"AFGEWEZEN\",\"reden\":\"Al gezien door de huisarts (fictief).\"}");
        assertThat(Api.ok(afgewezen).getString("afwijzingsreden")).contains("huisarts");
        JsonObject bijDeRaadNa = Api.ok(Api.get(verzoeken, raad(onderzoeker))).getJsonArray("screeningsverzoeken").getValuesAs(JsonObject.class).get(0);
        assertThat(bijDeRaadNa.getString("status")).as("de Raad ziet de status").isEqualTo("AFGEWEZEN");

        assertThat(livegebeurtenissen(dossier)).containsSubsequence("SCREENING_GEVRAAGD", "SCREENING_GEVRAAGD", "SCREENING_GEWIJZIGD",
                "SCREENING_GEWIJZIGD");
        // another file's request is not this file's (the same 404 as a missing id)
        String ander = meld(vtCrisis(vt), "FIL");
        isProbleem(Api.json("PUT", ander + "/screeningsverzoeken/" + verzoek.getString("id") + "/status", filomena(arts),
                Api.etag(afgewezen), ingepland), 404, "CRS-404");
    }

    @Test
    void zonderFilomenaAlsPartnerGeenScreeningsverzoek() throws SQLException {
        String vt = uniek("vt.crisis");
        String dossier = meld(vtCrisis(vt), "CIT-JBRR");
        JsonObject fout = isProbleem(Api.json("POST", dossier + "/screeningsverzoeken", vtCrisis(vt), null, aanvraag()), 409, "CRS-018");
        assertThat(fout.getString("detail", fout.getString("title", ""))).contains("Filomena");
        assertThat(Api.ok(Api.get(dossier + "/screeningsverzoeken", vtCrisis(vt))).getJsonArray("screeningsverzoeken")).isEmpty();
    }

    @Test
    void tweeFilomenaMedewerkersWijzigenTegelijkEenWintDeAnderKrijgt412EnNietsGaatVerloren() {
        String dossier = meld(vtCrisis(uniek("vt.crisis")), "CIT-JBRR", "FIL");
        HttpResponse<String> gevraagd = Api.json("POST", dossier + "/screeningsverzoeken", cit(uniek("cit")), null, aanvraag());
        assertThat(gevraagd.statusCode()).as(gevraagd.body()).isEqualTo(201);
        String pad = URI.create(gevraagd.headers().firstValue("Location").orElseThrow()).getPath();
        String etag = Api.etag(gevraagd);
        CompletableFuture<HttpResponse<String>> plannen = CompletableFuture.supplyAsync(() -> Api.json("PUT", pad + "/status",
                filomena(uniek("filomena")), etag, "{\"status\":\"INGEPLAND\",\"gepland\":\"2026-12-03T09:30:00Z\"}"));
        CompletableFuture<HttpResponse<String>> afwijzen = CompletableFuture.supplyAsync(() -> Api.json("PUT", pad + "/status",
                filomena(uniek("filomena")), etag, "{\"status\":\"AFGEWEZEN\",\"reden\":\"Geen letsel meer zichtbaar (fictief).\"}"));
        List<HttpResponse<String>> antwoorden = new ArrayList<>(List.of(plannen.join(), afwijzen.join()));
        assertThat(antwoorden).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 412);
        isProbleem(antwoorden.stream().filter(a -> a.statusCode() == 412).findFirst().orElseThrow(), 412, "API-412");
        JsonObject winnaar = Api.lees(antwoorden.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow());
        JsonObject nu = Api.ok(Api.get(pad, cit(uniek("cit"))));
        assertThat(nu.getString("status")).as("de eerste wijziging blijft").isEqualTo(winnaar.getString("status"));
        assertThat(nu.getInt("versie")).isEqualTo(winnaar.getInt("versie"));
    }

    // ---- helpers

    /** The feed's events of this type for the file: subject path, receivers, owners (nothing else is in a row). */
    private static List<String> feed(String dossier, String type) throws SQLException {
        List<String> regels = new ArrayList<>();
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement("select onderwerp_pad,"
                + " ontvangers::text, eigenaren::text from gebeurtenis.gebeurtenis where onderwerp_id = ?::uuid and type = ?")) {
            s.setString(1, id(dossier));
            s.setString(2, type);
            try (java.sql.ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    regels.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
                }
            }
        }
        return regels;
    }

    private static String aanvraag() {
        return "{\"soort\":\"FORENSISCH_MEDISCH\",\"vraag\":\"" + VRAAG + "\",\"spoed\":true}";
    }

    /** JSON-B leaves a null member out: no question, in whatever way. */
    private static boolean zonderVraag(JsonObject verzoek) {
        return !verzoek.containsKey("vraag") || verzoek.isNull("vraag");
    }

    private static JsonObject enige(JsonObject lijst) {
        List<JsonObject> verzoeken = lijst.getJsonArray("screeningsverzoeken").getValuesAs(JsonObject.class);
        assertThat(verzoeken).hasSize(1);
        return verzoeken.get(0);
    }

    private static void maakSof7Verlopen(String dossier) throws SQLException {
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement(
                "update crisisdossier.crisisdossier set sof7_gestart_op = now() - interval '8 days' where id = ?::uuid")) {
            s.setString(1, id(dossier));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static List<String> verlopenLijst(String token) {
        return Api.ok(Api.get(DOSSIERS + "?sof7=verlopen&paginaGrootte=100", token)).getJsonObject("_embedded")
                .getJsonArray("crisisdossiers").getValuesAs(JsonObject.class).stream().map(d -> d.getString("id")).toList();
    }

    private static long sof7Tegel(String token) {
        return Api.ok(Api.get("/api/v1/mijn-werk", token)).getJsonArray("tegels").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("sof7-verlopen")).findFirst().orElseThrow().getJsonNumber("aantal").longValue();
    }
}
