package nl.schakel.crisisdossier.domein;

/** What Filomena's one-stop team is asked to look at: forensic and medical together, or one of the two. */
public enum Screeningsoort {
    FORENSISCH_MEDISCH, MEDISCH, FORENSISCH
}
