package nl.schakel.platform.vernietiging;

import static nl.schakel.platform.Api.etag;
import static nl.schakel.platform.Api.get;
import static nl.schakel.platform.Api.json;
import static nl.schakel.platform.Api.lees;
import static nl.schakel.platform.Api.ok;
import static nl.schakel.platform.Api.post;
import static nl.schakel.platform.Api.verzoek;
import static nl.schakel.platform.Logboekcontrole.logboekregel;
import static nl.schakel.platform.Logboekcontrole.logboekregels;
import static nl.schakel.platform.Logboekcontrole.uniek;
import static nl.schakel.platform.Probleemcontrole.isProbleem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
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
import nl.schakel.platform.overdracht.Verzoeken;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.PlatformOmgeving;
import nl.schakel.platform.TestTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Destruction on the real platform (issue 15, bewaartermijnen): two withdrawn overdrachten whose clock started 21 years
 * ago (moved in the database, as the other ITs move time) are proposed; a legal hold takes one off the list, so an
 * approval of the version seen before is refused (412 AVG-032); the fg approves and carries the list out; the other is
 * gone from every table that held it, its tombstone and its logboek rows remain, the certificate names it and not the
 * held one; lifting the hold lets it be proposed again. Every other role is refused, and each refusal is logged.
 */
@PlatformIT
@RunAsClient
class VernietigingIT {

    private static final String LIJSTEN = "/api/v1/vernietigingslijsten";
    private static final String PLICHTEN = "/api/v1/bewaarplichten";
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** Every table that holds an overdracht's content or access, with its column that names the overdracht. */
    private static final Map<String, String> TABELLEN = Map.of(
            "overdracht.overdracht", "id",
            "overdracht.overgang", "overdracht_id",
            "overdracht.overdracht_versie", "overdracht_id",
            "overdracht.monitoringmoment", "overdracht_id",
            "toegang.toegang", "bron_id",
            "toegang.bron_betrokkene", "bron_id");

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void eenOverdrachtVoorbijHaarTermijnWordtNaGoedkeuringVernietigdEnEenBewaarplichtHoudtEenAndereTegen() throws Exception {
        String vt = TestTokens.voor("vt.procesregisseur", "VTRR", "procesregisseur");
        String fgGebruiker = uniek("fg.vernietiging");
        String fg = TestTokens.voor(fgGebruiker, "VTRR", "functionaris-gegevensbescherming");
        String weg = ingetrokken(vt);
        String blijft = ingetrokken(vt);
        LocalDate vandaag = LocalDate.now(NEDERLAND);

        // the clock starts at the withdrawal: 20 years from today; an open overdracht has none
        assertThat(ok(get(pad(weg), vt)).getString("vernietigingsdatum")).isEqualTo(vandaag.plusYears(20).toString());
        JsonObject open = ok(get(pad(stelOp(vt)), vt));
        assertThat(open.containsKey("vernietigingsdatum") && !open.isNull("vernietigingsdatum")).as("nog geen klok").isFalse();
        verschuifIntrekking(weg, blijft);
        assertThat(LocalDate.parse(ok(get(pad(weg), vt)).getString("vernietigingsdatum"))).isBefore(vandaag);
        long logboekVoor = tel("logboek.regel", "bron_id", weg);
        assertThat(logboekVoor).as("het aanmaken, verzenden en intrekken staan in het logboek").isPositive();

        // the daily job's work, asked for now: both are on the list, once
        HttpResponse<String> opgesteld = post(LIJSTEN, fg, null);
        assertThat(opgesteld.statusCode()).as(opgesteld.body()).isEqualTo(201);
        JsonObject lijst = lees(opgesteld);
        String lijstPad = URI.create(opgesteld.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(lijst.getString("status")).isEqualTo("VOORGESTELD");
        assertThat(bronnen(lijst)).contains(weg, blijft);
        JsonObject item = lijst.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("bronId").equals(weg)).findFirst().orElseThrow();
        assertThat(item.getString("brontype")).isEqualTo("OVERDRACHT");
        assertThat(item.getString("eigenaar")).isEqualTo("VTRR");
        assertThat(item.getString("regel")).isEqualTo("20 jaar na afsluiting");
        String gezien = etag(opgesteld);
        // "Mijn werk": the fg sees lists waiting; a procesregisseur has no such tile
        assertThat(tegel(fg)).hasValueSatisfying(t -> {
            assertThat(t.getJsonNumber("aantal").longValue()).isPositive();
            assertThat(t.getString("scherm")).isEqualTo("#/vernietiging");
        });
        assertThat(tegel(vt)).isEmpty();
        assertThat(post(LIJSTEN, fg, null).statusCode()).as("niets nieuws: geen tweede lijst").isEqualTo(204);

        // a legal hold takes one off the list; the version the fg saw is stale now
        HttpResponse<String> plicht = json("POST", PLICHTEN, fg,
                "{\"brontype\":\"OVERDRACHT\",\"bronId\":\"" + blijft + "\",\"reden\":\"Lopende procedure bij de rechtbank (fictief).\"}");
        assertThat(plicht.statusCode()).as(plicht.body()).isEqualTo(201);
        isProbleem(json("POST", PLICHTEN, fg, "{\"brontype\":\"OVERDRACHT\",\"bronId\":\"" + blijft + "\",\"reden\":\"Nog een.\"}"),
                409, "AVG-034");
        isProbleem(json("POST", PLICHTEN, fg, "{\"brontype\":\"OVERDRACHT\",\"bronId\":\"" + blijft + "\",\"reden\":\" \"}"), 400, "AVG-033");
        JsonObject naPlicht = ok(get(lijstPad, fg));
        assertThat(bronnen(naPlicht)).contains(weg).doesNotContain(blijft);
        isProbleem(post(lijstPad + "/goedkeuring", fg, gezien), 412, "AVG-032");
        isProbleem(post(lijstPad + "/goedkeuring", fg, null), 428, "API-428");
        isProbleem(post(lijstPad + "/uitvoering", fg, null), 409, "AVG-037");
        isProbleem(get(lijstPad + "/verklaring", fg), 409, "AVG-039");

        // approval names who and when, once
        HttpResponse<String> goedgekeurd = post(lijstPad + "/goedkeuring", fg, etag(stuurGet(lijstPad, fg)));
        JsonObject goed = ok(goedgekeurd);
        assertThat(goed.getString("status")).isEqualTo("GOEDGEKEURD");
        assertThat(goed.getString("goedgekeurdDoor")).isEqualTo("Test " + fgGebruiker);
        isProbleem(post(lijstPad + "/goedkeuring", fg, etag(goedgekeurd)), 409, "AVG-031");

        // carried out: gone from every table, a tombstone and the logboek stay
        JsonObject uitgevoerd = ok(post(lijstPad + "/uitvoering", fg, null));
        assertThat(uitgevoerd.getString("status")).isEqualTo("UITGEVOERD");
        assertThat(uitgevoerd.getJsonArray("grafstenen").getValuesAs(JsonObject.class)).extracting(g -> g.getString("bronId"))
                .contains(weg).doesNotContain(blijft);
        TABELLEN.forEach((tabel, kolom) -> assertThat(tel(tabel, kolom, weg)).as(tabel).isZero());
        assertThat(tel("toegang.grafsteen", "bron_id", weg)).isEqualTo(1);
        assertThat(tel("logboek.regel", "bron_id", weg)).as("de logboekregels blijven, met die van de vernietiging erbij")
                .isGreaterThan(logboekVoor);
        isProbleem(get(pad(weg), vt), 404, "OVD-404");
        assertThat(ok(get(pad(blijft), vt)).getString("status")).as("de bewaarplicht hield haar tegen").isEqualTo("INGETROKKEN");
        assertThat(tel("overdracht.overgang", "overdracht_id", blijft)).isPositive();
        isProbleem(post(lijstPad + "/uitvoering", fg, null), 409, "AVG-038");
        isProbleem(json("POST", PLICHTEN, fg, "{\"brontype\":\"OVERDRACHT\",\"bronId\":\"" + weg + "\",\"reden\":\"Te laat.\"}"),
                409, "AVG-035");

        // the certificate: what, when, which rule, approved by whom; nothing of the case, nothing of the held one
        String verklaring = pdfTekst(lijstPad + "/verklaring", fg);
        assertThat(verklaring).contains("Verklaring van vernietiging").contains(weg).contains("OVERDRACHT")
                .contains("20 jaar na afsluiting").contains("Test " + fgGebruiker).contains("VTRR")
                .doesNotContain(blijft).doesNotContain("Buren hoorden geschreeuw");

        // every step in the fg's logboek, on the resource
        List<JsonObject> regels = logboekregels(fgGebruiker);
        logboekregel(regels, "vernietiging.beoordelen", "TOEGESTAAN", weg);
        logboekregel(regels, "vernietiging.uitvoeren", "TOEGESTAAN", weg);
        logboekregel(regels, "vernietiging.bewaarplicht", "TOEGESTAAN", blijft);

        // lifting the hold: it may be proposed again (its term has run out)
        assertThat(post(PLICHTEN + "/OVERDRACHT/" + blijft + "/opheffing", fg, null).statusCode()).isEqualTo(204);
        isProbleem(post(PLICHTEN + "/OVERDRACHT/" + blijft + "/opheffing", fg, null), 404, "AVG-036");
        HttpResponse<String> opnieuw = post(LIJSTEN, fg, null);
        assertThat(opnieuw.statusCode()).as(opnieuw.body()).isEqualTo(201);
        assertThat(bronnen(lees(opnieuw))).contains(blijft).doesNotContain(weg);
    }

    @Test
    void elkeAndereRolWordtGeweigerdEnDieWeigeringStaatInHetLogboek() {
        String vtGebruiker = uniek("vt.vernietiging");
        String vt = TestTokens.voor(vtGebruiker, "VTRR", "procesregisseur");
        String zvh = TestTokens.voor(uniek("zvh.vernietiging"), "ZVHRR", "zvh-procesregisseur");
        String beheer = TestTokens.voor(uniek("beheer.vernietiging"), "SCHAKEL", "functioneel-beheerder");
        String onbekend = UUID.randomUUID().toString();

        isProbleem(get(LIJSTEN, vt), 403, "TGN-002");
        isProbleem(post(LIJSTEN, vt, null), 403, "TGN-002");
        isProbleem(post(LIJSTEN + "/" + onbekend + "/goedkeuring", vt, "\"1\""), 403, "TGN-002");
        isProbleem(post(LIJSTEN + "/" + onbekend + "/uitvoering", vt, null), 403, "TGN-002");
        isProbleem(json("POST", PLICHTEN, vt, "{\"brontype\":\"OVERDRACHT\",\"bronId\":\"" + onbekend + "\",\"reden\":\"Waarom niet.\"}"),
                403, "TGN-002");
        isProbleem(get(LIJSTEN, zvh), 403, "TGN-002");
        isProbleem(get(LIJSTEN, beheer), 403, "TGN-002");
        // the fg asking for a list that does not exist
        isProbleem(get(LIJSTEN + "/" + onbekend, TestTokens.voor(uniek("fg.onbekend"), "VTRR", "functionaris-gegevensbescherming")),
                404, "AVG-030");

        List<JsonObject> regels = logboekregels(vtGebruiker);
        assertThat(regels).extracting(r -> r.getString("handeling")).containsExactlyInAnyOrder("vernietiging.beoordelen",
                "vernietiging.beoordelen", "vernietiging.beoordelen", "vernietiging.uitvoeren", "vernietiging.bewaarplicht");
        assertThat(regels).allSatisfy(r -> {
            assertThat(r.getString("uitkomst")).isEqualTo("GEWEIGERD");
            assertThat(r.getString("organisatie")).isEqualTo("VTRR");
        });
    }

    // ---- helpers

    private static String pad(String id) {
        return "/api/v1/overdrachten/" + id;
    }

    private static String stelOp(String vt) {
        HttpResponse<String> antwoord = json("POST", "/api/v1/overdrachten", vt, null, Verzoeken.inhoud("Buren hoorden geschreeuw."));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        return lees(antwoord).getString("id");
    }

    /** A concept sent to Wijkteam Feijenoord and withdrawn by Veilig Thuis: closed, its retention clock runs. */
    private static String ingetrokken(String vt) {
        String id = stelOp(vt);
        HttpResponse<String> concept = get(pad(id), vt);
        HttpResponse<String> verzonden = json("POST", pad(id) + "/verzending", vt, etag(concept),
                "{\"ontvangendeOrganisatie\":\"WT-RDAM-FEIJ\",\"categorieen\":[\"IDENTITEIT\",\"VEILIGHEID\"]," + Api.CONTACTPERSOON_VT + "}");
        assertThat(verzonden.statusCode()).as(verzonden.body()).isEqualTo(200);
        JsonObject ingetrokken = ok(json("POST", pad(id) + "/intrekking", vt, etag(verzonden), "{\"reden\":\"Dubbel aangemaakt (fictief).\"}"));
        assertThat(ingetrokken.getString("status")).isEqualTo("INGETROKKEN");
        return id;
    }

    /** As if the withdrawal was 21 years ago: the way the ITs move time, without waiting. */
    private static void verschuifIntrekking(String... ids) throws SQLException {
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement(
                "update overdracht.overgang set op = op - interval '21 years' where overdracht_id = ? and naar = 'INGETROKKEN'")) {
            for (String id : ids) {
                s.setObject(1, UUID.fromString(id));
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
        }
    }

    private static java.util.Optional<JsonObject> tegel(String token) {
        return ok(get("/api/v1/mijn-werk", token)).getJsonArray("tegels").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("vernietiging-te-behandelen")).findFirst();
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

    private static List<String> bronnen(JsonObject lijst) {
        return lijst.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("bronId")).toList();
    }

    private static HttpResponse<String> stuurGet(String pad, String token) {
        HttpResponse<String> antwoord = get(pad, token);
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        return antwoord;
    }

    private static String pdfTekst(String pad, String token) throws IOException, InterruptedException {
        HttpResponse<byte[]> antwoord = HTTP.send(verzoek(pad, token).header("Accept", "application/pdf").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        try (PDDocument pdf = Loader.loadPDF(antwoord.body())) {
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("getagd (PDF/UA)").isNotNull();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
