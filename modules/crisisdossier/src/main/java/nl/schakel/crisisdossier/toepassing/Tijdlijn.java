package nl.schakel.crisisdossier.toepassing;

import java.util.List;
import nl.schakel.crisisdossier.domein.Aantekening;
import nl.schakel.toegang.domein.Gegevenscategorie;

/** The entries of a file the caller may see, newest first, and the categories of those withheld (never their count). */
public record Tijdlijn(List<Aantekening> aantekeningen, List<Gegevenscategorie> achtergehouden) {}
