package nl.schakel.toegang.domein.bewaren;

import java.util.Objects;
import nl.schakel.toegang.domein.Doel;

/**
 * How long one kind of resource of one kind of owner is kept: the term, what starts it, and why (legal basis, in
 * Dutch, for the register and the reviewer). The owner is an organisation type as the policy names them.
 */
public record Bewaarregel(String brontype, Doel doel, String eigenaar, Termijn termijn, Klokstart start, String toelichting) {

    public Bewaarregel {
        Objects.requireNonNull(brontype, "brontype");
        Objects.requireNonNull(doel, "doel");
        Objects.requireNonNull(eigenaar, "eigenaar");
        Objects.requireNonNull(termijn, "termijn");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(toelichting, "toelichting");
    }

    /** "20 jaar na afsluiting". */
    public String omschrijving() {
        return termijn.omschrijving() + " " + start.omschrijving();
    }
}
