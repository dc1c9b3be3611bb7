package nl.schakel.casusoverleg.toepassing;

import java.time.LocalDate;
import nl.schakel.casusoverleg.domein.Aanmelding;

/**
 * An aanmelding as one caller may see it: the parts its grants cover, and its triage term (the last day, null when
 * the organiser is not to decide now, and whether that day has passed while the organiser has not decided).
 */
public record AanmeldingInzage(Aanmelding aanmelding, Casusinzage casus, LocalDate triageUiterlijk, boolean triageVerlopen) {}
