package nl.schakel.platform.crisisdossier;

import static nl.schakel.platform.Logboekcontrole.*;
import static nl.schakel.platform.Probleemcontrole.isProbleem;
import static nl.schakel.platform.crisisdossier.Crisisdossiers.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.PlatformOmgeving;
import nl.schakel.platform.TestTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The joint crisis file on the real EAR: the melding and its co-owners, the entries per category and their versions,
 * the tasks under concurrent change, closure and break-glass. Each refusal with its logboek row.
 */
@PlatformIT
@RunAsClient
class CrisisdossierIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void eenMeldingMaaktHetDossierMetDeGekozenPartnersAlsMedeEigenaarEnMeldtHetHunViaDeFeed() throws SQLException {
        String melder = uniek("vt.crisis");
        String citMedewerker = uniek("cit");
        String buitenstaander = uniek("filomena");
        String dossier = meld(vtCrisis(melder), "CIT-JBRR", "RVDK-RR");
        String id = id(dossier);

        JsonObject gelezen = Api.ok(Api.get(dossier, cit(citMedewerker)));
        assertThat(gelezen.getString("status")).isEqualTo("OPEN");
        assertThat(gelezen.getString("initiatiefnemer")).isEqualTo("VTRR");
        assertThat(gelezen.getString("herkenning")).isEqualTo("Familie Fictief-Jansen — Noor (2019)");
        assertThat(gelezen.getJsonArray("partners").getValuesAs(JsonObject.class).stream().map(p -> p.getString("organisatieCode")))
                .containsExactly("CIT-JBRR", "RVDK-RR", "VTRR");
        assertThat(gelezen.getJsonArray("betrokkenen")).hasSize(2);
        assertThat(gelezen.toString()).as("nooit een BSN terug").doesNotContain("bsn");
        JsonObject sof7 = gelezen.getJsonObject("sof7");
        assertThat(Duration.between(Instant.parse(sof7.getString("gestartOp")), Instant.parse(sof7.getString("uiterlijk"))))
                .isEqualTo(Duration.ofDays(7));
        assertThat(sof7.getBoolean("verlopen")).isFalse();
        assertThat(gelezen.getJsonObject("toegang").getString("reden")).isEqualTo("CRISISPARTNER");
        JsonObject melding = logboekregel(logboekregels(melder), "crisisdossier.melden", "TOEGESTAAN", id);
        assertThat(melding.getJsonArray("betrokkenen")).hasSize(2);
        JsonObject lezen = logboekregel(logboekregels(citMedewerker), "crisisdossier.lezen", "TOEGESTAAN", id);
        assertThat(lezen.getString("toegangReden")).isEqualTo("CRISISPARTNER");

        // Filomena was not chosen, a wijkteam has no part in crises: for both the file does not exist (no grant comes
        // before the role, so nobody learns that a file exists), each refusal logged
        isProbleem(Api.get(dossier, filomena(buitenstaander)), 404, "CRS-404");
        logboekregel(logboekregels(buitenstaander), "crisisdossier.lezen", "GEWEIGERD", id);
        String wijkteamer = uniek("wt");
        isProbleem(Api.get(dossier, wijkteam(wijkteamer)), 404, "CRS-404");
        logboekregel(logboekregels(wijkteamer), "crisisdossier.lezen", "GEWEIGERD", id);
        isProbleem(Api.get(DOSSIERS, wijkteam(wijkteamer)), 403, "TGN-002");

        // the partners hear of it through the feed: ids and codes only
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement("select type, onderwerp_pad,"
                + " ontvangers::text, eigenaren::text from gebeurtenis.gebeurtenis where onderwerp_id = ?::uuid")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("nl.schakel.crisisdossier.gestart");
                assertThat(r.getString(2)).isEqualTo("/crisisdossiers/" + id);
                assertThat(r.getString(3)).isEqualTo("{CIT-JBRR,RVDK-RR}");
                assertThat(r.getString(4)).isEqualTo("{VTRR}");
                assertThat(r.next()).isFalse();
            }
        }

        // "Mijn crises": the CIT lists it
        JsonObject lijst = Api.ok(Api.get(DOSSIERS + "?status=OPEN&paginaGrootte=100", cit(citMedewerker)));
        assertThat(lijst.getJsonObject("_embedded").getJsonArray("crisisdossiers").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("id").equals(id)).findFirst().orElseThrow().getString("herkenning"))
                .isEqualTo("Familie Fictief-Jansen — Noor (2019)");
    }

    @Test
    void eenOngeldigeMeldingNoemtElkVeldEnSchrijftNiets() throws SQLException {
        long voor = aantalDossiers();
        JsonObject fout = isProbleem(Api.json("POST", MELDINGEN, vtCrisis(uniek("vt.crisis")), null,
                "{\"watIsErGebeurd\":\"\",\"betrokkenen\":[{\"rol\":\"BUURMAN\",\"voornaam\":\"A\",\"achternaam\":\"B\","
                        + "\"bsn\":\"123456789\"}],\"partners\":[],\"sof7\":false}"), 400, "CRS-001");
        assertThat(fout.getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")))
                .contains("watIsErGebeurd", "directeVeiligheid", "betrokkenen[0].rol", "betrokkenen[0].bsn");
        isProbleem(Api.json("POST", MELDINGEN, vtCrisis(uniek("vt.crisis")), null, melding("WT-RDAM-FEIJ")), 400, "CRS-002");
        isProbleem(Api.json("POST", MELDINGEN, wijkteam(uniek("wt")), null, melding()), 403, "TGN-002");
        assertThat(aantalDossiers()).isEqualTo(voor);
    }

    @Test
    void aantekeningenPerCategorieMetVersiesEnIntrekkingAlleenDoorDeAuteur() {
        String dossier = meld(vtCrisis(uniek("vt.crisis")), "CIT-JBRR", "RVDK-RR", "FIL");
        String arts = uniek("filomena");
        String onderzoeker = uniek("raad");
        JsonObject bevinding = schrijf(filomena(arts), dossier, "OBSERVATIE", "GEZONDHEID",
                "Forensisch-medisch: blauwe plekken op de bovenarm, passend bij vastpakken (fictief).");
        String pad = dossier + "/aantekeningen/" + bevinding.getString("id");
        assertThat(bevinding.getInt("versie")).isEqualTo(1);
        assertThat(bevinding.getString("organisatieCode")).isEqualTo("FIL");

        // the CIT sees Filomena's medical finding; the Raad's grant does not carry GEZONDHEID
        JsonObject citTijdlijn = Api.ok(Api.get(dossier + "/aantekeningen", cit(uniek("cit"))));
        assertThat(citTijdlijn.getJsonArray("aantekeningen")).hasSize(1);
        assertThat(citTijdlijn.getJsonArray("achtergehouden")).isEmpty();
        JsonObject raadTijdlijn = Api.ok(Api.get(dossier + "/aantekeningen", raad(onderzoeker)));
        assertThat(raadTijdlijn.getJsonArray("aantekeningen")).isEmpty();
        assertThat(raadTijdlijn.getJsonArray("achtergehouden").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactly("GEZONDHEID");
        assertThat(raadTijdlijn.toString()).doesNotContain("blauwe plekken");
        isProbleem(Api.get(pad, raad(onderzoeker)), 404, "CRS-404");
        logboekregel(logboekregels(onderzoeker), "crisisdossier.aantekening-lezen", "GEWEIGERD", bevinding.getString("id"));

        // only the author corrects; a correction is a new version and the old one stays
        String etag = "\"1\"";
        String correctie = "{\"soort\":\"OBSERVATIE\",\"categorie\":\"GEZONDHEID\",\"tekst\":\"Blauwe plekken op beide bovenarmen (fictief).\"}";
        String anderen = uniek("cit");
        isProbleem(Api.json("POST", pad + "/correcties", cit(anderen), etag, correctie), 403, "CRS-010");
        isProbleem(Api.json("POST", pad + "/intrekking", cit(anderen), null, "{}"), 403, "CRS-010");
        logboekregel(logboekregels(anderen), "crisisdossier.aantekening-corrigeren", "GEWEIGERD", bevinding.getString("id"));
        isProbleem(Api.json("POST", pad + "/correcties", filomena(arts), null, correctie), 428, "API-428");
        HttpResponse<String> gecorrigeerd = Api.json("POST", pad + "/correcties", filomena(arts), etag, correctie);
        assertThat(Api.ok(gecorrigeerd).getInt("versie")).isEqualTo(2);
        isProbleem(Api.json("POST", pad + "/correcties", filomena(arts), etag, correctie), 412, "API-412");
        List<JsonObject> versies = Api.ok(Api.get(pad + "/versies", cit(uniek("cit")))).getJsonArray("versies").getValuesAs(JsonObject.class);
        assertThat(versies).extracting(v -> v.getInt("versie")).containsExactly(1, 2);
        assertThat(versies.get(0).getString("tekst")).contains("bovenarm, passend");
        assertThat(versies.get(1).getString("tekst")).contains("beide bovenarmen");

        // withdrawn: it says so, the history stays, no more corrections
        isProbleem(Api.json("POST", pad + "/intrekking", filomena(arts), Api.etag(gecorrigeerd), "{}"), 400, "CRS-003");
        JsonObject ingetrokken = Api.ok(Api.json("POST", pad + "/intrekking", filomena(arts), Api.etag(gecorrigeerd),
                "{\"reden\":\"Bij het verkeerde gezin geschreven.\"}"));
        assertThat(ingetrokken.getString("status")).isEqualTo("INGETROKKEN");
        assertThat(ingetrokken.getString("intrekkingsreden")).isEqualTo("Bij het verkeerde gezin geschreven.");
        isProbleem(Api.json("POST", pad + "/correcties", filomena(arts), "\"3\"", correctie), 409, "CRS-011");
        assertThat(Api.ok(Api.get(pad + "/versies", filomena(arts))).getJsonArray("versies")).hasSize(2);
        isProbleem(Api.json("POST", dossier + "/aantekeningen", filomena(arts), null,
                "{\"soort\":\"RODDEL\",\"categorie\":\"MELDER\",\"tekst\":\"\"}"), 400, "CRS-003");
    }

    @Test
    void tweePartnersWijzigenDezelfdeTaakTegelijkEenWintDeAnderKrijgt412EnNietsGaatVerloren() {
        String dossier = meld(vtCrisis(uniek("vt.crisis")), "CIT-JBRR");
        HttpResponse<String> nieuw = Api.json("POST", dossier + "/taken", cit(uniek("cit")), null,
                taak("CIT-JBRR", "Huisbezoek vannacht", null));
        assertThat(nieuw.statusCode()).as(nieuw.body()).isEqualTo(201);
        String pad = dossier + "/taken/" + Api.lees(nieuw).getString("id");
        String etag = Api.etag(nieuw);

        CompletableFuture<HttpResponse<String>> vt = CompletableFuture.supplyAsync(() -> Api.json("PUT", pad,
                vtCrisis(uniek("vt.crisis")), etag, taak("VTRR", "Huisbezoek door Veilig Thuis", "OPEN")));
        CompletableFuture<HttpResponse<String>> cit = CompletableFuture.supplyAsync(() -> Api.json("PUT", pad,
                cit(uniek("cit")), etag, taak("CIT-JBRR", "Huisbezoek door het CIT", "ONDERWEG")));
        List<HttpResponse<String>> antwoorden = List.of(vt.join(), cit.join());
        assertThat(antwoorden).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 412);
        HttpResponse<String> winnaar = antwoorden.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow();
        isProbleem(antwoorden.stream().filter(a -> a.statusCode() == 412).findFirst().orElseThrow(), 412, "API-412");
        JsonObject bewaard = Api.lees(winnaar);
        JsonObject taken = Api.ok(Api.get(dossier + "/taken", cit(uniek("cit"))));
        JsonObject taak = taken.getJsonArray("taken").getJsonObject(0);
        assertThat(taak.getString("omschrijving")).as("de winnaar is bewaard").isEqualTo(bewaard.getString("omschrijving"));
        assertThat(taak.getInt("versie")).isEqualTo(2);
        JsonObject inDeLijst = Api.ok(Api.get(DOSSIERS + "?paginaGrootte=100", cit(uniek("cit")))).getJsonObject("_embedded")
                .getJsonArray("crisisdossiers").getValuesAs(JsonObject.class).stream().filter(d -> dossier.endsWith(d.getString("id")))
                .findFirst().orElseThrow();
        assertThat(inDeLijst.getInt("openTaken")).isEqualTo(1);
        assertThat(inDeLijst.getString("gaatErheen")).as("wie gaat erheen, in één oogopslag").isEqualTo(taak.getString("organisatieCode"));

        isProbleem(Api.json("PUT", pad, cit(uniek("cit")), Api.etag(winnaar), taak("FIL", "Screening", "OPEN")), 400, "CRS-004");
    }

    @Test
    void sluitenBeeindigtDeToegangVanElkePartnerElkeOrganisatieHoudtHaarEigenAantekeningen() {
        String vt = uniek("vt.crisis");
        String arts = uniek("filomena");
        String dossier = meld(vtCrisis(vt), "CIT-JBRR", "RVDK-RR", "FIL");
        JsonObject eigen = schrijf(filomena(arts), dossier, "BEOORDELING", "GEZONDHEID", "Geen acuut medisch letsel (fictief).");
        JsonObject vanVt = schrijf(vtCrisis(vt), dossier, "BESLUIT", "VEILIGHEID", "Veiligheidsplan: moeder en kinderen bij oma (fictief).");
        HttpResponse<String> gelezen = Api.get(dossier, cit(uniek("cit")));
        String etag = Api.etag(gelezen);

        isProbleem(Api.json("POST", dossier + "/sluiting", raad(uniek("raad")), etag,
                "{\"uitkomst\":\"REGULIER\",\"reden\":\"Veilig.\"}"), 403, "TGN-002");
        isProbleem(Api.json("POST", dossier + "/sluiting", cit(uniek("cit")), etag, "{\"uitkomst\":\"WEG\"}"), 400, "CRS-005");
        JsonObject gesloten = Api.ok(Api.json("POST", dossier + "/sluiting", cit(uniek("cit")), etag,
                "{\"uitkomst\":\"REGULIER\",\"reden\":\"Veiligheid hersteld; verder in het reguliere hulpverleningstraject.\"}"));
        assertThat(gesloten.getString("status")).isEqualTo("GESLOTEN");
        assertThat(gesloten.getJsonObject("gesloten").getString("uitkomst")).isEqualTo("REGULIER");

        isProbleem(Api.get(dossier, vtCrisis(vt)), 404, "CRS-404");
        logboekregel(logboekregels(vt), "crisisdossier.lezen", "GEWEIGERD", id(dossier));
        JsonObject nogEigen = Api.ok(Api.get(dossier + "/aantekeningen/" + eigen.getString("id"), filomena(arts)));
        assertThat(nogEigen.getString("tekst")).contains("Geen acuut medisch letsel");
        JsonObject regel = logboekregel(logboekregels(arts), "crisisdossier.aantekening-lezen", "TOEGESTAAN", eigen.getString("id"));
        assertThat(regel.getString("toegangReden")).isEqualTo("EIGENAAR");
        isProbleem(Api.get(dossier + "/aantekeningen/" + vanVt.getString("id"), filomena(arts)), 404, "CRS-404");
        assertThat(Api.ok(Api.get(dossier + "/aantekeningen/" + vanVt.getString("id"), vtCrisis(vt))).getString("status"))
                .isEqualTo("GELDIG");
    }

    @Test
    void deGezamenlijkeVeiligheidsbeoordelingElkeOrganisatieHaarEigenDeelMetVersiesEnHetErnstigsteOordeel() throws SQLException {
        String vt = uniek("vt.crisis");
        String citMedewerker = uniek("cit");
        String dossier = meld(vtCrisis(vt), "CIT-JBRR", "RVDK-RR");
        String deelCit = "{\"oordeel\":\"ACUUT_ONVEILIG\",\"risicofactoren\":[\"Vader dreigt terug te komen (fictief).\"],"
                + "\"beschermendeFactoren\":[\"Oma vangt de kinderen op (fictief).\"],"
                + "\"afspraken\":[\"Kinderen slapen bij oma tot de zitting (fictief).\"]}";

        HttpResponse<String> eerste = Api.json("PUT", dossier + "/veiligheid/CIT-JBRR", cit(citMedewerker), null, deelCit);
        JsonObject na = Api.ok(eerste);
        assertThat(Api.etag(eerste)).isEqualTo("\"1\"");
        assertThat(na.getString("oordeel")).isEqualTo("ACUUT_ONVEILIG");
        logboekregel(logboekregels(citMedewerker), "crisisdossier.veiligheid-bijdragen", "TOEGESTAAN", id(dossier));

        // another organisation's part: refused before anything else, logged; a later change needs the part's version
        isProbleem(Api.json("PUT", dossier + "/veiligheid/VTRR", cit(citMedewerker), null, deelCit), 403, "CRS-022");
        logboekregel(logboekregels(citMedewerker), "crisisdossier.veiligheid-bijdragen", "GEWEIGERD", id(dossier));
        isProbleem(Api.json("PUT", dossier + "/veiligheid/CIT-JBRR", cit(citMedewerker), null, deelCit), 428, "API-428");
        isProbleem(Api.json("PUT", dossier + "/veiligheid/CIT-JBRR", cit(citMedewerker), "\"1\"", "{\"oordeel\":\"MWAH\"}"),
                400, "CRS-021");
        Api.ok(Api.json("PUT", dossier + "/veiligheid/CIT-JBRR", cit(citMedewerker), "\"1\"",
                deelCit.replace("ACUUT_ONVEILIG", "ONVEILIG")));
        isProbleem(Api.json("PUT", dossier + "/veiligheid/CIT-JBRR", cit(uniek("cit")), "\"1\"", deelCit), 412, "API-412");

        // Veilig Thuis judges it safer; the joint judgement stays the most severe
        JsonObject samen = Api.ok(Api.json("PUT", dossier + "/veiligheid/VTRR", vtCrisis(vt), null,
                "{\"oordeel\":\"VOORLOPIG_VEILIG\",\"afspraken\":[\"Huisverbod van tien dagen (fictief).\"]}"));
        assertThat(samen.getString("oordeel")).isEqualTo("ONVEILIG");
        assertThat(samen.getJsonArray("bijdragen").getValuesAs(JsonObject.class).stream().map(b -> b.getString("organisatieCode")))
                .containsExactly("CIT-JBRR", "VTRR");

        // the Raad reads both parts (VEILIGHEID); an organisation without a grant and a partner not chosen find nothing
        JsonObject bijRaad = Api.ok(Api.get(dossier + "/veiligheid", raad(uniek("raad"))));
        assertThat(bijRaad.getBoolean("achtergehouden")).isFalse();
        assertThat(bijRaad.getJsonArray("bijdragen").getJsonObject(0).getJsonArray("afspraken").getString(0)).contains("oma");
        isProbleem(Api.get(dossier + "/veiligheid", wijkteam(uniek("wt.feijenoord"))), 404, "CRS-404");
        isProbleem(Api.json("PUT", dossier + "/veiligheid/FIL", filomena(uniek("filomena")), null, deelCit), 404, "CRS-404");

        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement(
                "select count(*) from crisisdossier.veiligheidsbijdrage_versie v join crisisdossier.veiligheidsbijdrage b"
                        + " on b.id = v.bijdrage_id where b.crisisdossier_id = ?::uuid and b.organisatie_code = 'CIT-JBRR'")) {
            s.setString(1, id(dossier));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertThat(r.getInt(1)).as("elke versie bewaard, niets overschreven").isEqualTo(2);
            }
        }

        // the afschaling carries the joint plan into Veilig Thuis's concept, each agreement with its organisation
        String etag = Api.etag(Api.get(dossier, vtCrisis(vt)));
        JsonObject gesloten = Api.ok(Api.json("POST", dossier + "/sluiting", vtCrisis(vt), etag,
                "{\"uitkomst\":\"OVERDRACHT\",\"reden\":\"Verder via het wijkteam.\"}"));
        JsonObject concept = Api.ok(Api.get("/api/v1/overdrachten/" + gesloten.getJsonObject("gesloten").getString("overdrachtId"),
                TestTokens.voor(uniek("vt.procesregisseur"), "VTRR", "procesregisseur"))).getJsonObject("inhoud");
        assertThat(concept.getJsonArray("veiligheidsvoorwaarden").toString()).contains("Kinderen slapen bij oma").contains("Huisverbod");
        assertThat(concept.getJsonArray("beschermendeFactoren").getString(0)).contains("Oma vangt de kinderen op");
    }

    @Test
    void afschalingGeeftVeiligThuisEenVoorgevuldConceptDatHetNaarEenWijkteamStuurt() {
        String vt = uniek("vt.crisis");
        String arts = uniek("filomena");
        String dossier = meld(vtCrisis(vt), "CIT-JBRR", "FIL");
        schrijf(filomena(arts), dossier, "OBSERVATIE", "GEZONDHEID", "Blauwe plekken op de bovenarm van moeder (fictief).");
        schrijf(cit(uniek("cit")), dossier, "OBSERVATIE", "VEILIGHEID", "Kinderen angstig, slapen bij oma (fictief).");
        schrijf(vtCrisis(vt), dossier, "BESLUIT", "VEILIGHEID", "Vader houdt zich aan het huisverbod van tien dagen (fictief).");
        HttpResponse<String> gelezen = Api.get(dossier, vtCrisis(vt));
        String etag = Api.etag(gelezen);
        List<String> betrokkenen = Api.lees(gelezen).getJsonArray("betrokkenen").getValuesAs(JsonObject.class).stream()
                .map(b -> b.getString("id")).toList();
        String afschaling = "{\"uitkomst\":\"OVERDRACHT\",\"reden\":\"Acute onveiligheid voorbij; verder via het wijkteam.\"}";

        // the CIT may close, not scale down to Veilig Thuis's overdracht: refused by the policy, logged
        String citMedewerker = uniek("cit");
        isProbleem(Api.json("POST", dossier + "/sluiting", cit(citMedewerker), etag, afschaling), 403, "TGN-002");
        logboekregel(logboekregels(citMedewerker), "crisisdossier.afschalen", "GEWEIGERD", id(dossier));
        isProbleem(Api.json("POST", dossier + "/sluiting", vtCrisis(vt), etag, "{\"uitkomst\":\"OVERDRACHT\"}"), 400, "CRS-005");
        assertThat(Api.ok(Api.get(dossier, vtCrisis(vt))).getString("status")).as("niets gemaakt, niets gesloten").isEqualTo("OPEN");

        JsonObject gesloten = Api.ok(Api.json("POST", dossier + "/sluiting", vtCrisis(vt), etag, afschaling));
        assertThat(gesloten.getString("status")).isEqualTo("GESLOTEN");
        assertThat(gesloten.getJsonObject("gesloten").getString("uitkomst")).isEqualTo("OVERDRACHT");
        String overdracht = "/api/v1/overdrachten/" + gesloten.getJsonObject("gesloten").getString("overdrachtId");
        logboekregel(logboekregels(vt), "crisisdossier.afschalen", "TOEGESTAAN", id(dossier));
        logboekregel(logboekregels(vt), "overdracht.opstellen", "TOEGESTAAN", id(overdracht));

        // a procesregisseur of Veilig Thuis finds the concept pre-filled: the same persons, what VT's grant showed
        String procesregisseur = uniek("vt.procesregisseur");
        HttpResponse<String> concept = Api.get(overdracht, TestTokens.voor(procesregisseur, "VTRR", "procesregisseur"));
        JsonObject voorgevuld = Api.ok(concept);
        assertThat(voorgevuld.getString("status")).isEqualTo("CONCEPT");
        assertThat(voorgevuld.getString("eigenaarOrganisatie")).isEqualTo("VTRR");
        JsonObject inhoud = voorgevuld.getJsonObject("inhoud");
        assertThat(inhoud.getJsonArray("betrokkenen").getValuesAs(JsonObject.class).stream().map(b -> b.getString("id")))
                .as("één persoon in beide stromen").containsExactlyElementsOf(betrokkenen);
        assertThat(inhoud.getJsonObject("aanleiding").getString("meldingSamenvatting")).contains("ernstig geweld tussen ouders");
        assertThat(inhoud.getString("gezondheid")).contains("Filomena").contains("Blauwe plekken");
        assertThat(inhoud.getJsonArray("risicofactoren").getString(0)).contains("Kinderen angstig");
        assertThat(inhoud.getJsonArray("veiligheidsvoorwaarden").getString(1)).contains("huisverbod");

        // reviewed (Veilig Thuis adds its own veiligheidsbeoordeling, which a crisis file does not make) and sent through
        // flow 1; the wijkteam receives it
        String vtToken = TestTokens.voor(procesregisseur, "VTRR", "procesregisseur");
        JsonObject aangevuld = jakarta.json.Json.createObjectBuilder(inhoud).add("veiligheidsbeoordeling", jakarta.json.Json
                .createObjectBuilder().add("uitkomst", "OVERDRACHT_LOKAAL_VELD").add("datum", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))
                        .toString())).build();
        HttpResponse<String> gecontroleerd = Api.json("PUT", overdracht, vtToken, Api.etag(concept), aangevuld.toString());
        assertThat(gecontroleerd.statusCode()).as(gecontroleerd.body()).isEqualTo(200);
        assertThat(Api.lees(gecontroleerd).getJsonObject("inhoud").getJsonArray("betrokkenen").getValuesAs(JsonObject.class).stream()
                .map(b -> b.getString("id"))).as("de ids blijven na de controle").containsExactlyElementsOf(betrokkenen);
        HttpResponse<String> verzonden = Api.json("POST", overdracht + "/verzending", vtToken, Api.etag(gecontroleerd), "{\"ontvangendeOrganisatie\":\"WT-RDAM-FEIJ\",\"categorieen\":[\"IDENTITEIT\",\"VEILIGHEID\"]," + Api.CONTACTPERSOON_VT + "}");
        assertThat(verzonden.statusCode()).as(verzonden.body()).isEqualTo(200);
        JsonObject bijWijkteam = Api.ok(Api.get(overdracht, wijkteam(uniek("wt.feijenoord"))));
        assertThat(bijWijkteam.getJsonObject("inhoud").getJsonArray("veiligheidsvoorwaarden").toString()).contains("huisverbod");
        assertThat(bijWijkteam.getJsonObject("inhoud").containsKey("gezondheid")).as("niet gekozen, niet gedeeld").isFalse();

        // the crisis partners' grants ended with the closure
        isProbleem(Api.get(dossier, filomena(arts)), 404, "CRS-404");
    }

    @Test
    void noodtoegangOpentHetDossierKortEnAlleenLezendGemarkeerdVoorDeBeoordeling() {
        String dossier = meld(vtCrisis(uniek("vt.crisis")), "CIT-JBRR");
        String arts = uniek("filomena");
        isProbleem(Api.get(dossier, filomena(arts)), 404, "CRS-404");
        isProbleem(Api.json("POST", dossier + "/noodtoegang", raad(uniek("raad")), null,
                "{\"reden\":\"Nachtdienst: kind in gevaar, geen partner bereikbaar.\"}"), 403, "TGN-002");
        isProbleem(Api.json("POST", dossier + "/noodtoegang", filomena(arts), null, "{}"), 400, "TGN-004");
        HttpResponse<String> geopend = Api.json("POST", dossier + "/noodtoegang", filomena(arts), null,
                "{\"reden\":\"Nachtdienst: kind in gevaar, geen partner bereikbaar.\"}");
        assertThat(geopend.statusCode()).as(geopend.body()).isEqualTo(201);
        Instant tot = Instant.parse(Api.lees(geopend).getString("tot"));
        assertThat(tot).isBetween(Instant.now().plus(Duration.ofHours(3)), Instant.now().plus(Duration.ofHours(5)));

        JsonObject gelezen = Api.ok(Api.get(dossier, filomena(arts)));
        assertThat(gelezen.getJsonObject("toegang").getString("reden")).isEqualTo("NOODTOEGANG");
        assertThat(gelezen.getJsonObject("toegang").getString("tot")).isNotBlank();
        JsonObject regel = logboekregel(logboekregels(arts), "crisisdossier.lezen", "TOEGESTAAN", id(dossier));
        assertThat(regel.getString("toegangReden")).isEqualTo("NOODTOEGANG");
        isProbleem(Api.json("POST", dossier + "/aantekeningen", filomena(arts), null,
                "{\"soort\":\"NOTITIE\",\"categorie\":\"VEILIGHEID\",\"tekst\":\"Alleen lezen.\"}"), 403, "TGN-002");

        // the privacy officer finds it in the review queue, flagged when it was opened out of office hours
        JsonObject opening = inDeWachtrij(id(dossier));
        assertThat(opening.getBoolean("buitenKantooruren")).as("zoals de regel het openingsmoment leest")
                .isEqualTo(nl.schakel.toegang.domein.noodtoegang.Noodtoegangzaak.buitenKantooruren(
                        Instant.parse(opening.getString("geopendOp"))));
        // the server's clock is not the test's: the opening is moved to a Sunday night, then to a Tuesday morning
        verschuifOpening(id(dossier), "2026-11-29T02:10:00Z");
        assertThat(inDeWachtrij(id(dossier)).getBoolean("buitenKantooruren")).as("zondagnacht 03:10").isTrue();
        verschuifOpening(id(dossier), "2026-12-01T10:00:00Z");
        assertThat(inDeWachtrij(id(dossier)).getBoolean("buitenKantooruren")).as("dinsdag 11:00").isFalse();
    }

    private static JsonObject inDeWachtrij(String dossierId) {
        JsonObject wachtrij = Api.ok(Api.get("/api/v1/noodtoegangen?status=OPEN",
                nl.schakel.platform.TestTokens.voor("fg.schakel", "VTRR", "functionaris-gegevensbescherming")));
        return wachtrij.getJsonObject("_embedded").getJsonArray("noodtoegangen").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("bronId").equals(dossierId)).findFirst().orElseThrow();
    }

    private static void verschuifOpening(String dossierId, String van) {
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement(
                "update toegang.toegang set geldig_van = ?::timestamptz, geldig_tot = ?::timestamptz + interval '4 hours'"
                        + " where bron_id = ?::uuid and noodtoegang")) {
            s.setString(1, van);
            s.setString(2, van);
            s.setString(3, dossierId);
            assertThat(s.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void deSof7KlokVerlooptNaZevenDagenVoorElkePartnerInDeLijstEnOpMijnWerk() throws SQLException {
        String dossier = meld(vtCrisis(uniek("vt.crisis")), "CIT-JBRR");
        String citToken = cit(uniek("cit"));
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement(
                "update crisisdossier.crisisdossier set sof7_gestart_op = now() - interval '8 days' where id = ?::uuid")) {
            s.setString(1, id(dossier));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        JsonObject gelezen = Api.ok(Api.get(dossier, citToken));
        assertThat(gelezen.getJsonObject("sof7").getBoolean("verlopen")).isTrue();
        List<String> verlopen = Api.ok(Api.get(DOSSIERS + "?sof7=verlopen&paginaGrootte=100", citToken)).getJsonObject("_embedded")
                .getJsonArray("crisisdossiers").getValuesAs(JsonObject.class).stream().map(d -> d.getString("id")).toList();
        assertThat(verlopen).contains(id(dossier));
        isProbleem(Api.get(DOSSIERS + "?sof7=ja", citToken), 400, "API-002");
        JsonObject tegel = Api.ok(Api.get("/api/v1/mijn-werk", citToken)).getJsonArray("tegels").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("sof7-verlopen")).findFirst().orElseThrow();
        assertThat(tegel.getString("stroom")).isEqualTo("crisisdossier");
        assertThat(tegel.getJsonNumber("aantal").longValue()).isPositive();
        assertThat(tegel.getBoolean("vraagtAandacht")).isTrue();
        assertThat(Api.ok(Api.get("/api/v1/mijn-werk", wijkteam(uniek("wt")))).toString()).as("een wijkteam heeft geen crisistegels")
                .doesNotContain("crisisdossier");
    }

    private static long aantalDossiers() throws SQLException {
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement(
                "select count(*) from crisisdossier.crisisdossier"); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
