package nl.schakel.casusoverleg.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Actie;
import nl.schakel.casusoverleg.domein.ActieStatus;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.gedeeld.sql.SqlPredicaat;
import nl.schakel.gedeeld.sql.Sqlopbouw;

/** JPA access to the actions of agenda items; the list is native SQL with the caller's access filter. */
@ApplicationScoped
public class ActieRepository {

    @PersistenceContext(unitName = "casusoverleg")
    EntityManager em;

    protected ActieRepository() {}

    /** Outside a container (tests, tools): with an EntityManager whose transaction the caller runs. */
    public ActieRepository(EntityManager em) {
        this.em = em;
    }

    public void voegToe(Actie actie) {
        em.persist(actie);
        em.flush();
    }

    public Optional<Actie> actie(UUID id) {
        return Optional.ofNullable(em.find(Actie.class, id));
    }

    /** The action to change, its row locked until the commit: a second change waits and then meets the version check. */
    public Optional<Actie> voorWijziging(UUID id) {
        return Optional.ofNullable(em.find(Actie.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public void bewaarWijziging() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new VersieConflictFout("API-412", "De actie is intussen gewijzigd; haal haar opnieuw op.");
        }
    }

    /** The item an action belongs to, without loading it: what access needs to know before deciding. */
    public Optional<UUID> agendapuntVan(UUID actieId) {
        return em.createQuery("select a.agendapuntId from Actie a where a.id = :id", UUID.class)
                .setParameter("id", actieId).getResultStream().findFirst();
    }

    /** In the order they were given. */
    public List<Actie> van(UUID agendapuntId) {
        return em.createQuery("select a from Actie a where a.agendapuntId = :id order by a.toegewezenOp, a.id", Actie.class)
                .setParameter("id", agendapuntId).getResultList();
    }

    /** The open actions of a case given at its items other than {@code behalve}, oldest first. */
    public List<Actie> openVanCasus(UUID aanmeldingId, UUID behalve) {
        return em.createQuery("select a from Actie a where a.aanmeldingId = :aanmelding and a.agendapuntId <> :punt"
                + " and a.status = :open order by a.uiterlijk, a.id", Actie.class).setParameter("aanmelding", aanmeldingId)
                .setParameter("punt", behalve).setParameter("open", ActieStatus.OPEN).getResultList();
    }

    /** One row more than {@code grootte}; the earliest date first. */
    @SuppressWarnings("unchecked")
    public List<Actie> zoek(SqlPredicaat toegang, Optional<ActieStatus> status, Optional<Positie> na, int grootte) {
        Sqlopbouw sql = Sqlopbouw.met("select x.* from casusoverleg.actie x where (", toegang, ")");
        status.ifPresent(s -> sql.voegToe(" and x.status = ?", s.name()));
        na.ifPresent(p -> sql.voegToe(" and (x.uiterlijk, x.id) > (?, ?)", p.uiterlijk(), p.id()));
        sql.voegToe(" order by x.uiterlijk, x.id limit ?", grootte + 1);
        return sql.query(em, Actie.class).getResultList();
    }

    /** Where a page of the list ended. */
    public record Positie(LocalDate uiterlijk, UUID id) {}
}
