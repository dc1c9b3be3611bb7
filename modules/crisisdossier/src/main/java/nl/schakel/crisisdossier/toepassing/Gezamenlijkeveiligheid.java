package nl.schakel.crisisdossier.toepassing;

import java.util.List;
import java.util.Optional;
import nl.schakel.crisisdossier.domein.Veiligheidsbijdrage;
import nl.schakel.crisisdossier.domein.Veiligheidsoordeel;

/**
 * The joint veiligheidsbeoordeling and veiligheidsplan as the caller may see it: every partner's part, the joint (most
 * severe) judgement, and whether the parts were withheld (a viewer without VEILIGHEID learns only that they exist).
 */
public record Gezamenlijkeveiligheid(List<Veiligheidsbijdrage> bijdragen, Optional<Veiligheidsoordeel> oordeel, boolean achtergehouden) {}
