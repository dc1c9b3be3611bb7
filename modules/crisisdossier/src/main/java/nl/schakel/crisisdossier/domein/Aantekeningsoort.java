package nl.schakel.crisisdossier.domein;

/** What kind of entry: a note, an observation at the family, an assessment or a decision. */
public enum Aantekeningsoort {
    NOTITIE, OBSERVATIE, BEOORDELING, BESLUIT
}
