package nl.schakel.toegang.toepassing.werkvoorraad;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.toepassing.Noodtoegangbeoordeling;

/**
 * The break-glass openings waiting for the caller's verdict, on "Mijn werk" of the privacy officer and of the
 * procesregisseur of an owning organisation. Break-glass belongs to the access core, not to one flow: it covers every
 * flow's resources, so it has its own group ({@value #STROOM}).
 */
@ApplicationScoped
public class NoodtoegangWerkvoorraad implements Werkvoorraadbron {

    public static final String STROOM = "toegang";
    public static final String TE_BEOORDELEN = "noodtoegang-te-beoordelen";

    @Inject
    Noodtoegangbeoordeling beoordeling;

    @Override
    public List<Werkvoorraadtegel> tegelsVoor(Medewerker medewerker) {
        // no deadline is set for a review, so nothing here is overdue
        return beoordeling.aantalTeBeoordelen(medewerker).stream()
                .mapToObj(aantal -> new Werkvoorraadtegel(STROOM, TE_BEOORDELEN, "Noodtoegang te beoordelen", aantal,
                        false, "#/noodtoegang"))
                .toList();
    }
}
