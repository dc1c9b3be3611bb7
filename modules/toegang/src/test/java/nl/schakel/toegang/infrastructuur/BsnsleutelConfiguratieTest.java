package nl.schakel.toegang.infrastructuur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Without a key of 32 bytes or more the platform refuses to start, saying which setting to fix. */
class BsnsleutelConfiguratieTest {

    @Test
    void zonderSleutelGeenStart() {
        for (Optional<String> geen : java.util.List.of(Optional.<String>empty(), Optional.of(""), Optional.of("   "))) {
            assertThatThrownBy(() -> BsnsleutelConfiguratie.uit(geen)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("schakel.betrokkenen.sleutel").hasMessageContaining("ontbreekt");
        }
    }

    @Test
    void eenTeKorteSleutelGeenStart() {
        assertThatThrownBy(() -> BsnsleutelConfiguratie.uit(Optional.of("kort-geheim"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("schakel.betrokkenen.sleutel").hasMessageContaining("te kort")
                .hasMessageContaining("11 bytes").hasMessageNotContaining("kort-geheim");
    }

    @Test
    void bytesTellenNietTekens() {
        // 16 characters of two UTF-8 bytes each: 32 bytes
        assertThat(BsnsleutelConfiguratie.uit(Optional.of("éééééééééééééééé"))).isNotNull();
    }
}
