package nl.schakel.toegang.domein.betrokkene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The keyed hash of a BSN: stable per key and number, different for another key or number, standard HMAC-SHA256. */
class BsnsleutelTest {

    private static final String GEHEIM = "schakel-testsleutel-0123456789abcdef";
    private final Bsnsleutel sleutel = Bsnsleutel.van(GEHEIM);

    @Test
    void hetzelfdeBsnGeeftHetzelfdeKenmerk() {
        assertThat(sleutel.kenmerk("123456782")).isEqualTo(sleutel.kenmerk("123456782"))
                .isEqualTo(Bsnsleutel.van(GEHEIM).kenmerk("123456782"));
        assertThat(sleutel.kenmerk("123456782").hashCode()).isEqualTo(Bsnsleutel.van(GEHEIM).kenmerk("123456782").hashCode());
    }

    @Test
    void eenAnderBsnGeeftEenAnderKenmerk() {
        assertThat(sleutel.kenmerk("123456782")).isNotEqualTo(sleutel.kenmerk("111222333"));
    }

    @Test
    void eenAndereSleutelGeeftEenAnderKenmerk() {
        Bsnsleutel ander = Bsnsleutel.van("een-andere-sleutel-0123456789abcdef");

        assertThat(ander.kenmerk("123456782")).isNotEqualTo(sleutel.kenmerk("123456782"));
    }

    @Test
    void hetIsGewoneHmacSha256OverDeCijfers() {
        // computed apart from this code: echo -n 123456782 | openssl dgst -sha256 -hmac "schakel-testsleutel-0123456789abcdef"
        assertThat(HexFormat.of().formatHex(sleutel.kenmerk("123456782").waarde()))
                .isEqualTo("6b1141ce8c20e3383ce3fcfaf03a1e33f37aec24cbc232cfcd1e18b03e36e423");
    }

    @Test
    void eenTeKorteSleutelWordtGeweigerd() {
        assertThatThrownBy(() -> Bsnsleutel.van("31-bytes-is-net-niet-genoeg-xyz")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("31 bytes").hasMessageContaining("32");
        assertThatThrownBy(() -> Bsnsleutel.van((String) null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Bsnsleutel.van("32-bytes-is-precies-genoeg-xyzab")).isNotNull();
    }

    @Test
    void alleenNegenCijfers() {
        // another spelling of the same number would otherwise be another person
        for (String fout : new String[] {"12345678", "1234567820", "12345678 2", " 123456782", "12345678a", ""}) {
            assertThatThrownBy(() -> sleutel.kenmerk(fout)).as(fout).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Een BSN is hier negen cijfers.");
        }
        assertThatThrownBy(() -> sleutel.kenmerk(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void geenGeheimOfBsnInTekst() {
        assertThat(sleutel.toString()).doesNotContain(GEHEIM);
        assertThat(sleutel.kenmerk("123456782").toString()).doesNotContain("6b1141ce");
        assertThat(Herkenningsvraag.metBsn("123456782").toString()).doesNotContain("123456782");
    }

    @Test
    void eenKenmerkIs32Bytes() {
        assertThat(sleutel.kenmerk("123456782").waarde()).hasSize(32);
        assertThatThrownBy(() -> new Bsnkenmerk(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }
}
