package nl.schakel.casusoverleg.domein;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.schakel.toegang.domein.Gegevenscategorie;

/** One part of an inbreng as stored: its category, the contributor's legal basis for sharing it, and the text. */
@Embeddable
public class Inbrengdeel {

    @Enumerated(EnumType.STRING)
    @Column(name = "categorie", nullable = false)
    private Gegevenscategorie categorie;

    @Column(name = "grondslag", nullable = false)
    private String grondslag;

    @Column(name = "tekst", nullable = false)
    private String tekst;

    protected Inbrengdeel() {}

    Inbrengdeel(Gegevenscategorie categorie, String grondslag, String tekst) {
        this.categorie = categorie;
        this.grondslag = grondslag;
        this.tekst = tekst;
    }

    public Gegevenscategorie categorie() {
        return categorie;
    }

    public String grondslag() {
        return grondslag;
    }

    public String tekst() {
        return tekst;
    }
}
