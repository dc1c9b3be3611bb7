package nl.schakel.partners.domein;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Part of a municipality that belongs to one region. Most municipalities are one gebied; Rotterdam's
 * districts are split over the regions Oost and Rotterdam Zuid.
 */
@Embeddable
public class Gebied {

    @Column(name = "naam", nullable = false)
    private String naam;

    @Enumerated(EnumType.STRING)
    @Column(name = "regio", nullable = false)
    private Regio regio;

    protected Gebied() {}

    public Gebied(String naam, Regio regio) {
        this.naam = naam;
        this.regio = regio;
    }

    public String naam() {
        return naam;
    }

    public Regio regio() {
        return regio;
    }
}
