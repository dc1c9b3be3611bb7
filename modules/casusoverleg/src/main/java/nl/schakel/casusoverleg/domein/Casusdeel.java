package nl.schakel.casusoverleg.domein;

import nl.schakel.toegang.domein.Gecategoriseerd;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * A part of a registered case as the table shares it, with its data category and its owner (the aanmelder): the
 * betrokkenen are identity, the question and the criteria are about safety. A reader sees a part its grants cover, or
 * one its own organisation wrote.
 */
public record Casusdeel(Soort soort, String eigenaar) implements Gecategoriseerd {

    public enum Soort {
        BETROKKENEN(Gegevenscategorie.IDENTITEIT),
        VRAAG(Gegevenscategorie.VEILIGHEID),
        CRITERIA(Gegevenscategorie.VEILIGHEID);

        private final Gegevenscategorie categorie;

        Soort(Gegevenscategorie categorie) {
            this.categorie = categorie;
        }
    }

    @Override
    public Gegevenscategorie categorie() {
        return soort.categorie;
    }
}
