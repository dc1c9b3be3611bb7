package nl.schakel.overdracht.domein.inhoud;

/** The part a directbetrokkene plays in the case. */
public enum BetrokkeneRol {
    SLACHTOFFER,
    VERMOEDELIJKE_PLEGER,
    KIND,
    OUDER,
    OVERIG
}
