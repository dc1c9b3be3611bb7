package nl.schakel.toegang.toepassing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Handeling;
import nl.schakel.toegang.domein.Toegangsdeclaratie;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import nl.schakel.toegang.domein.bewaren.Bewaartermijnen;
import org.junit.jupiter.api.Test;

/**
 * Retention rules, declared resource types and the policy must agree at start. The flows' own declarations are checked
 * against the reviewed file in platform-ear ({@code BewaartermijnenPlatformTest}); here each kind of mismatch.
 */
class BewaartermijncontroleTest {

    private static final Toegangsbeleid BELEID = new Toegangsbeleid();

    record Declaratie(String context, Set<Brontype> brontypen) implements Toegangsdeclaratie {
        @Override
        public Set<? extends Handeling> handelingen() {
            return Set.of();
        }
    }

    /** Every type the reviewed file has a rule for, declared by one context. */
    private static Declaratie alleTypen(String... extra) {
        return new Declaratie("proef", Stream.concat(new Bewaartermijnen().regels().stream().map(r -> r.brontype()), Stream.of(extra))
                .map(Brontype::van).collect(Collectors.toSet()));
    }

    @Test
    void hetBeoordeeldeBestandPastBijDeGedeclareerdeTypenEnHetBeleid() {
        assertThat(Bewaartermijncontrole.verschillen(new Bewaartermijnen(), BELEID, List.of(alleTypen()))).isEmpty();
    }

    @Test
    void eenGedeclareerdTypeZonderRegelEnEenRegelZonderTypeWordenBeideGenoemd() {
        Declaratie zonderActie = new Declaratie("proef", alleTypen("NOTITIE").brontypen().stream()
                .filter(t -> !t.naam().equals("ACTIE")).collect(Collectors.toSet()));

        assertThat(Bewaartermijncontrole.verschillen(new Bewaartermijnen(), BELEID, List.of(zonderActie))).containsExactly(
                "Brontype NOTITIE van context proef heeft geen regel in bewaartermijnen.json.",
                "Regel voor ACTIE in bewaartermijnen.json hoort bij geen brontype dat een context verklaart.");
        assertThatThrownBy(() -> Bewaartermijncontrole.eis(new Bewaartermijnen(), BELEID, List.of(zonderActie)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Bewaartermijnen passen niet bij code en toegangsbeleid; Schakel start niet:")
                .hasMessageContaining("NOTITIE").hasMessageContaining("ACTIE");
    }

    @Test
    void eenEigenaarDieHetBeleidNietLaatDeelnemenKanGeenEigenaarZijn() {
        String json = BewaartermijnenJson.metEigenaar("OVERDRACHT", "VEILIG_THUIS", "POLITIE");

        assertThat(Bewaartermijncontrole.verschillen(Bewaartermijnen.uit(stroom(json)), BELEID, List.of(alleTypen())))
                .contains("Regel voor OVERDRACHT van POLITIE: het toegangsbeleid laat POLITIE niet deelnemen aan OVERDRACHT, dus het "
                        + "kan er geen eigenaar van zijn.");
    }

    @Test
    void eenBronMetEenRegelPerEigenaarMistGeenDeelnemer() {
        String json = BewaartermijnenJson.zonder("INBRENG", "OPENBAAR_MINISTERIE");

        assertThat(Bewaartermijncontrole.verschillen(Bewaartermijnen.uit(stroom(json)), BELEID, List.of(alleTypen())))
                .containsExactly("INBRENG heeft een regel per eigenaar, maar geen voor [OPENBAAR_MINISTERIE], die volgens het "
                        + "toegangsbeleid deelnemen aan CASUSOVERLEG: elke deelnemer houdt zijn eigen termijn.");
    }

    private static ByteArrayInputStream stroom(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
