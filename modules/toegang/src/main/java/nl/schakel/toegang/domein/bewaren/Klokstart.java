package nl.schakel.toegang.domein.bewaren;

/** What starts a retention term: the moment from which a rule counts. */
public enum Klokstart {
    /** The owner closes its case: an overdracht ends (accepted, returned, withdrawn), a crisis file is closed. */
    AFSLUITING("na afsluiting"),
    /** The casusoverleg scales the case down: the table's shared copy starts counting. */
    AFSCHALING("na afschaling"),
    /** The last change of the resource itself. */
    LAATSTE_WIJZIGING("na de laatste wijziging"),
    /** A logboek row is written. */
    VASTLEGGING("na vastlegging");

    private final String omschrijving;

    Klokstart(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    /** How the register reads it: "20 jaar na afsluiting". */
    public String omschrijving() {
        return omschrijving;
    }
}
