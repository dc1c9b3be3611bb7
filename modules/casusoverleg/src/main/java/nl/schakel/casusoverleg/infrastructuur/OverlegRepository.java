package nl.schakel.casusoverleg.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Agendapunt;
import nl.schakel.casusoverleg.domein.Overleg;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.gedeeld.sql.SqlPredicaat;
import nl.schakel.gedeeld.sql.Sqlopbouw;

/** JPA access to meetings and their agenda items; the lists are native SQL with the caller's access filter. */
@ApplicationScoped
public class OverlegRepository {

    @PersistenceContext(unitName = "casusoverleg")
    EntityManager em;

    protected OverlegRepository() {}

    /** Outside a container (tests, tools): with an EntityManager whose transaction the caller runs. */
    public OverlegRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Overleg> overleg(UUID id) {
        return Optional.ofNullable(em.find(Overleg.class, id));
    }

    /**
     * The meeting to change, read with its row locked until the commit: concurrent changes of one meeting's agenda queue here, so the
     * later one meets the version check (412) instead of a deadlock or a constraint error at commit.
     */
    public Optional<Overleg> voorWijziging(UUID id) {
        return Optional.ofNullable(em.find(Overleg.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Overleg> overleggen(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select o from Overleg o where o.id in :ids", Overleg.class).setParameter("ids", ids).getResultList();
    }

    public void voegToe(Overleg overleg) {
        em.persist(overleg);
        em.flush();
    }

    public void voegToe(Agendapunt agendapunt) {
        em.persist(agendapunt);
    }

    /**
     * Flushes the meeting and its agenda, so that a concurrent change is found now (412) and not at commit (500). The
     * meeting itself changed with its agenda ({@code Overleg.agendaGewijzigd}), so its version moves: a second editor
     * with the old ETag loses instead of overwriting. (EclipseLink 4.0 did not raise the version with
     * {@code OPTIMISTIC_FORCE_INCREMENT} on an otherwise unchanged meeting here; a real change of the row does.)
     */
    public void bewaarAgenda(Overleg overleg) {
        if (!em.contains(overleg)) {
            throw new IllegalStateException("het overleg hoort bij deze transactie te zijn gelezen");
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new VersieConflictFout("API-412", "Het overleg is intussen door iemand anders gewijzigd; haal het opnieuw op.");
        }
    }

    public Optional<Agendapunt> agendapunt(UUID id) {
        return Optional.ofNullable(em.find(Agendapunt.class, id));
    }

    /**
     * The agenda item to change, read with its row locked until the commit: concurrent changes of one item (an invitation, a new inbreng) queue here, so the
     * later one meets the version check (412) instead of a deadlock or a constraint error at commit.
     */
    public Optional<Agendapunt> agendapuntVoorWijziging(UUID id) {
        return Optional.ofNullable(em.find(Agendapunt.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Flushes a changed item, so that a concurrent change is found now (412) and not at commit (500). */
    public void bewaarAgendapunt() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new VersieConflictFout("API-412", "Het agendapunt is intussen door iemand anders gewijzigd; haal het opnieuw op.");
        }
    }

    /** The meeting an item belongs to, without loading either: what access needs to know before deciding. */
    public Optional<UUID> overlegVan(UUID agendapuntId) {
        return em.createQuery("select a.overlegId from Agendapunt a where a.id = :id", UUID.class)
                .setParameter("id", agendapuntId).getResultStream().findFirst();
    }

    /** In agenda order. */
    public List<Agendapunt> agenda(UUID overlegId) {
        return em.createQuery("select a from Agendapunt a where a.overlegId = :id order by a.volgnummer", Agendapunt.class)
                .setParameter("id", overlegId).getResultList();
    }

    /** Every item of a case, on every meeting. */
    public List<Agendapunt> agendapuntenVan(UUID aanmeldingId) {
        return em.createQuery("select a from Agendapunt a where a.aanmeldingId = :id order by a.toegevoegdOp", Agendapunt.class)
                .setParameter("id", aanmeldingId).getResultList();
    }

    /** One row more than {@code grootte}; earliest meeting first. */
    @SuppressWarnings("unchecked")
    public List<Overleg> zoek(SqlPredicaat toegang, Optional<LocalDate> vanaf, Optional<Overlegpositie> na, int grootte) {
        Sqlopbouw sql = Sqlopbouw.met("select o.* from casusoverleg.overleg o where (", toegang, ")");
        vanaf.ifPresent(datum -> sql.voegToe(" and o.datum >= ?", datum));
        na.ifPresent(p -> sql.voegToe(" and (o.datum, o.aanvang, o.id) > (?, ?, ?)", p.datum(), p.aanvang(), p.id()));
        sql.voegToe(" order by o.datum, o.aanvang, o.id limit ?", grootte + 1);
        return sql.query(em, Overleg.class).getResultList();
    }

    /**
     * The items the caller may list (the filter covers the item and its meeting), one row more than {@code grootte};
     * by meeting, then in agenda order.
     */
    @SuppressWarnings("unchecked")
    public List<Agendapunt> zoekAgendapunten(SqlPredicaat toegang, Optional<LocalDate> vanaf, Optional<Agendapuntpositie> na,
            int grootte) {
        Sqlopbouw sql = Sqlopbouw.met("select a.* from casusoverleg.agendapunt a join casusoverleg.overleg o on o.id = a.overleg_id"
                + " where (", toegang, ")");
        vanaf.ifPresent(datum -> sql.voegToe(" and o.datum >= ?", datum));
        na.ifPresent(p -> sql.voegToe(" and (o.datum, o.aanvang, o.id, a.volgnummer) > (?, ?, ?, ?)", p.datum(), p.aanvang(),
                p.overleg(), p.volgnummer()));
        sql.voegToe(" order by o.datum, o.aanvang, o.id, a.volgnummer limit ?", grootte + 1);
        return sql.query(em, Agendapunt.class).getResultList();
    }

    /** The first item of the meeting (in agenda order) that {@code toegang} lets the caller see, if any. */
    public Optional<UUID> eersteAgendapunt(UUID overlegId, SqlPredicaat toegang) {
        Sqlopbouw sql = Sqlopbouw.met("select a.id from casusoverleg.agendapunt a where (", toegang, ")");
        sql.voegToe(" and a.overleg_id = ? order by a.volgnummer limit 1", overlegId);
        return sql.query(em, null).getResultList().stream().findFirst()
                .map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()));
    }

    /** Where a page of meetings ended. */
    public record Overlegpositie(LocalDate datum, LocalTime aanvang, UUID id) {}

    /** Where a page of agenda items ended. */
    public record Agendapuntpositie(LocalDate datum, LocalTime aanvang, UUID overleg, int volgnummer) {}
}
