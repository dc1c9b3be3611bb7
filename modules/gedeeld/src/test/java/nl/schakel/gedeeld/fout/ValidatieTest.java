package nl.schakel.gedeeld.fout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ValidatieTest {

    @Test
    void verzameltAlleFoutenVoordatHijFaalt() {
        Validatie validatie = new Validatie()
                .verplicht("naam", " ")
                .patroon("code", "x", Pattern.compile("[A-Z]+"), "Alleen hoofdletters.")
                .maximaleLengte("toelichting", "abcdef", 3);

        assertThatThrownBy(() -> validatie.controleer("TST-001"))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> {
                    assertThat(fout.code()).isEqualTo("TST-001");
                    assertThat(fout.status()).isEqualTo(400);
                    assertThat(fout.ongeldigeParameters()).extracting(OngeldigeParameter::name)
                            .containsExactly("naam", "code", "toelichting");
                });
    }

    @Test
    void geldigeInvoerGeeftGeenFout() {
        Validatie validatie = new Validatie().verplicht("naam", "Veilig Thuis").regel(true, "x", "nooit");

        assertThat(validatie.isGeldig()).isTrue();
        validatie.controleer("TST-001");
    }

    @Test
    void foutenDragenGeenStacktrace() {
        assertThat(new NietGevondenFout("TST-404", "weg").getStackTrace()).isEmpty();
    }
}
