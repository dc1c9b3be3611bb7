package nl.schakel.toegang.domein.bewaren;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A proposal of what to destroy, drawn up for one day: VOORGESTELD until the functionaris gegevensbescherming approves
 * it (GOEDGEKEURD), UITGEVOERD when every item on it is destroyed. Versioned: an approval names the version it saw.
 */
public record Vernietigingslijst(UUID id, int versie, Instant opgesteldOp, LocalDate peildatum, Status status,
        Optional<String> goedgekeurdDoor, Optional<String> goedgekeurdDoorNaam, Optional<Instant> goedgekeurdOp,
        Optional<Instant> uitgevoerdOp, List<Item> items) {

    public enum Status { VOORGESTELD, GOEDGEKEURD, UITGEVOERD }

    /** One resource on the list; {@code vernietigdOp} once it is destroyed. */
    public record Item(String brontype, UUID id, String eigenaar, String eigenaartype, Instant klokstart,
            LocalDate vernietigingsdatum, String regel, Optional<Instant> vernietigdOp) {}
}
