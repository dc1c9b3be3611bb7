package nl.schakel.toegang.domein;

/** The purpose for which data is shared; every grant is for exactly one. */
public enum Doel {
    OVERDRACHT,
    CASUSOVERLEG,
    CRISIS,
    MONITORING,
    PRIVACYBEHEER,
    AUDIT
}
