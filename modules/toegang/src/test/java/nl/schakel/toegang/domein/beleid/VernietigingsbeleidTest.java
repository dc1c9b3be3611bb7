package nl.schakel.toegang.domein.beleid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.ToegangHandeling;
import org.junit.jupiter.api.Test;

/**
 * Destruction is the functionaris gegevensbescherming's alone: each of its three rules in the reviewed policy allows
 * that role and refuses every other role of the realm, alone or together (what the platform then logs is proven by
 * VernietigingIT).
 */
class VernietigingsbeleidTest {

    private static final Toegangsbeleid BELEID = new Toegangsbeleid();
    private static final Set<ToegangHandeling> VERNIETIGING = EnumSet.of(ToegangHandeling.VERNIETIGING_BEOORDELEN,
            ToegangHandeling.VERNIETIGING_BEWAARPLICHT, ToegangHandeling.VERNIETIGING_UITVOEREN);

    @Test
    void alleenDeFunctionarisGegevensbeschermingMagVernietigen() {
        for (ToegangHandeling handeling : VERNIETIGING) {
            Regel regel = BELEID.regel(handeling.naam()).orElseThrow(() -> new AssertionError(handeling.naam() + " ontbreekt"));
            assertThat(regel.staatToe(Set.of(Rol.FUNCTIONARIS_GEGEVENSBESCHERMING))).as(handeling.naam()).isTrue();
            for (Rol rol : Rol.values()) {
                if (rol != Rol.FUNCTIONARIS_GEGEVENSBESCHERMING) {
                    assertThat(regel.staatToe(Set.of(rol))).as(handeling.naam() + " voor " + rol).isFalse();
                }
            }
            EnumSet<Rol> alleAnderen = EnumSet.complementOf(EnumSet.of(Rol.FUNCTIONARIS_GEGEVENSBESCHERMING));
            assertThat(regel.staatToe(alleAnderen)).as(handeling.naam() + " voor alle andere rollen samen").isFalse();
        }
    }
}
