package nl.schakel.web.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;

import nl.schakel.toegang.infrastructuur.AangemeldToken;
import org.junit.jupiter.api.Test;

/** The mechanism and the toegang module meet only in two request attributes: their names must agree. */
class AttributenContractTest {

    @Test
    void deMechanismeEnToegangGebruikenDezelfdeAttributen() {
        assertThat(BearerMechanisme.CLAIMS).isEqualTo(AangemeldToken.CLAIMS);
        assertThat(BearerMechanisme.GROEPEN).isEqualTo(AangemeldToken.GROEPEN);
    }
}
