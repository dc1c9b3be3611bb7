package nl.schakel.overdracht.toepassing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nl.schakel.gedeeld.kalender.Werkdagkalender;
import nl.schakel.overdracht.domein.Termijnen;
import org.junit.jupiter.api.Test;

/** The pre-selection boundary of the term watcher: everything sent before it is overdue today, nothing after it. */
class TermijnbewakingTest {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    @Test
    void deGrensIsDeEersteVerzenddagDieVandaagNogOpTijdIs() {
        // Thursday 3 December 2026: sent Wednesday 25 November → last day 2 December (overdue); sent Thursday 26
        // November → last day 3 December (still in time)
        assertThat(grens("2026-12-03T08:00:00Z", 5)).isEqualTo(startVan(LocalDate.of(2026, 11, 26)));
    }

    @Test
    void overDeFeestdagenVanHetJaareindeHeen() {
        // Monday 4 January 2027: Christmas (25, 26 Dec) and New Year's Day are no working days. Sent Friday 25 December
        // counts from Monday 28 December: 28, 29, 30, 31 Dec, 4 Jan → in time today; sent Thursday 24 December: 28,
        // 29, 30, 31, 4 Jan is day 5 as well (24 → 28 = 1) … so the boundary lies before 24 December
        OffsetDateTime grens = grens("2027-01-04T08:00:00Z", 5);
        Termijnen termijnen = Termijnen.standaard();
        LocalDate vandaag = LocalDate.of(2027, 1, 4);
        LocalDate laatsteTeLaat = grens.atZoneSameInstant(NEDERLAND).toLocalDate().minusDays(1);
        assertThat(termijnen.kalender().plusWerkdagen(laatsteTeLaat, 5)).isBefore(vandaag);
        assertThat(termijnen.kalender().plusWerkdagen(laatsteTeLaat.plusDays(1), 5)).isAfterOrEqualTo(vandaag);
    }

    @Test
    void eenLangereTermijnSchuiftDeGrensTerug() {
        assertThat(grens("2026-12-03T08:00:00Z", 10)).isBefore(grens("2026-12-03T08:00:00Z", 5));
    }

    private static OffsetDateTime grens(String nu, int werkdagen) {
        Termijnbewaking bewaking = new Termijnbewaking(null, null, new Termijnen(Werkdagkalender.NEDERLAND, werkdagen),
                Clock.fixed(Instant.parse(nu), ZoneOffset.UTC));
        return bewaking.verzondenVoor(Instant.parse(nu));
    }

    private static OffsetDateTime startVan(LocalDate dag) {
        return dag.atStartOfDay(NEDERLAND).toOffsetDateTime();
    }
}
