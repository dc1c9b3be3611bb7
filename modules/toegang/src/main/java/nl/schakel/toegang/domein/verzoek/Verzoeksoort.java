package nl.schakel.toegang.domein.verzoek;

/** What the data subject asks for (AVG art. 15–18 and 21). */
public enum Verzoeksoort {
    INZAGE("Inzage"),
    CORRECTIE("Correctie"),
    VERNIETIGING("Vernietiging"),
    BEPERKING("Beperking van de verwerking"),
    BEZWAAR("Bezwaar");

    private final String omschrijving;

    Verzoeksoort(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
