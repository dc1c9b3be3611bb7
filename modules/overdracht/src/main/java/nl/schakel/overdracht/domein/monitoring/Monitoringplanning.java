package nl.schakel.overdracht.domein.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import nl.schakel.gedeeld.kalender.Werkdagkalender;

/**
 * When Veilig Thuis monitors after an acceptance: 3 and 12 months after the acceptance date (docs/domain.md: the
 * family and the professional score safety after 3 and after 12 months). The acceptance date is the day in the
 * Netherlands, not in UTC: an acceptance at 00:30 on 1 September counts from 1 September. Calendar months as
 * {@link LocalDate#plusMonths} counts them, so a month end stays a month end (30 November + 3 months is the last
 * day of February). A moment that falls on a weekend or a public holiday moves to the next working day: nobody
 * can call a family on a day the office is closed, and moving forward never makes the interval shorter.
 */
public record Monitoringplanning(Werkdagkalender kalender) {

    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    /** The moments after acceptance, in months. */
    public static final List<Integer> MAANDEN = List.of(3, 12);
    /**
     * Past the planned date by more than this many working days, an unrecorded moment is overdue ({@code VERLOPEN}).
     * Two working weeks to reach both the family and the professional; the seeds name no term, so this is our
     * working agreement, not a legal norm.
     */
    public static final int UITVOERTERMIJN_WERKDAGEN = 10;

    public Monitoringplanning {
        Objects.requireNonNull(kalender, "kalender");
    }

    public static Monitoringplanning nederland() {
        return new Monitoringplanning(Werkdagkalender.NEDERLAND);
    }

    /** The planned date of the moment {@code maanden} months after an acceptance at {@code geaccepteerdOp}. */
    public LocalDate geplandOp(Instant geaccepteerdOp, int maanden) {
        LocalDate dag = geaccepteerdOp.atZone(NEDERLAND).toLocalDate().plusMonths(maanden);
        while (!kalender.isWerkdag(dag)) {
            dag = dag.plusDays(1);
        }
        return dag;
    }

    /** The last day a moment planned on {@code geplandOp} is still on time. */
    public LocalDate uiterlijk(LocalDate geplandOp) {
        return kalender.plusWerkdagen(geplandOp, UITVOERTERMIJN_WERKDAGEN);
    }
}
