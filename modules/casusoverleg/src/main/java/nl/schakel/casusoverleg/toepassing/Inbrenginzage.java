package nl.schakel.casusoverleg.toepassing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.schakel.casusoverleg.domein.Inbreng;
import nl.schakel.toegang.domein.Categoriefilter;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * One inbreng as one reader may see it: the parts its grants cover (all, for the contributor), the categories withheld,
 * and its destruction date by its owner's rule (empty before afschaling).
 */
public record Inbrenginzage(Inbreng inbreng, List<Inbreng.Deel> delen, List<Gegevenscategorie> achtergehouden,
        Optional<LocalDate> vernietigingsdatum) {

    public Inbrenginzage {
        delen = List.copyOf(delen);
        achtergehouden = List.copyOf(achtergehouden);
    }

    static Inbrenginzage van(Inbreng inbreng, Categoriefilter filter, InbrengBewaring bewaring) {
        Categoriefilter.Gefilterd<Inbreng.Deel> gefilterd = filter.filter(inbreng.delen());
        return new Inbrenginzage(inbreng, gefilterd.zichtbaar(), gefilterd.achtergehouden(), bewaring.vernietigingsdatum(inbreng));
    }
}
