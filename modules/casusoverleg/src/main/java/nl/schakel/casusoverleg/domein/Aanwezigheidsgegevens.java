package nl.schakel.casusoverleg.domein;

import java.util.List;

/** The attendance of an item as a whole: it replaces what was recorded before. */
public record Aanwezigheidsgegevens(List<Aanwezige> aanwezigen) {}
