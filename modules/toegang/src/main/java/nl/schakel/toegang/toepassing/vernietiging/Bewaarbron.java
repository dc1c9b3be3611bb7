package nl.schakel.toegang.toepassing.vernietiging;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.toegang.domein.bewaren.Vernietigbaar;

/**
 * What a flow gives the destruction machinery for one resource type it owns: which resources are due, and how to
 * destroy one. A CDI bean in the flow's module; access finds every one with {@code Instance<Bewaarbron>}, so a flow
 * plugs in without access knowing it. The flow computes destruction dates with {@code Vernietigingskalender} only.
 */
public interface Bewaarbron {

    /** The resource type this bron answers for, as grants and the retention rules name it ({@code OVERDRACHT}). */
    String brontype();

    /** Every resource whose clock has started and whose destruction date is on or before {@code peildatum}. */
    List<Vernietigbaar> verschuldigd(LocalDate peildatum);

    /**
     * Deletes the content of one resource from every table of the flow that held it, in the caller's transaction
     * (access then deletes its grants and betrokkenen, and writes the tombstone). Not a flag: the rows go. False when
     * the resource no longer exists; a resource whose clock no longer runs (e.g. reopened) is refused with an
     * {@link IllegalStateException}, so nothing is destroyed that is not due.
     */
    boolean vernietig(UUID id, LocalDate peildatum);
}
