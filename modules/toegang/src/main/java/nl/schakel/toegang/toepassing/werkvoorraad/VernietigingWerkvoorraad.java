package nl.schakel.toegang.toepassing.werkvoorraad;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.ToegangHandeling;
import nl.schakel.toegang.infrastructuur.VernietigingRepository;
import nl.schakel.toegang.toepassing.Toegangspoort;

/**
 * The destruction lists that wait for the functionaris gegevensbescherming (proposed, or approved and not carried out),
 * on "Mijn werk" for the roles of {@code vernietiging.beoordelen}. A count of lists, no personal data: not logged.
 */
@ApplicationScoped
public class VernietigingWerkvoorraad implements Werkvoorraadbron {

    /** Its own group on the page, like break-glass: destruction covers every flow's resources. */
    public static final String STROOM = "vernietiging";
    public static final String TE_BEHANDELEN = "vernietiging-te-behandelen";

    @Inject
    Toegangspoort poort;

    @Inject
    VernietigingRepository repository;

    @Override
    public List<Werkvoorraadtegel> tegelsVoor(Medewerker medewerker) {
        if (!poort.regel(ToegangHandeling.VERNIETIGING_BEOORDELEN).staatToe(medewerker.rollen())) {
            return List.of();
        }
        // no legal deadline for the review itself: nothing here is overdue
        return List.of(new Werkvoorraadtegel(STROOM, TE_BEHANDELEN, "Vernietigingslijsten te behandelen",
                repository.telOnbehandeld(), false, "#/vernietiging"));
    }
}
