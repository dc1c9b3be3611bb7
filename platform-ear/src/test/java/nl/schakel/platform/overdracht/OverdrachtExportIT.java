package nl.schakel.platform.overdracht;

import static nl.schakel.platform.overdracht.Verzoeken.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import nl.schakel.platform.PlatformIT;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The PDFs of an overdracht on the real platform: the export holds exactly what the caller's grants show (the
 * receiver's lacks BSN and melder, the owner's has them), the feedback letter only the kind of partner, and every
 * export, letter and refusal leaves its logboek row. The text is read back out of the PDF with PDFBox (on the test
 * classpath through the overdracht jar; declaring it here in test scope would drop it from the EAR).
 */
@PlatformIT
@RunAsClient
class OverdrachtExportIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Shared with a wijkteam here: everything the policy allows but BSN (the sender narrows). */
    private static final List<String> ZONDER_BSN =
            List.of("IDENTITEIT", "CONTACT", "ADRES_AFGESCHERMD", "VEILIGHEID", "HULPVERLENING", "GEZONDHEID");

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void deOntvangerExporteertAlleenWatMetHaarGedeeldIsEnDatStaatInHetLogboek() {
        Overdracht overdracht = verzonden(procesregisseur(), inhoud("Buren hoorden geschreeuw."), ZONDER_BSN);
        String wtGebruiker = uniek("wt.feijenoord");

        HttpResponse<byte[]> antwoord = pdf(overdracht.pad() + "/export", token(wtGebruiker, "WT-RDAM-FEIJ", "wijkteammedewerker"));

        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(antwoord.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"overdracht-" + overdracht.id() + ".pdf\"");
        assertThat(antwoord.headers().firstValue("Cache-Control")).hasValue("no-store");
        String tekst = tekstVan(antwoord.body());
        assertThat(tekst).contains("Geëxporteerd door: Test " + wtGebruiker + ", Wijkteam Feijenoord", "Tijdstip van export:",
                "Doel: Overdracht van zicht op veiligheid", "vastgelegd in het logboek",
                "Fatima Jansen", "Voorbeeldstraat 1, Rotterdam", "Vader verblijft niet in de woning.", "Kind bij huisarts gezien.",
                "Achtergehouden in deze export: Burgerservicenummer (BSN), Justitiële informatie, Gegevens van de melder.",
                "Contactpersoon Veilig Thuis Naam: Sanne de Vries Telefoon (werk): 010-799 12 34");
        assertThat(tekst).doesNotContain("111222333", "123456782", "Buurvrouw", "06-12345678", "Politie kwam ter plaatse");

        JsonObject regel = logboekregel(logboekregels(wtGebruiker), "overdracht.exporteren", "TOEGESTAAN", overdracht.id());
        assertThat(regel.getString("toegangReden")).isEqualTo("ONTVANGER");
        assertThat(regel.getString("doel")).isEqualTo("OVERDRACHT");
        assertThat(regel.getString("organisatie")).isEqualTo("WT-RDAM-FEIJ");
        assertThat(regel.getJsonArray("betrokkenen")).hasSize(2);
        assertThat(regel.getBoolean("noodtoegang")).isFalse();
    }

    @Test
    void deEigenaarExporteertAlles() {
        String vtGebruiker = uniek("vt.procesregisseur");
        Overdracht overdracht = verzonden(token(vtGebruiker, "VTRR", "procesregisseur"), inhoud("Buren hoorden geschreeuw."), ZONDER_BSN);

        HttpResponse<byte[]> antwoord = pdf(overdracht.pad() + "/export", token(vtGebruiker, "VTRR", "procesregisseur"));

        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(tekstVan(antwoord.body())).contains("111222333", "123456782", "Buurvrouw", "06-12345678",
                "Politie kwam ter plaatse", "Achtergehouden in deze export: niets", "Ontvangende organisatie: Wijkteam Feijenoord");
        assertThat(logboekregel(logboekregels(vtGebruiker), "overdracht.exporteren", "TOEGESTAAN", overdracht.id()).getString("toegangReden"))
                .isEqualTo("EIGENAAR");
    }

    @Test
    void weigeringenVanDeExportStaanInHetLogboek() {
        Overdracht overdracht = verzondenAanFeijenoord();
        String schiedam = uniek("wt.schiedam");
        String fg = uniek("fg.vtrr");
        String cit = uniek("cit.medewerker");
        String citToken = token(cit, "CIT-JBRR", "cit-medewerker");

        // another municipality's wijkteam: the overdracht does not exist for it
        isProbleem(get(overdracht.pad() + "/export", token(schiedam, "LT-SCHIEDAM", "wijkteammedewerker")), 404, "OVD-404");
        // the owner's organisation, but a role the rule does not name
        JsonObject rol = isProbleem(get(overdracht.pad() + "/export", token(fg, "VTRR", "functionaris-gegevensbescherming")),
                403, "TGN-002");
        assertThat(rol.getString("detail")).contains("overdracht.exporteren");
        // break-glass lets the crisis worker read, never take a copy out
        assertThat(json("POST", overdracht.pad() + "/noodtoegang", citToken, null, reden("Acute onveiligheid.")).statusCode())
                .isEqualTo(201);
        ok(get(overdracht.pad(), citToken));
        isProbleem(get(overdracht.pad() + "/export", citToken), 403, "TGN-002");

        logboekregel(logboekregels(schiedam), "overdracht.exporteren", "GEWEIGERD", overdracht.id());
        logboekregel(logboekregels(fg), "overdracht.exporteren", "GEWEIGERD", overdracht.id());
        JsonObject geweigerd = logboekregel(logboekregels(cit), "overdracht.exporteren", "GEWEIGERD", overdracht.id());
        assertThat(geweigerd.getString("toegangReden")).isEqualTo("NOODTOEGANG");
        assertThat(logboekregels(cit)).noneMatch(r -> r.getString("handeling").equals("overdracht.exporteren")
                && r.getString("uitkomst").equals("TOEGESTAAN"));
    }

    @Test
    void deTerugkoppelingsbriefNoemtAlleenHetSoortPartnerEnVolgtDeStatus() {
        String vtGebruiker = uniek("vt.procesregisseur");
        String vt = token(vtGebruiker, "VTRR", "procesregisseur");
        String professioneel = inhoud("Buren hoorden geschreeuw.").replace(
                "\"melder\": {\"naam\": \"Buurvrouw\", \"relatie\": \"buur\", \"telefoon\": \"06-12345678\"}",
                "\"melder\": {\"naam\": \"Dokter Visser\", \"relatie\": \"huisarts\", \"telefoon\": \"010-5550000\", \"soort\": \"PROFESSIONEEL\"}");
        Overdracht overdracht = verzonden(vt, professioneel, WIJKTEAMCATEGORIEEN);

        HttpResponse<byte[]> verzonden = pdf(overdracht.pad() + "/terugkoppelingsbrief", vt);

        assertThat(verzonden.statusCode()).isEqualTo(200);
        assertThat(verzonden.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(verzonden.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"terugkoppelingsbrief-" + overdracht.id() + ".pdf\"");
        String brief = tekstVan(verzonden.body());
        assertThat(brief).contains("Veilig Thuis Rotterdam Rijnmond", "Aan: Dokter Visser", "Geachte Dokter Visser,",
                "U heeft op 10 november 2026 een melding gedaan", "over aan een wijkteam. Die overdracht is in gang gezet.");
        assertThat(brief).doesNotContain("Fatima", "Noor", "Jansen", "111222333", "123456782", "Feijenoord", "Voorbeeldstraat",
                "geschreeuw", "Eerdere meldingen", "Politie", "huisarts", "Wijkteam: opvoedondersteuning");

        String wt = feijenoord();
        Overdracht ontvangen = new Overdracht(overdracht.pad(), etag(post(overdracht.pad() + "/ontvangstbevestiging", wt, overdracht.etag())));
        assertThat(post(overdracht.pad() + "/acceptatie", wt, ontvangen.etag()).statusCode()).isEqualTo(200);
        assertThat(tekstVan(pdf(overdracht.pad() + "/terugkoppelingsbrief", vt).body()))
                .contains("overgedragen aan een wijkteam en daar in behandeling genomen")
                .doesNotContain("in gang gezet");

        assertThat(logboekregels(vtGebruiker).stream().filter(r -> r.getString("handeling").equals("overdracht.terugkoppelen")
                && r.getString("uitkomst").equals("TOEGESTAAN") && overdracht.id().equals(r.getString("bronId", null))))
                .hasSize(2)
                .allSatisfy(r -> {
                    assertThat(r.getString("toegangReden")).isEqualTo("EIGENAAR");
                    assertThat(r.getJsonArray("betrokkenen")).hasSize(2);
                });
    }

    @Test
    void deTerugkoppelingsbriefIsAlleenVoorDeEigenaarEnNietVoorEenAnoniemeMelderOfEenConcept() {
        Overdracht overdracht = verzondenAanFeijenoord();
        String wtGebruiker = uniek("wt.feijenoord");
        isProbleem(get(overdracht.pad() + "/terugkoppelingsbrief", token(wtGebruiker, "WT-RDAM-FEIJ", "wijkteammedewerker")),
                403, "TGN-002");
        logboekregel(logboekregels(wtGebruiker), "overdracht.terugkoppelen", "GEWEIGERD", overdracht.id());

        String vtGebruiker = uniek("vt.procesregisseur");
        String vt = token(vtGebruiker, "VTRR", "procesregisseur");
        String anoniem = inhoud("Anonieme melding.").replace(
                "\"melder\": {\"naam\": \"Buurvrouw\", \"relatie\": \"buur\", \"telefoon\": \"06-12345678\"}",
                "\"melder\": {\"soort\": \"ANONIEM\"}");
        Overdracht anoniemVerzonden = verzonden(vt, anoniem, WIJKTEAMCATEGORIEEN);
        assertThat(isProbleem(get(anoniemVerzonden.pad() + "/terugkoppelingsbrief", vt), 409, "OVD-020").getString("detail"))
                .contains("anoniem");
        Overdracht concept = stelOp(vt);
        isProbleem(get(concept.pad() + "/terugkoppelingsbrief", vt), 409, "OVD-021");

        // nothing was produced, so nothing is logged as produced
        assertThat(logboekregels(vtGebruiker)).noneMatch(r -> r.getString("handeling").equals("overdracht.terugkoppelen"));
    }

    @Test
    void eenOnbekendOfMisvormdIdIsNietGevonden() {
        isProbleem(get(OVERDRACHTEN + "/niet-een-uuid/export", procesregisseur()), 404, "OVD-404");
        isProbleem(get(OVERDRACHTEN + "/00000000-0000-4000-8000-000000000000/terugkoppelingsbrief", procesregisseur()), 404, "OVD-404");
        HttpResponse<byte[]> zonderToken = pdfZonderToken(OVERDRACHTEN + "/00000000-0000-4000-8000-000000000000/export");
        assertThat(zonderToken.statusCode()).isEqualTo(401);
    }

    // ---- helpers

    private static Overdracht verzonden(String vt, String inhoud, List<String> categorieen) {
        HttpResponse<String> aangemaakt = json("POST", OVERDRACHTEN, vt, null, inhoud);
        assertThat(aangemaakt.statusCode()).as(aangemaakt.body()).isEqualTo(201);
        String pad = URI.create(aangemaakt.headers().firstValue("Location").orElseThrow()).getPath();
        HttpResponse<String> verzonden = json("POST", pad + "/verzending", vt, etag(aangemaakt), verzending("WT-RDAM-FEIJ", categorieen));
        assertThat(verzonden.statusCode()).as(verzonden.body()).isEqualTo(200);
        return new Overdracht(pad, etag(verzonden));
    }

    /** A GET as the UI's download does it: bearer token in the header, asking for a PDF. */
    private static HttpResponse<byte[]> pdf(String pad, String token) {
        return stuurBytes(verzoek(pad, token).header("Accept", "application/pdf").GET());
    }

    private static HttpResponse<byte[]> pdfZonderToken(String pad) {
        return stuurBytes(HttpRequest.newBuilder(URI.create(BASIS + pad)).header("Accept", "application/pdf").GET());
    }

    private static HttpResponse<byte[]> stuurBytes(HttpRequest.Builder verzoek) {
        try {
            return HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text of the PDF as a reader would copy it, whitespace folded so line breaks do not matter. */
    private static String tekstVan(byte[] pdf) {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
