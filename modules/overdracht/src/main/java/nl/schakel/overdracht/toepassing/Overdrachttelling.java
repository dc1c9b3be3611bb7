package nl.schakel.overdracht.toepassing;

/**
 * What "Mijn werk" counts of the overdrachten in one status that the caller may list; counts only, no content and no
 * personal data.
 *
 * @param aantal how many
 * @param verzondenVoorDeGrens how many were sent before the acceptance term's boundary: overdue while the status is open
 * @param opgeschaald how many the term watcher escalated to the sender's teamleider
 */
public record Overdrachttelling(long aantal, long verzondenVoorDeGrens, long opgeschaald) {

    public static final Overdrachttelling GEEN = new Overdrachttelling(0, 0, 0);
}
