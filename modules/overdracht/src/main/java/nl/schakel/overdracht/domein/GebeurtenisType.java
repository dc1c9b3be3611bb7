package nl.schakel.overdracht.domein;

import java.util.Optional;

/**
 * What an event on the feed says happened, with its CloudEvents {@code type} as the contract with the integration
 * routes fixes it (docs/afspraken-tussen-onderdelen.md, "Event feed"). One per status an overdracht can move to
 * (becoming a concept is no event: nobody outside the owner knows of it yet), and one for the escalation.
 */
public enum GebeurtenisType {
    VERZONDEN("nl.schakel.overdracht.verzonden"),
    ONTVANGST_BEVESTIGD("nl.schakel.overdracht.ontvangst-bevestigd"),
    GEACCEPTEERD("nl.schakel.overdracht.geaccepteerd"),
    TERUGGELEGD("nl.schakel.overdracht.teruggelegd"),
    INGETROKKEN("nl.schakel.overdracht.ingetrokken"),
    /** No status change: the acceptance deadline passed and the sender's teamleider was called in. */
    OPGESCHAALD("nl.schakel.overdracht.opgeschaald");

    private final String type;

    GebeurtenisType(String type) {
        this.type = type;
    }

    /** The CloudEvents type, as stored and as the feed shows it. */
    public String type() {
        return type;
    }

    /** The event for reaching {@code status}; empty for CONCEPT. */
    public static Optional<GebeurtenisType> bij(OverdrachtStatus status) {
        return switch (status) {
            case CONCEPT -> Optional.empty();
            case VERZONDEN -> Optional.of(VERZONDEN);
            case ONTVANGEN -> Optional.of(ONTVANGST_BEVESTIGD);
            case GEACCEPTEERD -> Optional.of(GEACCEPTEERD);
            case TERUGGELEGD -> Optional.of(TERUGGELEGD);
            case INGETROKKEN -> Optional.of(INGETROKKEN);
        };
    }

    public static GebeurtenisType vanType(String type) {
        for (GebeurtenisType bekend : values()) {
            if (bekend.type.equals(type)) {
                return bekend;
            }
        }
        throw new IllegalArgumentException("onbekend gebeurtenistype: " + type);
    }
}
