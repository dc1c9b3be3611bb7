package nl.schakel.overdracht.domein;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an overdracht is in its life. The allowed transitions are listed here and nowhere else; the README
 * shows them as a table.
 */
public enum OverdrachtStatus {
    CONCEPT,
    VERZONDEN,
    ONTVANGEN,
    GEACCEPTEERD,
    TERUGGELEGD,
    INGETROKKEN;

    /** The statuses this one may move to. */
    public Set<OverdrachtStatus> volgende() {
        return switch (this) {
            case CONCEPT -> EnumSet.of(VERZONDEN, INGETROKKEN);
            case VERZONDEN -> EnumSet.of(ONTVANGEN, INGETROKKEN);
            // the recipient decides only after confirming receipt, so the escalation clock has a start
            case ONTVANGEN -> EnumSet.of(GEACCEPTEERD, TERUGGELEGD, INGETROKKEN);
            // returned: Veilig Thuis closes it here and, if needed, starts a new overdracht to someone else
            case TERUGGELEGD -> EnumSet.of(INGETROKKEN);
            // accepted: responsibility for "zicht op veiligheid" has moved; there is no way back
            case GEACCEPTEERD, INGETROKKEN -> EnumSet.noneOf(OverdrachtStatus.class);
        };
    }

    public boolean kanNaar(OverdrachtStatus naar) {
        return volgende().contains(naar);
    }

    public boolean isAfgesloten() {
        return volgende().isEmpty();
    }
}
