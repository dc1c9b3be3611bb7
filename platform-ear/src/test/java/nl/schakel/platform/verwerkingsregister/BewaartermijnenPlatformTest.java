package nl.schakel.platform.verwerkingsregister;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.schakel.casusoverleg.toepassing.CasusoverlegDeclaratie;
import nl.schakel.crisisdossier.toepassing.CrisisdossierDeclaratie;
import nl.schakel.overdracht.domein.inhoud.BetrokkeneRol;
import nl.schakel.overdracht.toepassing.OverdrachtDeclaratie;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Toegangsdeclaratie;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import nl.schakel.toegang.domein.bewaren.Bewaartermijnen;
import nl.schakel.toegang.domein.register.Verwerkingsregister;
import nl.schakel.toegang.infrastructuur.Realmbestand;
import nl.schakel.toegang.toepassing.Bewaartermijncontrole;
import nl.schakel.toegang.toepassing.ToegangDeclaratie;
import nl.schakel.toegang.toepassing.VerzoekDeclaratie;
import org.junit.jupiter.api.Test;

/**
 * What the deployment checks, with every flow's real declaration, in seconds: the reviewed retention file fits the
 * declared resource types and the policy, the register can be generated, and the kinds of data subjects it names
 * cover every role a flow lets a betrokkene have (a new role in a flow without a word in the register fails here).
 */
class BewaartermijnenPlatformTest {

    private static final List<Toegangsdeclaratie> DECLARATIES = List.of(new ToegangDeclaratie(), new OverdrachtDeclaratie(),
            new CasusoverlegDeclaratie(), new CrisisdossierDeclaratie(), new VerzoekDeclaratie());
    private static final Toegangsbeleid BELEID = new Toegangsbeleid();

    @Test
    void deBewaartermijnenPassenBijDeStromenEnHetBeleid() {
        assertThat(Bewaartermijncontrole.verschillen(new Bewaartermijnen(), BELEID, DECLARATIES)).isEmpty();
    }

    @Test
    void hetRegisterIsUitDeConfiguratieVanHetPlatformTeMaken() {
        Verwerkingsregister register = Verwerkingsregister.uit(BELEID, new Bewaartermijnen(), Realmbestand.lees(), code -> Optional.empty());
        assertThat(register.verwerkingen()).hasSize(Doel.values().length);
    }

    @Test
    void elkeRolVanEenBetrokkeneInEenStroomStaatInHetRegister() {
        assertThat(betrokkenen(Doel.OVERDRACHT)).containsAll(namen(BetrokkeneRol.values()));
        assertThat(betrokkenen(Doel.CASUSOVERLEG)).containsAll(namen(nl.schakel.casusoverleg.domein.Betrokkenenrol.values()));
        assertThat(betrokkenen(Doel.CRISIS)).containsAll(namen(nl.schakel.crisisdossier.domein.Betrokkenenrol.values()));
    }

    private static List<String> betrokkenen(Doel doel) {
        return BELEID.verwerking(doel).orElseThrow().betrokkenen();
    }

    private static List<String> namen(Enum<?>[] waarden) {
        return Arrays.stream(waarden).map(Enum::name).toList();
    }
}
