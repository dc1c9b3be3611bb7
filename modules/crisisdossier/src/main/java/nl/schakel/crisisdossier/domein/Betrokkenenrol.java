package nl.schakel.crisisdossier.domein;

/** The part a betrokkene plays in the crisis. */
public enum Betrokkenenrol {
    KIND, OUDER, VERZORGER, SLACHTOFFER, PLEGER, ANDER
}
