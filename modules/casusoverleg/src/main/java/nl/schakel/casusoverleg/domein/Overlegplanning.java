package nl.schakel.casusoverleg.domein;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A meeting as the organiser plans it (JSON-B). No personal data: a place or an online link, the names of the chair
 * and the minute-taker (professionals), never a family's address.
 */
public record Overlegplanning(UUID overlegtafel, LocalDate datum, LocalTime aanvang, LocalTime einde, String plaats,
        String onlineLink, String voorzitter, String notulist) {}
