package nl.schakel.casusoverleg.toepassing;

import nl.schakel.casusoverleg.domein.Actie;
import nl.schakel.casusoverleg.domein.Agendapunt;
import nl.schakel.casusoverleg.domein.Overleg;

/**
 * An action as its owner (or the meeting's owners) may see it: the action and, as its context, the item's summary
 * (number, meeting date, and from the verslag the decisions, the plan and the casusregisseur) — never the other
 * partners' inbreng. {@code verlopen}: past its date while open.
 */
public record Actieinzage(Actie actie, Agendapunt punt, Overleg overleg, boolean verlopen) {}
