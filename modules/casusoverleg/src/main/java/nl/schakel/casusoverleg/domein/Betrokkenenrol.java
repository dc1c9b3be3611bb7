package nl.schakel.casusoverleg.domein;

/** The role of a betrokkene in the case, as the aanmelder names it. */
public enum Betrokkenenrol {
    SLACHTOFFER,
    VERMOEDELIJKE_PLEGER,
    KIND,
    OUDER,
    OVERIG
}
