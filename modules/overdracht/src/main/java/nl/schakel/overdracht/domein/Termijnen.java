package nl.schakel.overdracht.domein;

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
}
