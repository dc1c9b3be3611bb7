package nl.schakel.web.invoer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The input policy on raw bytes and raw URIs, without a server. */
class InvoerbeleidTest {

    @Test
    void nulInEenTekstveldWordtBijPadGenoemd() {
        Invoerfout fout = json("{\"inhoud\":{\"betrokkenen\":[{\"naam\":\"a\"},{\"naam\":\"a\\u0000b\"}]}}").orElseThrow();

        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.code()).isEqualTo("API-400");
        assertThat(fout.ongeldig().get(0).name()).isEqualTo("inhoud.betrokkenen[1].naam");
        assertThat(fout.ongeldig().get(0).reason()).contains("U+0000");
    }

    @Test
    void tabEnRegeleindeMogenInVrijeTekstAndereStuurtekensNiet() {
        assertThat(json("{\"hulpvraag\":\"regel 1\\r\\nregel 2\\tmet tab\"}")).isEmpty();
        assertThat(json("{\"hulpvraag\":\"a\\u0007b\"}")).isPresent();
        assertThat(json("{\"hulpvraag\":\"a\\u007fb\"}")).isPresent();
        assertThat(json("{\"hulpvraag\":\"a\\u0085b\"}")).isPresent();
    }

    @Test
    void eenLosseSurrogaatWordtGeweigerdOokAlsEscape() {
        assertThat(json("{\"hulpvraag\":\"a\\ud800b\"}").orElseThrow().ongeldig().get(0).name()).isEqualTo("hulpvraag");
        assertThat(json("{\"hulpvraag\":\"a\\udc00\"}")).isPresent();
        assertThat(json("{\"hulpvraag\":\"\\ud83d\\ude00 emoji\"}")).isEmpty();
        assertThat(json("{\"hulpvraag\":\"😀 emoji\"}")).isEmpty();
    }

    @Test
    void ongeldigeUtf8WordtGeweigerdNietVervangen() {
        byte[] body = {'{', '"', 'h', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThat(Invoerbeleid.json(body).orElseThrow().detail()).contains("UTF-8");
        // a surrogate encoded in UTF-8 (CESU) is not UTF-8 either
        byte[] cesu = {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};
        assertThat(Invoerbeleid.json(cesu)).isPresent();
    }

    @Test
    void naHetDocumentMagNietsMeerVolgen() {
        assertThat(json("{\"hulpvraag\":\"a\"} {\"x\":1}").orElseThrow().detail()).contains("één document");
        assertThat(json("{\"hulpvraag\":\"a\"}  \n")).isEmpty();
        assertThat(json("{\"hulpvraag\":\"a\"} x")).isPresent();
    }

    @Test
    void eenSleutelTweeKeerWordtGeweigerd() {
        assertThat(json("{\"hulpvraag\":\"a\",\"hulpvraag\":\"b\"}").orElseThrow().ongeldig().get(0).name()).isEqualTo("hulpvraag");
        assertThat(json("[{\"a\":1},{\"a\":2}]")).isEmpty();
    }

    @Test
    void diepGenesteEnKapotteJsonWordenGeweigerd() {
        assertThat(json("[".repeat(100) + "]".repeat(100))).isPresent();
        assertThat(json("{\"a\":")).isPresent();
        assertThat(json("{\"a\":" + "9".repeat(100) + "}")).isPresent();
    }

    @Test
    void queryparametersMetStuurtekensOfKapotteCoderingWordenBijNaamGenoemd() {
        Invoerfout nul = Invoerbeleid.query("status=CONCEPT&ontvangendeOrganisatie=%00").orElseThrow();
        assertThat(nul.code()).isEqualTo("API-002");
        assertThat(nul.ongeldig().get(0).name()).isEqualTo("ontvangendeOrganisatie");
        assertThat(Invoerbeleid.query("gebruiker=%0a")).isPresent();
        assertThat(Invoerbeleid.query("code=%C3%28")).isPresent();
        assertThat(Invoerbeleid.query("code=%ED%A0%80")).isPresent();
        assertThat(Invoerbeleid.query("code=%2")).isPresent();
        assertThat(Invoerbeleid.query("gemeente=GM0599&code=VT%20RR&x=caf%C3%A9+au+lait")).isEmpty();
        assertThat(Invoerbeleid.query("code=" + "a".repeat(1001)).orElseThrow().status()).isEqualTo(414);
    }

    @Test
    void padsegmentenVolgenDezelfdeRegels() {
        assertThat(Invoerbeleid.pad("/api/v1/overdrachten/%00").orElseThrow().ongeldig().get(0).name()).isEqualTo("pad");
        assertThat(Invoerbeleid.pad("/api/v1/overdrachten/%FF")).isPresent();
        assertThat(Invoerbeleid.pad("/api/v1/overdrachten/6b1f0c7e-2a55-4c8e-9d3a-1f0e2d3c4b5a/versies")).isEmpty();
    }

    @Test
    void alleenJsonInUtf8() {
        assertThat(InvoerFilter.jsonSoort("application/json")).contains("");
        assertThat(InvoerFilter.jsonSoort("application/json; charset=UTF-8")).contains("utf-8");
        assertThat(InvoerFilter.jsonSoort("application/merge-patch+json;charset=latin1")).contains("latin1");
        assertThat(InvoerFilter.jsonSoort("text/plain")).isEmpty();
    }

    private static Optional<Invoerfout> json(String tekst) {
        return Invoerbeleid.json(tekst.getBytes(StandardCharsets.UTF_8));
    }
}
