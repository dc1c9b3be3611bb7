package nl.schakel.casusoverleg.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Bronnen;
import nl.schakel.casusoverleg.infrastructuur.ActieRepository;
import nl.schakel.casusoverleg.infrastructuur.InbrengRepository;
import nl.schakel.casusoverleg.infrastructuur.OverlegRepository;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.casusoverleg.domein.Foutcodes;
import nl.schakel.toegang.domein.Bron;

/**
 * The resources of flow 2 as the gate sees them. An agenda item is asked for by its own id, but a grant may be on its
 * meeting, so the gate needs the meeting's id too: only that id is read before the decision, nothing else. An id that
 * exists nowhere gets a parent no grant names ({@link Bron#metOnbekendeOuder}), so the answer is the same 404, logged.
 */
@ApplicationScoped
public class Casusbronnen {

    @Inject
    OverlegRepository overleggen;

    @Inject
    InbrengRepository inbreng;

    @Inject
    ActieRepository acties;

    public Bron aanmelding(UUID id) {
        return new Bron(Bronnen.AANMELDING, id);
    }

    public Bron overleg(UUID id) {
        return new Bron(Bronnen.OVERLEG, id);
    }

    public Bron agendapunt(UUID id) {
        return overleggen.overlegVan(id)
                .map(overleg -> Bron.binnen(Bronnen.AGENDAPUNT, id, overleg(overleg)))
                .orElseGet(() -> Bron.metOnbekendeOuder(Bronnen.AGENDAPUNT, id));
    }

    /** An inbreng asked for under an item: it must belong to that item, or it does not exist for the caller. */
    public Bron inbreng(UUID agendapuntId, UUID inbrengId) {
        return inbreng.agendapuntVan(inbrengId)
                .filter(agendapuntId::equals)
                .map(punt -> Bron.binnen(Bronnen.INBRENG, inbrengId, agendapunt(punt)))
                .orElseGet(() -> Bron.metOnbekendeOuder(Bronnen.INBRENG, inbrengId));
    }

    /** An action inside its item (and so inside the item's meeting): the meeting's owners open it too. */
    public Bron actie(UUID id) {
        return acties.agendapuntVan(id)
                .map(punt -> Bron.binnen(Bronnen.ACTIE, id, agendapunt(punt)))
                .orElseGet(() -> Bron.metOnbekendeOuder(Bronnen.ACTIE, id));
    }

    /** The same answer for every resource of the flow that does not exist, or that the caller has no grant on. */
    public static NietGevondenFout nietGevonden(String wat) {
        return new NietGevondenFout(Foutcodes.NIET_GEVONDEN, wat + " bestaat niet.");
    }
}
