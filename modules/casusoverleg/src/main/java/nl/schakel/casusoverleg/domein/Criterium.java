package nl.schakel.casusoverleg.domein;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One of a table's criteria for registering a case, e.g. "two or more chains are involved". */
@Embeddable
public class Criterium {

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "omschrijving", nullable = false)
    private String omschrijving;

    protected Criterium() {}

    public Criterium(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    public String code() {
        return code;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
