package nl.schakel.overdracht.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.gedeeld.persistentie.Tijdstipkolom;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.overdracht.domein.OverdrachtHandeling;
import nl.schakel.overdracht.domein.OverdrachtStatus;
import nl.schakel.overdracht.domein.Overgang;
import nl.schakel.toegang.domein.bewaren.Bewaartermijnen;
import nl.schakel.toegang.domein.bewaren.Vernietigbaar;
import nl.schakel.toegang.domein.bewaren.Vernietigingskalender;
import nl.schakel.toegang.toepassing.vernietiging.Bewaarbron;
import nl.schakel.toegang.toepassing.vernietiging.Klokstarten;

/**
 * Retention of Veilig Thuis's overdracht: twenty years after afsluiting ({@code bewaartermijnen.json}). Afsluiting is
 * the end of Veilig Thuis's case: for a withdrawn overdracht the withdrawal; for an accepted one the recording of the
 * 12-month monitoring moment, because Veilig Thuis keeps "zicht op veiligheid" until monitoring ends. A returned
 * overdracht is not closed (Veilig Thuis corrects and sends it again, or withdraws it), nor one in transit; their clock
 * has not started. Destroying one deletes its rows from every table of this flow that held it: the overdracht, its
 * steps, its versions and its monitoring moments. Its events on the feed stay: they hold ids and organisation codes only.
 */
@ApplicationScoped
public class OverdrachtBewaring implements Bewaarbron {

    static final String EIGENAARTYPE = "VEILIG_THUIS";

    /** The clock start of every closed overdracht, per the rule above; one SQL for the job and the check before destroying. */
    private static final String KLOKSTART = "select o.id, o.eigenaar_organisatie, case o.status "
            + "when 'INGETROKKEN' then (select max(g.op) from overdracht.overgang g where g.overdracht_id = o.id and g.naar = 'INGETROKKEN') "
            + "when 'GEACCEPTEERD' then (select m.uitgevoerd_op from overdracht.monitoringmoment m where m.overdracht_id = o.id "
            + "and m.maanden_na_acceptatie = 12) end as klokstart from overdracht.overdracht o where o.status in ('INGETROKKEN', 'GEACCEPTEERD')";

    @PersistenceContext(unitName = "overdracht")
    EntityManager em;

    @Inject
    Vernietigingskalender kalender;

    @Inject
    Bewaartermijnen termijnen;

    @Override
    public String brontype() {
        return OverdrachtHandeling.OVERDRACHT.naam();
    }

    /** When the clock of this overdracht started; empty while it is open, returned, or accepted and still monitored. */
    public Optional<Instant> klokstart(Overdracht overdracht) {
        if (overdracht.status() == OverdrachtStatus.INGETROKKEN) {
            return overdracht.overgangen().stream().filter(o -> o.naar() == OverdrachtStatus.INGETROKKEN).map(Overgang::op)
                    .max(Instant::compareTo);
        }
        if (overdracht.status() == OverdrachtStatus.GEACCEPTEERD) {
            return em.createNativeQuery("select m.uitgevoerd_op from overdracht.monitoringmoment m where m.overdracht_id = ? "
                    + "and m.maanden_na_acceptatie = 12 and m.uitgevoerd_op is not null").setParameter(1, overdracht.id())
                    .getResultList().stream().findFirst().map(Tijdstipkolom::uit);
        }
        return Optional.empty();
    }

    /** The destruction date shown in the API and the UI; empty while the clock has not started. */
    public Optional<LocalDate> vernietigingsdatum(Overdracht overdracht) {
        return klokstart(overdracht).map(start -> kalender.vernietigingsdatum(brontype(), EIGENAARTYPE, start));
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
        if (em.find(Overdracht.class, id) == null) {
            return false;
        }
        if (!Klokstarten.nogVerschuldigd(rij, brontype(), EIGENAARTYPE, peildatum, kalender)) {
            throw new IllegalStateException("overdracht " + id + " is niet (meer) aan vernietiging toe");
        }
        em.clear();
        // the runtime role cannot delete these rows; the owner's function does, only for an item of an approved list
        return Boolean.TRUE.equals(em.createNativeQuery("select overdracht.vernietig(?)").setParameter(1, id).getSingleResult());
    }


    static OffsetDateTime utc(Instant moment) {
        return moment.atOffset(ZoneOffset.UTC);
    }
}
