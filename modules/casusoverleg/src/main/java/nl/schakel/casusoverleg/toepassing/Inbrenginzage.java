package nl.schakel.casusoverleg.toepassing;

import java.util.List;
import nl.schakel.casusoverleg.domein.Inbreng;
import nl.schakel.toegang.domein.Categoriefilter;
import nl.schakel.toegang.domein.Gegevenscategorie;

/** One inbreng as one reader may see it: the parts its grants cover (all, for the contributor), the categories withheld. */
public record Inbrenginzage(Inbreng inbreng, List<Inbreng.Deel> delen, List<Gegevenscategorie> achtergehouden) {

    public Inbrenginzage {
        delen = List.copyOf(delen);
        achtergehouden = List.copyOf(achtergehouden);
    }

    static Inbrenginzage van(Inbreng inbreng, Categoriefilter filter) {
        Categoriefilter.Gefilterd<Inbreng.Deel> gefilterd = filter.filter(inbreng.delen());
        return new Inbrenginzage(inbreng, gefilterd.zichtbaar(), gefilterd.achtergehouden());
    }
}
