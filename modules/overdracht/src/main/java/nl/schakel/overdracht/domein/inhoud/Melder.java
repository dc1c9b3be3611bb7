package nl.schakel.overdracht.domein.inhoud;

/**
 * Who reported; its own category (MELDER) because the family must never learn it from a partner. {@code soort}
 * is optional: older concepts have none, and the feedback letter then takes the careful reading (a private
 * person, or anonymous when there is no name).
 */
public record Melder(String naam, String relatie, String telefoon, Meldersoort soort) {}
