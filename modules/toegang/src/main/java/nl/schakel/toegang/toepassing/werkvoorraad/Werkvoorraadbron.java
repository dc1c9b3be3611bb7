package nl.schakel.toegang.toepassing.werkvoorraad;

import java.util.List;
import nl.schakel.toegang.domein.Medewerker;

/**
 * One flow's share of a medewerker's "Mijn werk": what waits for them in that flow, as counts that each lead to the
 * screen listing them. Every flow contributes its own bean (CDI discovers all of them); the page asks all and shows
 * what comes back, so a new flow appears on "Mijn werk" without the page knowing it.
 *
 * <p>A count is of resources the medewerker's grants already open (the same list filter as the flow's own lists),
 * never of what they may not see: a count is itself information. Counts carry no personal data and are not logged
 * as an access to personal data; opening the list behind a tile is, as always, decided and logged by the gate.
 */
public interface Werkvoorraadbron {

    /** The tiles for this medewerker, in the order the flow wants them; empty when the flow has nothing for their roles. */
    List<Werkvoorraadtegel> tegelsVoor(Medewerker medewerker);
}
