package nl.schakel.partners.toepassing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.schakel.partners.domein.Gemeente;
import nl.schakel.partners.infrastructuur.PartnerRepository;
import org.junit.jupiter.api.Test;

class PartnerRegisterTest {

    /** Counts how often the register asks the database for the municipalities. */
    private static final class TellendeRepository extends PartnerRepository {
        int gelezen;
        final List<Gemeente> rijen = new ArrayList<>();

        @Override
        public List<Gemeente> gemeenten() {
            gelezen++;
            return rijen;
        }
    }

    @Test
    void deGemeentenWordenEenmaalPerApplicatieGelezenEnNietGedeeldGewijzigd() {
        TellendeRepository repository = new TellendeRepository();
        PartnerRegister register = new PartnerRegister();
        register.repository = repository;

        List<Gemeente> eerste = register.gemeenten();
        List<Gemeente> tweede = register.gemeenten();

        assertThat(register.gemeentenamen()).isEmpty();
        assertThat(repository.gelezen).isEqualTo(1);
        assertThat(tweede).isSameAs(eerste);
        // a caller cannot change the copy every later request gets
        assertThatThrownBy(() -> eerste.add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> register.gemeentenamen().put("GM0000", "Nergens")).isInstanceOf(UnsupportedOperationException.class);
        repository.rijen.add(null);
        assertThat(register.gemeenten()).isEmpty();
    }
}
