package nl.schakel.casusoverleg.domein;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A meeting moved to another day (JSON-B): the new date, and optionally a new start and end (absent: the meeting keeps
 * its times). The invitations' window moves with the date ({@link Overleg#verplaats}).
 */
public record Verplaatsing(LocalDate datum, LocalTime aanvang, LocalTime einde) {}
