package nl.schakel.platform.verwerkingsregister;

import static nl.schakel.platform.Api.get;
import static nl.schakel.platform.Api.ok;
import static nl.schakel.platform.Api.stuur;
import static nl.schakel.platform.Api.verzoek;
import static nl.schakel.platform.Logboekcontrole.logboekregels;
import static nl.schakel.platform.Logboekcontrole.uniek;
import static nl.schakel.platform.Probleemcontrole.isProbleem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.TestTokens;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The register of processing on the real platform: the privacy officer reads it as JSON and as a PDF, generated from
 * the configuration the EAR runs on, with the organisations of the partner register; a role without
 * {@code verwerkingsregister.lezen} gets 403 TGN-002, and that refusal is in the logboek. Reading the register is no
 * access to personal data (it holds none), so an allowed read writes no row.
 */
@PlatformIT
@RunAsClient
class VerwerkingsregisterIT {

    private static final String REGISTER = "/api/v1/verwerkingsregister";
    private static final Toegangsbeleid BELEID = new Toegangsbeleid();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void deFgLeestHetRegisterAlsJsonEnSchrijftGeenLogboekregel() {
        String fgGebruiker = uniek("fg.register");
        HttpResponse<String> antwoord = get(REGISTER, TestTokens.voor(fgGebruiker, "VTRR", "functionaris-gegevensbescherming"));

        JsonObject register = ok(antwoord);
        assertThat(antwoord.headers().firstValue("API-Version")).hasValueSatisfying(v -> assertThat(v).startsWith("1."));
        assertThat(register.getString("beleidsversie")).isEqualTo(BELEID.versie());
        List<JsonObject> verwerkingen = register.getJsonArray("verwerkingen").getValuesAs(JsonObject.class);
        assertThat(verwerkingen).extracting(v -> v.getString("doel"))
                .containsExactly(java.util.Arrays.stream(Doel.values()).map(Enum::name).toArray(String[]::new));
        JsonObject overdracht = verwerkingen.get(0);
        assertThat(overdracht.getString("grondslag")).isEqualTo(BELEID.grondslag(Doel.OVERDRACHT));
        // the controllers' organisations come from the realm, their types from the partner register the EAR runs on
        assertThat(overdracht.getJsonArray("verwerkingsverantwoordelijken").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(v -> {
                    assertThat(v.getString("organisatietype")).isEqualTo("VEILIG_THUIS");
                    assertThat(v.getJsonArray("organisaties").getValuesAs(JsonObject.class))
                            .extracting(o -> o.getString("code")).containsExactly("VTRR");
                });
        assertThat(overdracht.getJsonArray("bewaartermijnen").getValuesAs(JsonObject.class)).singleElement().satisfies(t -> {
            assertThat(t.getString("brontype")).isEqualTo("OVERDRACHT");
            assertThat(t.getInt("jaren")).isEqualTo(20);
            assertThat(t.getString("start")).isEqualTo("AFSLUITING");
        });
        JsonObject casusoverleg = verwerkingen.stream().filter(v -> v.getString("doel").equals("CASUSOVERLEG")).findFirst().orElseThrow();
        assertThat(casusoverleg.getJsonArray("ontvangers").getValuesAs(JsonObject.class))
                .filteredOn(o -> o.getString("organisatietype").equals("WIJKTEAM")).singleElement()
                .satisfies(o -> assertThat(o.getJsonArray("gegevenscategorieen").getValuesAs(jakarta.json.JsonString::getString))
                        .doesNotContain("JUSTITIEEL"));

        assertThat(logboekregels(fgGebruiker)).as("het register bevat geen persoonsgegevens: geen logboekregel").isEmpty();
    }

    @Test
    void deFgDownloadtHetRegisterAlsPdf() {
        String fgGebruiker = uniek("fg.register.pdf");
        HttpResponse<byte[]> antwoord = bytes(REGISTER + "/export", TestTokens.voor(fgGebruiker, "VTRR", "functionaris-gegevensbescherming"));

        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(antwoord.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"verwerkingsregister.pdf\"");
        assertThat(antwoord.headers().firstValue("Cache-Control")).contains("no-store");
        String tekst = tekstVan(antwoord.body());
        assertThat(tekst).contains("Verwerkingsregister Schakel (AVG artikel 30)")
                .contains(BELEID.grondslag(Doel.CASUSOVERLEG))
                .contains("OVERDRACHT van Veilig Thuis: 20 jaar na afsluiting")
                .contains("AANMELDING van Zorg- en Veiligheidshuis: 12 maanden na afschaling")
                .contains("Zorg- en Veiligheidshuis: Zorg- en Veiligheidshuis Rotterdam-Rijnmond (ZVHRR)");
        assertThat(logboekregels(fgGebruiker)).isEmpty();
    }

    @Test
    void deProcesregisseursVanVeiligThuisEnHetZvhLezenHetOok() {
        ok(get(REGISTER, TestTokens.voor(uniek("vt.register"), "VTRR", "procesregisseur")));
        ok(get(REGISTER, TestTokens.voor(uniek("zvh.register"), "ZVHRR", "zvh-procesregisseur")));
    }

    @Test
    void eenRolZonderDeRegelKrijgt403EnDieWeigeringStaatInHetLogboek() {
        String wtGebruiker = uniek("wt.register");
        String wijkteam = TestTokens.voor(wtGebruiker, "WT-RDAM-FEIJ", "wijkteammedewerker");

        JsonObject probleem = isProbleem(get(REGISTER, wijkteam), 403, "TGN-002");
        assertThat(probleem.getString("detail")).contains("verwerkingsregister.lezen").contains("functionaris-gegevensbescherming");
        HttpResponse<byte[]> pdf = bytes(REGISTER + "/export", wijkteam);
        assertThat(pdf.statusCode()).isEqualTo(403);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        isProbleem(get(REGISTER, TestTokens.voor(uniek("beheer.register"), "SCHAKEL", "functioneel-beheerder")), 403, "TGN-002");
        isProbleem(stuur(verzoek(REGISTER).GET()), 401, "API-401");

        List<JsonObject> regels = logboekregels(wtGebruiker);
        assertThat(regels).hasSize(2).allSatisfy(r -> {
            assertThat(r.getString("handeling")).isEqualTo("verwerkingsregister.lezen");
            assertThat(r.getString("uitkomst")).isEqualTo("GEWEIGERD");
            assertThat(r.getString("organisatie")).isEqualTo("WT-RDAM-FEIJ");
            assertThat(r.containsKey("bronId") && !r.isNull("bronId")).as("op geen bron").isFalse();
        });
    }

    private static HttpResponse<byte[]> bytes(String pad, String token) {
        try {
            return HTTP.send(verzoek(pad, token).header("Accept", "application/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tekstVan(byte[] pdf) {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
