package nl.schakel.overdracht.domein.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonitoringplanningTest {

    private final Monitoringplanning planning = Monitoringplanning.nederland();

    /** Accepted at noon in the Netherlands on {@code dag}. */
    private static Instant middag(String dag) {
        return LocalDate.parse(dag).atTime(12, 0).atZone(Monitoringplanning.NEDERLAND).toInstant();
    }

    @ParameterizedTest(name = "{0} + {1} maanden = {2}")
    @CsvSource({
        // month ends stay month ends; 28 Feb 2027 is a Sunday, so Monday 1 March
        "2026-11-30, 3, 2027-03-01",
        // 31 August + 3 months = 30 November (a Monday: stays)
        "2026-08-31, 3, 2026-11-30",
        "2027-08-31, 3, 2027-11-30",
        // into a leap year: 30 November 2027 + 3 months = 29 February 2028 (a Tuesday)
        "2027-11-30, 3, 2028-02-29",
        // from the leap day: + 12 months = 28 February 2029 (a Wednesday), + 3 months = 29 May 2028 (a Monday)
        "2028-02-29, 12, 2029-02-28",
        "2028-02-29, 3, 2028-05-29",
        // Koningsdag, Tuesday 27 April 2027: the next day
        "2027-01-27, 3, 2027-04-28",
        // Eerste Kerstdag on a Friday, then the weekend: Monday 28 December
        "2026-09-25, 3, 2026-12-28",
        "2025-12-25, 12, 2026-12-28",
        // a plain Wednesday
        "2026-11-25, 12, 2027-11-25",
    })
    void geplandOpDeDatumOfDeVolgendeWerkdag(String geaccepteerd, int maanden, String verwacht) {
        assertThat(planning.geplandOp(middag(geaccepteerd), maanden)).isEqualTo(LocalDate.parse(verwacht));
    }

    @Test
    void deAcceptatiedatumIsDeDagInNederlandNietInUtc() {
        // 22:30 UTC on 31 August is 00:30 on 1 September in Rotterdam (summer time)
        Instant laatInDeAvond = Instant.parse("2026-08-31T22:30:00Z");
        assertThat(planning.geplandOp(laatInDeAvond, 3)).isEqualTo(LocalDate.of(2026, 12, 1));
        // and in winter time (UTC+1): 23:30 UTC on 31 December is New Year's Day
        assertThat(planning.geplandOp(Instant.parse("2026-12-31T23:30:00Z"), 3)).isEqualTo(LocalDate.of(2027, 4, 1));
    }

    @Test
    void eenGeplandeDatumIsAltijdEenWerkdag() {
        LocalDate dag = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 800; i++, dag = dag.plusDays(1)) {
            for (int maanden : Monitoringplanning.MAANDEN) {
                LocalDate gepland = planning.geplandOp(middag(dag.toString()), maanden);
                assertThat(planning.kalender().isWerkdag(gepland)).as(dag + " + " + maanden).isTrue();
                assertThat(gepland).isAfterOrEqualTo(dag.plusMonths(maanden)).isBefore(dag.plusMonths(maanden).plusDays(6));
            }
        }
    }
}
