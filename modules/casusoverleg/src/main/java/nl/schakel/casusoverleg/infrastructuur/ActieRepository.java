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
import nl.schakel.gedeeld.persistentie.Uuidkolom;
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

    /**
     * Claims the open actions due from {@code van} to {@code tot} (both included) that were not reminded yet, at most
     * {@code hoogstens}, by setting their {@code herinnerd_op} to {@code nu}; returns them by date. Rows another
     * transaction holds (a second node claiming at the same moment, an owner closing the action) are skipped, and the
     * outer condition is checked again on the row as it is after such a wait, so each action is claimed once.
     */
    @SuppressWarnings("unchecked")
    public List<Teherinneren> claimTeHerinneren(LocalDate van, LocalDate tot, java.time.Instant nu, int hoogstens) {
        List<Object[]> rijen = em.createNativeQuery("update casusoverleg.actie set herinnerd_op = ?1"
                + " where status = 'OPEN' and herinnerd_op is null and id in (select id from casusoverleg.actie"
                + " where status = 'OPEN' and herinnerd_op is null and uiterlijk between ?2 and ?3"
                + " order by uiterlijk, id limit ?4 for update skip locked)"
                + " returning id, eigenaar_organisatie, uiterlijk")
                .setParameter(1, nu.atOffset(java.time.ZoneOffset.UTC)).setParameter(2, van).setParameter(3, tot)
                .setParameter(4, hoogstens).getResultList();
        return rijen.stream().map(r -> new Teherinneren(Uuidkolom.uit(r[0]), (String) r[1], datum(r[2])))
                .sorted(java.util.Comparator.comparing(Teherinneren::uiterlijk).thenComparing(Teherinneren::actieId)).toList();
    }

    /** An action the reminder job claimed: which, whose, due when. */
    public record Teherinneren(UUID actieId, String eigenaar, LocalDate uiterlijk) {}

    private static LocalDate datum(Object waarde) {
        return waarde instanceof java.sql.Date d ? d.toLocalDate() : waarde instanceof LocalDate l ? l : LocalDate.parse(waarde.toString());
    }

    /** Where a page of the list ended. */
    public record Positie(LocalDate uiterlijk, UUID id) {}
}
