package nl.schakel.toegang.domein.verzoek;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One organisation's part of a request: it holds or received data about the person, and answers for that data itself
 * (what it found, what it corrected or destroyed through its own flow's normal changes). {@code bronnen} are its
 * resources about the person as {@code TYPE:id}, so it knows where to look; no content. {@code vrijgegeven}: the
 * organisation released what it holds for the inzage report (what the police and the OM hold is withheld otherwise).
 */
public record Deelverzoek(UUID id, UUID verzoekId, int versie, String organisatie, List<String> bronnen, Status status,
        Optional<String> antwoord, Optional<String> beantwoordDoor, Optional<Instant> beantwoordOp, boolean vrijgegeven) {

    public enum Status { OPEN, BEANTWOORD }

    public Deelverzoek {
        bronnen = List.copyOf(bronnen);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
