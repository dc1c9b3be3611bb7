package nl.schakel.web.belasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BegrenzerTest {

    @Test
    void weigertBovenHetMaximumMeteenEnNeemtWeerAanNaEenVrijePlaats() {
        Begrenzer begrenzer = new Begrenzer(2);
        assertThat(begrenzer.neem()).isTrue();
        assertThat(begrenzer.neem()).isTrue();
        assertThat(begrenzer.bezet()).isEqualTo(2);
        // no waiting: the third is refused at once, and refusing takes no place
        assertThat(begrenzer.neem()).isFalse();
        assertThat(begrenzer.bezet()).isEqualTo(2);
        begrenzer.geefTerug();
        assertThat(begrenzer.neem()).isTrue();
        begrenzer.geefTerug();
        begrenzer.geefTerug();
        assertThat(begrenzer.bezet()).isZero();
    }

    @Test
    void eenMaximumOnderEenIsEenFoutInDeInstelling() {
        assertThatThrownBy(() -> new Begrenzer(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schakel.belasting.gelijktijdig");
    }
}
