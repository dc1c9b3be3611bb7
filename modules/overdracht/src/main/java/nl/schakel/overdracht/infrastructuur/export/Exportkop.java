package nl.schakel.overdracht.infrastructuur.export;

import java.time.Instant;

/**
 * What the header of every exported page says: who exported it for which organisation, when, and for which
 * purpose under which legal basis; and the names of the two organisations of the overdracht.
 */
public record Exportkop(
        String medewerker,
        String organisatie,
        Instant tijdstip,
        String doel,
        String grondslag,
        String eigenaar,
        String ontvanger) {}
