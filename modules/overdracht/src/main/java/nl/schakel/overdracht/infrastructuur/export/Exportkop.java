package nl.schakel.overdracht.infrastructuur.export;

import java.time.Instant;
import java.util.Map;

/**
 * What the header of every exported page says: who exported it for which organisation, when, and for which
 * purpose under which legal basis; the names of the two organisations of the overdracht, and the owner's functional
 * mailbox from the partner register (null without one), named where no contact person was recorded.
 */
public record Exportkop(
        String medewerker,
        String organisatie,
        Instant tijdstip,
        String doel,
        String grondslag,
        String eigenaar,
        String ontvanger,
        Map<String, String> gemeenten,
        String eigenaarMailbox) {

    /** Municipalities by code (the partner register), so the file names them as people do; a code not found stays. */
    public Exportkop {
        gemeenten = gemeenten == null ? Map.of() : Map.copyOf(gemeenten);
    }

    public Exportkop(String medewerker, String organisatie, Instant tijdstip, String doel, String grondslag, String eigenaar,
            String ontvanger) {
        this(medewerker, organisatie, tijdstip, doel, grondslag, eigenaar, ontvanger, Map.of());
    }

    public Exportkop(String medewerker, String organisatie, Instant tijdstip, String doel, String grondslag, String eigenaar,
            String ontvanger, Map<String, String> gemeenten) {
        this(medewerker, organisatie, tijdstip, doel, grondslag, eigenaar, ontvanger, gemeenten, null);
    }

    String gemeente(String code) {
        return code == null ? null : gemeenten.getOrDefault(code, code);
    }
}
