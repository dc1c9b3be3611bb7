package nl.schakel.crisisdossier.domein;

/** A file is open until a co-owner closes it; closing ends every co-owner's grant. */
public enum Dossierstatus {
    OPEN, GESLOTEN
}
