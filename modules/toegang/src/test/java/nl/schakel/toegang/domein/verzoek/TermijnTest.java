package nl.schakel.toegang.domein.verzoek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TermijnTest {

    private static final Verlenging VERLENGING = new Verlenging("Veel partners; de politie moet nog antwoorden.", "Procesregisseur", Instant.EPOCH);

    @Test
    void eenVerzoekIsEenKalendermaandNaOntvangstUiterlijkTeBeantwoorden() {
        assertThat(Termijn.vanaf(LocalDate.of(2026, 11, 20)).uiterlijkOp()).isEqualTo(LocalDate.of(2026, 12, 20));
        // a month without the 31st: the last day of the next month, as PostgreSQL's date + interval '1 month'
        assertThat(Termijn.vanaf(LocalDate.of(2027, 1, 31)).uiterlijkOp()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(Termijn.vanaf(LocalDate.of(2028, 1, 31)).uiterlijkOp()).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void verlengenMaaktHetDrieMaandenNaOntvangstEnKanEenmaal() {
        Termijn verlengd = Termijn.vanaf(LocalDate.of(2027, 1, 31)).verleng(VERLENGING);
        // three months after receipt, not two after the clamped first month (28 April would lose two days)
        assertThat(verlengd.uiterlijkOp()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(verlengd.isVerlengd()).isTrue();
        assertThatThrownBy(() -> verlengd.verleng(VERLENGING)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void dagenOverEnTeLaatVolgenDeDagVanVandaag() {
        Termijn termijn = Termijn.vanaf(LocalDate.of(2026, 11, 20));
        assertThat(termijn.dagenOver(LocalDate.of(2026, 12, 18))).isEqualTo(2);
        assertThat(termijn.dagenOver(LocalDate.of(2026, 12, 20))).isZero();
        assertThat(termijn.isTeLaat(LocalDate.of(2026, 12, 20), false)).as("op de uiterste dag nog op tijd").isFalse();
        assertThat(termijn.isTeLaat(LocalDate.of(2026, 12, 21), false)).isTrue();
        assertThat(termijn.dagenOver(LocalDate.of(2026, 12, 21))).isEqualTo(-1);
        assertThat(termijn.isTeLaat(LocalDate.of(2026, 12, 21), true)).as("afgerond is nooit te laat").isFalse();
        assertThat(termijn.verleng(VERLENGING).isTeLaat(LocalDate.of(2026, 12, 21), false)).isFalse();
    }
}
