package nl.schakel.casusoverleg.toepassing;

import nl.schakel.casusoverleg.domein.Agendapunt;
import nl.schakel.casusoverleg.domein.Overleg;

/**
 * An agenda item in a list ("Mijn agendapunten"): the item and its meeting, no case content; whether the caller
 * confirmed the meeting's confidentiality statement.
 */
public record Agendapuntsamenvatting(Agendapunt punt, Overleg overleg, boolean geheimhoudingBevestigd) {}
