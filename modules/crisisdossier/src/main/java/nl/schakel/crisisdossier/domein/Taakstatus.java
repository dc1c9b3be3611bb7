package nl.schakel.crisisdossier.domein;

/** Where a task stands; VERVALLEN when it is no longer needed. */
public enum Taakstatus {
    OPEN, ONDERWEG, GEDAAN, VERVALLEN
}
