package nl.schakel.overdracht.toepassing;

import java.time.Instant;
import java.util.Optional;
import nl.schakel.overdracht.domein.OverdrachtStatus;

/**
 * What a count on "Mijn werk" needs of one overdracht: its status and deadlines, no content and no personal data.
 *
 * @param verzondenOp when it was sent (the acceptance term runs from there); empty for a concept
 * @param opgeschaald the term watcher escalated it to the sender's teamleider
 */
public record Overdrachtstand(OverdrachtStatus status, Optional<Instant> verzondenOp, boolean opgeschaald) {}
