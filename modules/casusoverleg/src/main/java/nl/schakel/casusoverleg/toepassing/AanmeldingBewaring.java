package nl.schakel.casusoverleg.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Aanmelding;
import nl.schakel.casusoverleg.domein.Bronnen;
import nl.schakel.gedeeld.persistentie.Tijdstipkolom;
import nl.schakel.toegang.domein.bewaren.Bewaartermijnen;
import nl.schakel.toegang.domein.bewaren.Vernietigbaar;
import nl.schakel.toegang.domein.bewaren.Vernietigingskalender;
import nl.schakel.toegang.toepassing.vernietiging.Bewaarbron;
import nl.schakel.toegang.toepassing.vernietiging.Klokstarten;

/**
 * Retention of the shared copy of a case at the table of the Zorg- en Veiligheidshuis: twelve months after afschaling
 * ({@code bewaartermijnen.json}, AANMELDING). The clock starts at the aanmelding's afschaling ({@code afgeschaald_op},
 * written with the AFGESCHAALD transition); an aanmelding that is not afgeschaald has no clock. Destroying it deletes
 * the whole shared copy in the owner's function {@code casusoverleg.vernietig_aanmelding}: the aanmelding with its
 * lists and transitions, its agendapunten with invitations, attendance and minutes, its actions, and each inbreng that
 * stands approved itself; every other inbreng moves out of the copy (its owner's rule still runs, {@link InbrengBewaring}).
 * A meeting goes when no item is left on it and its date is past the table's term. The grants and betrokkenen of
 * what went are deleted here; the moved-out inbreng keeps its owner's grant, detached from the item that is gone.
 * Events on the feed stay: ids and organisation codes only.
 */
@ApplicationScoped
public class AanmeldingBewaring implements Bewaarbron {

    public static final String EIGENAARTYPE = "ZORG_EN_VEILIGHEIDSHUIS";

    private static final String KLOKSTART = "select a.id, t.organisator_organisatie, a.afgeschaald_op as klokstart "
            + "from casusoverleg.aanmelding a join casusoverleg.overlegtafel t on t.id = a.overlegtafel_id where a.status = 'AFGESCHAALD'";

    @PersistenceContext(unitName = "casusoverleg")
    EntityManager em;

    @Inject
    Vernietigingskalender kalender;

    @Inject
    Bewaartermijnen termijnen;

    @Override
    public String brontype() {
        return Bronnen.AANMELDING.naam();
    }

    /** The destruction date of the shared copy, shown in the API; empty while the case is not afgeschaald. */
    public Optional<LocalDate> vernietigingsdatum(Aanmelding aanmelding) {
        return aanmelding.afgeschaaldOp().map(op -> kalender.vernietigingsdatum(brontype(), EIGENAARTYPE, op));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Vernietigbaar> verschuldigd(LocalDate peildatum) {
        return Klokstarten.verschuldigd(brontype(), EIGENAARTYPE, peildatum, termijnen, kalender, voor -> em.createNativeQuery(
                "select * from (" + KLOKSTART + ") k where k.klokstart < ? order by k.klokstart, k.id").setParameter(1, voor)
                .getResultList());
    }

    @Override
    public boolean vernietig(UUID id, LocalDate peildatum) {
        List<?> rij = em.createNativeQuery("select k.klokstart from (" + KLOKSTART + ") k where k.id = ?").setParameter(1, id).getResultList();
        if (em.find(Aanmelding.class, id) == null) {
            return false;
        }
        if (!Klokstarten.nogVerschuldigd(rij, brontype(), EIGENAARTYPE, peildatum, kalender)) {
            throw new IllegalStateException("aanmelding " + id + " is niet (meer) aan vernietiging toe");
        }
        em.clear();
        // the runtime role cannot delete these rows; the owner's function does, only for an item of an approved list,
        // and with them the grants of the items, actions and meetings it deleted (a kept inbreng's grant comes loose)
        return Boolean.TRUE.equals(em.createNativeQuery("select casusoverleg.vernietig_aanmelding(?)").setParameter(1, id)
                .getSingleResult());
    }
}
