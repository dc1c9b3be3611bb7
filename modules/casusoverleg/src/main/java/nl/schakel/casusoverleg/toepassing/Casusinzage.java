package nl.schakel.casusoverleg.toepassing;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.schakel.casusoverleg.domein.Aanmelding;
import nl.schakel.casusoverleg.domein.Casusdeel;
import nl.schakel.toegang.domein.Categoriefilter;
import nl.schakel.toegang.domein.Gegevenscategorie;

/** The parts of a registered case one reader may see, and the categories withheld from it. */
public record Casusinzage(Set<Casusdeel.Soort> zichtbaar, List<Gegevenscategorie> achtergehouden) {

    public Casusinzage {
        zichtbaar = zichtbaar.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(zichtbaar));
        achtergehouden = List.copyOf(achtergehouden);
    }

    static Casusinzage van(Aanmelding aanmelding, Categoriefilter filter) {
        Categoriefilter.Gefilterd<Casusdeel> gefilterd = filter.filter(aanmelding.delen());
        Set<Casusdeel.Soort> soorten = EnumSet.noneOf(Casusdeel.Soort.class);
        gefilterd.zichtbaar().forEach(deel -> soorten.add(deel.soort()));
        return new Casusinzage(soorten, gefilterd.achtergehouden());
    }

    public boolean toont(Casusdeel.Soort soort) {
        return zichtbaar.contains(soort);
    }
}
