package nl.schakel.overdracht.domein.inhoud;

/** A professional involved with the family, to contact about the case. */
public record Contactpersoon(String naam, String organisatie, String functie, String telefoon) {}
