package nl.schakel.crisisdossier.domein;

/** An entry stays valid until its author withdraws it; the history stays either way. */
public enum Aantekeningstatus {
    GELDIG, INGETROKKEN
}
