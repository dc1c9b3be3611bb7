package nl.schakel.meting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CpuTest {

    @Test
    void postgreSqlTeltZijnProcessenEnWatErTussendoorEindigdeMetDeAchtergrondApart() {
        // pid 1 the postmaster, 2 a backend, 3 the checkpointer; 4 an autovacuum worker that started in the interval
        Cpu.Stand voor = new Cpu.Stand(10.0, 4.0, Map.of(1L, 1.0, 2L, 5.0, 3L, 0.5), Set.of(3L), 2.0, 1.0);
        Cpu.Stand na = new Cpu.Stand(16.0, 6.0, Map.of(1L, 1.1, 2L, 7.0, 3L, 0.6, 4L, 0.3), Set.of(3L, 4L), 2.5, 1.5);

        Cpu.Verbruik v = Cpu.verschil(voor, na, 3.0);

        assertThat(v.postgres()).isCloseTo(0.1 + 2.0 + 0.1 + 0.3 + 0.5, within(1e-9)); // + what ended: 0.5
        assertThat(v.postgresAchtergrond()).isCloseTo(0.1 + 0.3 + 0.5, within(1e-9)); // the backend is not in it
        assertThat(v.payara()).isCloseTo(2.0, within(1e-9));
        assertThat(v.overig()).isCloseTo(6.0 - 2.0 - 3.0, within(1e-9));
    }
}
