package nl.schakel.toegang.domein;

/** The purpose for which data is shared; every grant is for exactly one. */
public enum Doel {
    OVERDRACHT("een overdracht"),
    CASUSOVERLEG("een casusoverleg"),
    CRISIS("een crisisdossier"),
    MONITORING("monitoring"),
    PRIVACYBEHEER("privacybeheer"),
    AUDIT("verantwoording"),
    BEKENDHEIDSCHECK("een bekendheidscheck");

    private final String omschrijving;

    Doel(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    /** How a message names the purpose: "het beleid staat voor een overdracht aan … niet toe". */
    public String omschrijving() {
        return omschrijving;
    }
}
