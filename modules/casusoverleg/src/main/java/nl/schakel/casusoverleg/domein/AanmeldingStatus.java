package nl.schakel.casusoverleg.domein;

import java.util.Set;

/**
 * The life of a registered case: submitted, then triaged by the organiser (accepted, rejected with a reason, or sent
 * back with a question, after which the aanmelder's change submits it again); an accepted case goes on agendas until
 * the organiser closes it (afschaling).
 */
public enum AanmeldingStatus {
    INGEDIEND,
    AANVULLING_GEVRAAGD,
    GEACCEPTEERD,
    AFGEWEZEN,
    AFGESCHAALD;

    /** The statuses a step may lead to from this one. */
    public Set<AanmeldingStatus> volgende() {
        return switch (this) {
            case INGEDIEND -> Set.of(AANVULLING_GEVRAAGD, GEACCEPTEERD, AFGEWEZEN);
            case AANVULLING_GEVRAAGD -> Set.of(INGEDIEND, AFGEWEZEN);
            case GEACCEPTEERD -> Set.of(AFGESCHAALD);
            case AFGEWEZEN, AFGESCHAALD -> Set.of();
        };
    }
}
