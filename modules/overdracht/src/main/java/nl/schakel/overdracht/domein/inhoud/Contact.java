package nl.schakel.overdracht.domein.inhoud;

/** How to reach a betrokkene; a secret or safe address is never here but in {@code afgeschermdAdres}. */
public record Contact(String adres, String telefoon) {}
