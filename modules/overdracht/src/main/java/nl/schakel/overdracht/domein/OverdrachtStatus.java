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
            // returned: Veilig Thuis corrects it and sends it again (to the same or another receiver), or closes it
            case TERUGGELEGD -> EnumSet.of(VERZONDEN, INGETROKKEN);
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
