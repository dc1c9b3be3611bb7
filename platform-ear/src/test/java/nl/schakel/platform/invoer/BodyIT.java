package nl.schakel.platform.invoer;

import static nl.schakel.platform.invoer.Invoer.OVERDRACHTEN;
import static nl.schakel.platform.invoer.Invoer.genoemd;
import static nl.schakel.platform.invoer.Invoer.probleem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: a request body is strict UTF-8, one JSON document, without NUL, control characters or lone
 * surrogates, with types exactly as declared; each refusal is a 400 naming the field, and writes nothing.
 */
@PlatformIT
@RunAsClient
class BodyIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void eenNulInDeHulpvraagIs400MetHetVeldNietEen500() {
        veldfout("{\"hulpvraag\":\"a\\u0000b\"}", "hulpvraag");
    }

    @Test
    void eenNulInEenNaamIs400MetHetPadVanHetVeld() {
        veldfout("{\"betrokkenen\":[{\"rol\":\"SLACHTOFFER\",\"identiteit\":{\"voornaam\":\"Fa\\u0000tima\"}}]}",
                "betrokkenen[0].identiteit.voornaam");
    }

    @Test
    void ongeldigeUtf8WordtGeweigerdNietAlsU_FFFDOpgeslagen() {
        byte[] body = "{\"hulpvraag\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1); // é as one byte: not UTF-8
        String voor = Invoer.vingerafdruk();
        HttpResponse<String> antwoord = Invoer.bytes("POST", OVERDRACHTEN, Invoer.procesregisseur(), body);
        assertThat(probleem(antwoord, 400, "API-400").getString("detail")).contains("UTF-8");
        assertThat(Invoer.vingerafdruk()).isEqualTo(voor);
    }

    @Test
    void eenGetalWaarTekstHoortIs400MetHetVeldNietAlsTekstOpgeslagen() {
        veldfout("{\"hulpvraag\":12}", "hulpvraag");
    }

    @Test
    void eenBsnAlsGetalIs400() {
        HttpResponse<String> antwoord = post("{\"betrokkenen\":[{\"rol\":\"SLACHTOFFER\",\"bsn\":111222333}]}");
        assertThat(genoemd(probleem(antwoord, 400, "API-400"))).isNotEmpty();
    }

    @Test
    void inhoudNaHetDocumentIs400() {
        HttpResponse<String> antwoord = post("{\"hulpvraag\":\"a\"} {\"x\":1}");
        assertThat(probleem(antwoord, 400, "API-400").getString("detail")).contains("één document");
    }

    @Test
    void eenLosseSurrogaatIs400MetHetVeldNietAlsVraagtekenOpgeslagen() {
        veldfout("{\"hulpvraag\":\"a\\ud800b\"}", "hulpvraag");
    }

    @Test
    void eenSleutelTweeKeerIs400() {
        veldfout("{\"hulpvraag\":\"a\",\"hulpvraag\":\"b\"}", "hulpvraag");
    }

    @Test
    void tabEnRegeleindeInVrijeTekstBlijvenToegestaan() {
        HttpResponse<String> antwoord = post("{\"hulpvraag\":\"regel 1\\r\\nregel 2\\tmet tab, en \\ud83d\\ude00\"}");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        assertThat(Api.lees(antwoord).toString()).contains("regel 1\\r\\nregel 2\\tmet tab, en \uD83D\uDE00");
    }

    @Test
    void jsonInEenAndereTekensetDanUtf8Is415() {
        HttpResponse<String> antwoord = Api.stuur(Invoer.verzoek(OVERDRACHTEN, Invoer.procesregisseur())
                .header("Content-Type", "application/json; charset=ISO-8859-1")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        probleem(antwoord, 415, "API-415");
    }

    private static void veldfout(String body, String veld) {
        String voor = Invoer.vingerafdruk();
        HttpResponse<String> antwoord = post(body);
        assertThat(genoemd(probleem(antwoord, 400, "API-400"))).containsExactly(veld);
        assertThat(Invoer.vingerafdruk()).as("niets geschreven").isEqualTo(voor);
    }

    private static HttpResponse<String> post(String body) {
        return Invoer.json("POST", OVERDRACHTEN, Invoer.procesregisseur(), body);
    }
}
