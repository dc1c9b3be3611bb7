package nl.schakel.casusoverleg.domein;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How the aanmelder answered one of the table's criteria, with its short reason. */
@Embeddable
public class Criteriumantwoord {

    @Column(name = "criterium", nullable = false)
    private String criterium;

    @Column(name = "voldaan", nullable = false)
    private boolean voldaan;

    @Column(name = "toelichting", nullable = false)
    private String toelichting;

    protected Criteriumantwoord() {}

    Criteriumantwoord(String criterium, boolean voldaan, String toelichting) {
        this.criterium = criterium;
        this.voldaan = voldaan;
        this.toelichting = toelichting;
    }

    public String criterium() {
        return criterium;
    }

    public boolean voldaan() {
        return voldaan;
    }

    public String toelichting() {
        return toelichting;
    }
}
