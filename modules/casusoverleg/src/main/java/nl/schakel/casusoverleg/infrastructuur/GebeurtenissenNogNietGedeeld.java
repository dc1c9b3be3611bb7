package nl.schakel.casusoverleg.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import nl.schakel.casusoverleg.toepassing.Casusoverleggebeurtenissen;

/**
 * THE SEAM FOR THE SHARED EVENT OUTBOX. Until the platform has one outbox for every flow (being built in the branch
 * {@code gebeurtenis}: {@code nl.schakel.gedeeld.gebeurtenis.GebeurtenisSchrijver}), the casusoverleg writes no events:
 * this implementation records nothing. Replace it by one that appends a data-poor event per call to that outbox, in
 * the caller's transaction and as the last statement of the work (its numbering lock is held until the commit; lock
 * order: event before logboek). Types to use: {@code nl.schakel.casusoverleg.uitgenodigd},
 * {@code nl.schakel.casusoverleg.agenda-gewijzigd}, {@code nl.schakel.casusoverleg.afgeschaald}; the subject is the
 * resource's URL path, the receivers the organisations named here. No names, no case words.
 */
@ApplicationScoped
public class GebeurtenissenNogNietGedeeld implements Casusoverleggebeurtenissen {

    @Override
    public void uitgenodigd(UUID agendapuntId, String organisatie) {
        // no outbox yet: see the class comment
    }

    @Override
    public void agendaGewijzigd(UUID overlegId, Set<String> ontvangers) {
        // no outbox yet: see the class comment
    }

    @Override
    public void afgeschaald(UUID aanmeldingId, Set<String> ontvangers) {
        // no outbox yet: see the class comment
    }

    @Override
    public void actieToegewezen(UUID actieId, String eigenaar) {
        // no outbox yet: see the class comment
    }
}
