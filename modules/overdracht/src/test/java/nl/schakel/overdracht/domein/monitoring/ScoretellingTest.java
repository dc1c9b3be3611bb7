package nl.schakel.overdracht.domein.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScoretellingTest {

    @Test
    void drieVanVierVoldoendeIs75ProcentEnHaaltDeNorm() {
        Scoretelling drie = new Scoretelling(Optional.of(3), 1, 1, 1);
        Scoretelling twaalf = new Scoretelling(Optional.of(12), 1, 1, 0);
        Scoretelling totaal = Scoretelling.totaal(List.of(drie, twaalf));

        assertThat(totaal.scores()).isEqualTo(4);
        assertThat(totaal.voldoende()).isEqualTo(3);
        assertThat(Scoretelling.aandeel(totaal.voldoende(), totaal.scores())).contains(new BigDecimal("75.0"));
        assertThat(Scoretelling.haaltNorm(totaal.voldoende(), totaal.scores())).contains(true);
        assertThat(Scoretelling.aandeel(twaalf.professionalVoldoende(), twaalf.momenten())).contains(new BigDecimal("0.0"));
    }

    @Test
    void deNormWordtInHeleGetallenVergelekenNietNaAfronden() {
        assertThat(Scoretelling.haaltNorm(13, 20)).contains(true); // exactly 65 %
        assertThat(Scoretelling.haaltNorm(129, 200)).contains(false); // 64.5 %
        assertThat(Scoretelling.aandeel(129, 200)).contains(new BigDecimal("64.5"));
        assertThat(Scoretelling.aandeel(2, 3)).contains(new BigDecimal("66.7"));
    }

    @Test
    void zonderScoresGeenAandeelEnGeenOordeel() {
        assertThat(Scoretelling.aandeel(0, 0)).isEmpty();
        assertThat(Scoretelling.haaltNorm(0, 0)).isEmpty();
    }
}
