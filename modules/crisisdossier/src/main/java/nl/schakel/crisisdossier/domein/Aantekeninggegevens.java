package nl.schakel.crisisdossier.domein;

/** An entry (or its correction) as the author's screen sends it; soort and categorie are checked by the domain. */
public record Aantekeninggegevens(String soort, String categorie, String tekst) {}
