package nl.schakel.casusoverleg.domein;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Whether an organisation at the item was there when it was discussed. Organisations only, never names. */
@Embeddable
public class Aanwezigheid {

    @Column(name = "organisatie_code", nullable = false)
    private String organisatieCode;

    @Column(name = "aanwezig", nullable = false)
    private boolean aanwezig;

    protected Aanwezigheid() {}

    public Aanwezigheid(String organisatieCode, boolean aanwezig) {
        this.organisatieCode = organisatieCode;
        this.aanwezig = aanwezig;
    }

    public String organisatieCode() {
        return organisatieCode;
    }

    public boolean aanwezig() {
        return aanwezig;
    }
}
