package nl.schakel.toegang.toepassing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a flow's resource holds about one person, for the inzage report ({@link Inzagerapport}). The access core reads no
 * flow's tables; each flow module answers for its own resource types with a CDI bean implementing this, and the report
 * finds them all ({@code Instance<Persoonsgegevensbron>}). A type no source answers for keeps "inhoud op te vragen bij
 * &lt;eigenaar&gt;".
 * <p>
 * The answer is about THIS person only: the lines of the betrokkene whose registry id (the id the flow got from the
 * person registry when it recorded its betrokkenen) is one of {@code persoon}, and the facts of the case as a whole
 * (kind, status, dates). Never another betrokkene, never the melder, never free text that may be about others: when in
 * doubt a line stays out, and the owner gives the rest on request.
 * <p>
 * The caller has passed the gate for the report and logs the read; a source reads without a gate of its own and logs
 * nothing.
 */
public interface Persoonsgegevensbron {

    /** The resource types this source answers for, by their {@code Brontype} name (e.g. {@code OVERDRACHT}). */
    Set<String> brontypen();

    /**
     * What resource {@code bronId} of type {@code bronType} holds about the person with these registry ids; empty when the
     * resource does not exist or names none of them.
     */
    Optional<Persoonsgegevens> over(String bronType, UUID bronId, Set<UUID> persoon);

    /** Adds a line when there is something to say: an empty value makes no line (the report names nothing absent). */
    static void voeg(List<Gegeven> gegevens, String label, Object waarde) {
        if (waarde != null && !waarde.toString().isBlank()) {
            gegevens.add(new Gegeven(label, waarde.toString()));
        }
    }

    /** The day of a moment in the Netherlands, as the report's dates are read; null stays null. */
    static LocalDate dag(Instant tijdstip) {
        return tijdstip == null ? null : LocalDate.ofInstant(tijdstip, ZoneId.of("Europe/Amsterdam"));
    }

    /**
     * The lines about the person, in order, and which of the person's ids the resource names (the logboek row of the
     * read carries those).
     */
    record Persoonsgegevens(List<UUID> betrokkenen, List<Gegeven> gegevens) {

        public Persoonsgegevens {
            betrokkenen = List.copyOf(betrokkenen);
            gegevens = List.copyOf(gegevens);
        }
    }

    /** One line of the report: a label in plain Dutch and its value. */
    record Gegeven(String label, String waarde) {

        @Override
        public String toString() {
            return label + ": " + waarde;
        }
    }
}
