package nl.schakel.overdracht.domein.inhoud;

/** Who reported; its own category (MELDER) because the family must never learn it from a partner. */
public record Melder(String naam, String relatie, String telefoon) {}
