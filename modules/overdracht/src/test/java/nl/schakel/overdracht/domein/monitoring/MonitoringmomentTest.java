package nl.schakel.overdracht.domein.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.overdracht.domein.Uitvoerder;
import org.junit.jupiter.api.Test;

class MonitoringmomentTest {

    private static final Monitoringplanning PLANNING = Monitoringplanning.nederland();
    private static final Uitvoerder VT = new Uitvoerder("vt-1", "Procesregisseur (fictief)", "VTRR");
    // accepted on Wednesday 25 November 2026: the 3-month moment is Thursday 25 February 2027
    private static final Instant GEACCEPTEERD = Instant.parse("2026-11-25T10:00:00Z");

    private static Monitoringmoment drieMaanden() {
        return Monitoringmoment.plan(UUID.randomUUID(), "VTRR", 3, GEACCEPTEERD, PLANNING);
    }

    private static Instant op(String dag) {
        return LocalDate.parse(dag).atTime(9, 0).atZone(Monitoringplanning.NEDERLAND).toInstant();
    }

    @Test
    void vanafDeGeplandeDagZijnDeScoresVastTeLeggen() {
        Monitoringmoment moment = drieMaanden();
        assertThat(moment.geplandOp()).isEqualTo(LocalDate.of(2027, 2, 25));

        moment.legVast(7, 5, VT, op("2027-02-25"));

        assertThat(moment.isUitgevoerd()).isTrue();
        assertThat(moment.scoreDirectbetrokkene()).contains(7);
        assertThat(moment.scoreProfessional()).contains(5);
        assertThat(moment.uitgevoerdDoorNaam()).contains("Procesregisseur (fictief)");
        assertThat(moment.fase(LocalDate.of(2027, 2, 25), PLANNING)).isEqualTo(Monitoringfase.UITGEVOERD);
    }

    @Test
    void voorDeGeplandeDagNietVastTeLeggen() {
        Monitoringmoment moment = drieMaanden();
        assertThatThrownBy(() -> moment.legVast(7, 5, VT, op("2027-02-24")))
                .isInstanceOf(ConflictFout.class)
                .hasMessageContaining("2027-02-25")
                .satisfies(f -> assertThat(((ConflictFout) f).code()).isEqualTo("MON-010"));
        assertThat(moment.isUitgevoerd()).isFalse();
    }

    @Test
    void scoresBuitenNulTotTienOfOntbrekendWordenPerVeldGenoemd() {
        Monitoringmoment moment = drieMaanden();
        assertThatThrownBy(() -> moment.legVast(11, null, VT, op("2027-03-01")))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> {
                    assertThat(fout.code()).isEqualTo("MON-001");
                    assertThat(fout.ongeldigeParameters()).extracting(OngeldigeParameter::name)
                            .containsExactly("scoreDirectbetrokkene", "scoreProfessional");
                });
        assertThatThrownBy(() -> moment.legVast(-1, 10, VT, op("2027-03-01")))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> assertThat(fout.ongeldigeParameters())
                        .extracting(OngeldigeParameter::name).containsExactly("scoreDirectbetrokkene"));
        assertThat(moment.isUitgevoerd()).isFalse();
        moment.legVast(0, 10, VT, op("2027-03-01")); // the edges are valid
        assertThat(moment.scoreDirectbetrokkene()).contains(0);
    }

    @Test
    void faseVolgtDeDatums() {
        Monitoringmoment moment = drieMaanden();
        assertThat(moment.fase(LocalDate.of(2027, 2, 24), PLANNING)).isEqualTo(Monitoringfase.GEPLAND);
        assertThat(moment.fase(LocalDate.of(2027, 2, 25), PLANNING)).isEqualTo(Monitoringfase.TE_DOEN);
        // 10 working days after Thursday 25 February 2027 is Thursday 11 March: still on time, the day after overdue
        assertThat(moment.fase(LocalDate.of(2027, 3, 11), PLANNING)).isEqualTo(Monitoringfase.TE_DOEN);
        assertThat(moment.fase(LocalDate.of(2027, 3, 12), PLANNING)).isEqualTo(Monitoringfase.VERLOPEN);
    }
}
