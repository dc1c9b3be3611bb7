package nl.schakel.overdracht.domein;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.schakel.gedeeld.kalender.Werkdagkalender;

/**
 * The deadlines of an overdracht, in Dutch working days: the veiligheidsbeoordeling within 5 working days of the
 * melding (fixed by the Veilig Thuis handelingsprotocol), and the recipient's acceptance within a configurable number
 * of working days of sending ({@code schakel.overdracht.acceptatietermijn-werkdagen}, default 5).
 */
public record Termijnen(Werkdagkalender kalender, int acceptatieWerkdagen) {

    public static final int VEILIGHEIDSBEOORDELING_WERKDAGEN = 5;
    public static final int STANDAARD_ACCEPTATIE_WERKDAGEN = 5;
    /** A quarter of a year: anything longer is a typo in the configuration, not a policy. */
    public static final int MAXIMALE_ACCEPTATIE_WERKDAGEN = 65;

    public Termijnen {
        Objects.requireNonNull(kalender, "kalender");
        if (acceptatieWerkdagen < 1 || acceptatieWerkdagen > MAXIMALE_ACCEPTATIE_WERKDAGEN) {
            throw new IllegalArgumentException("de acceptatietermijn is 1 tot en met " + MAXIMALE_ACCEPTATIE_WERKDAGEN
                    + " werkdagen, niet " + acceptatieWerkdagen);
        }
    }

    /** The Dutch calendar with the default acceptance term. */
    public static Termijnen standaard() {
        return new Termijnen(Werkdagkalender.NEDERLAND, STANDAARD_ACCEPTATIE_WERKDAGEN);
    }

    /** The last day on which the recipient accepts in time, for an overdracht sent at {@code verzondenOp}. */
    public LocalDate acceptatieUiterlijk(Instant verzondenOp) {
        return kalender.plusWerkdagen(verzondenOp.atZone(Categorieen.NEDERLAND).toLocalDate(), acceptatieWerkdagen);
    }

    /** Past the acceptance deadline at {@code nu} (the deadline day itself still counts as in time). */
    public boolean isAcceptatieVerlopen(Instant verzondenOp, Instant nu) {
        return nu.atZone(Categorieen.NEDERLAND).toLocalDate().isAfter(acceptatieUiterlijk(verzondenOp));
    }

    /**
     * The moment before which a sending is past its acceptance deadline at {@code nu}: for every sending moment
     * {@code v}, {@link #isAcceptatieVerlopen(Instant, Instant) isAcceptatieVerlopen(v, nu)} is
     * {@code v.isBefore(verlopenVoor(nu))}. The deadline day never comes earlier for a later sending day, so the overdue
     * sendings are those of the days before the first day whose deadline has not passed; a count can then compare
     * {@code verzonden_op} with one moment in the database instead of judging each row here ("Mijn werk").
     */
    public Instant verlopenVoor(Instant nu) {
        LocalDate vandaag = nu.atZone(Categorieen.NEDERLAND).toLocalDate();
        // a sending today is never overdue today: its deadline is at least one working day later
        LocalDate eersteOpTijd = vandaag;
        while (!vandaag.isAfter(kalender.plusWerkdagen(eersteOpTijd.minusDays(1), acceptatieWerkdagen))) {
            eersteOpTijd = eersteOpTijd.minusDays(1);
        }
        return eersteOpTijd.atStartOfDay(Categorieen.NEDERLAND).toInstant();
    }
}
