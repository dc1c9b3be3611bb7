package nl.schakel.toegang.toepassing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Handeling;
import nl.schakel.toegang.domein.Toegangsdeclaratie;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import org.junit.jupiter.api.Test;

/** Code and policy must name the same actions, both ways; a mismatch stops the start with a message naming each one. */
class BeleidscontroleTest {

    record Declaratie(String context, Set<Handeling> handelingen) implements Toegangsdeclaratie {
        @Override
        public Set<Brontype> brontypen() {
            return Set.of(ProefHandeling.PROEFBRON);
        }
    }

    @Test
    void gelijkeNamenGevenGeenVerschil() {
        Declaratie proef = new Declaratie("proef", Set.of(ProefHandeling.h("proef.lezen"), ProefHandeling.h("proef.wijzigen")));
        assertThat(Beleidscontrole.verschillen(List.of(proef), Set.of("proef.lezen", "proef.wijzigen"))).isEmpty();
    }

    @Test
    void eenHandelingZonderRegelEnEenRegelZonderHandelingWordenBeideGenoemd() {
        Declaratie proef = new Declaratie("proef", Set.of(ProefHandeling.h("proef.lezen"), ProefHandeling.h("proef.vergeten")));

        assertThat(Beleidscontrole.verschillen(List.of(proef), Set.of("proef.lezen", "proef.wees"))).containsExactly(
                "Handeling 'proef.vergeten' van context proef heeft geen regel in toegangsbeleid.json.",
                "Regel 'proef.wees' in toegangsbeleid.json hoort bij geen handeling die een context verklaart.");
        assertThatThrownBy(() -> Beleidscontrole.eis(List.of(proef), Set.of("proef.lezen", "proef.wees")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Code en toegangsbeleid verschillen; Schakel start niet:")
                .hasMessageContaining("proef.vergeten").hasMessageContaining("proef.wees");
    }

    @Test
    void eenHandelingDieTweeContextenVerklarenIsEenFout() {
        Declaratie een = new Declaratie("een", Set.of(ProefHandeling.h("gedeeld.lezen")));
        Declaratie twee = new Declaratie("twee", Set.of(ProefHandeling.h("gedeeld.lezen")));
        assertThat(Beleidscontrole.verschillen(List.of(een, twee), Set.of("gedeeld.lezen")))
                .singleElement().asString().contains("twee contexten");
    }

    @Test
    void hetEchteBeleidKentDeEigenHandelingenVanToegang() {
        // toegang's own actions are in the real policy; the flows' actions are checked where the flows are (deployment)
        Set<String> regels = new Toegangsbeleid().handelingen();
        new ToegangDeclaratie().handelingen().forEach(h -> assertThat(regels).contains(h.naam()));
    }
}
