package nl.schakel.overdracht.infrastructuur;

import nl.schakel.overdracht.toepassing.MonitoringZoekvraag;
import nl.schakel.overdracht.domein.monitoring.Monitoringmoment;
import nl.schakel.overdracht.domein.monitoring.Scoretelling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.gedeeld.sql.SqlPredicaat;
import nl.schakel.gedeeld.sql.Sqlopbouw;

/**
 * JPA access to {@code overdracht.monitoringmoment}. The list and the KPI counts are native SQL because the access
 * filter names {@code toegang.toegang}, outside this persistence unit; values are always bound, never pasted.
 */
@ApplicationScoped
public class MonitoringmomentRepository {

    @PersistenceContext(unitName = "overdracht")
    EntityManager em;

    protected MonitoringmomentRepository() {}

    /** Outside a container (tests, tools): with an EntityManager whose transaction the caller runs. */
    public MonitoringmomentRepository(EntityManager em) {
        this.em = em;
    }

    public void voegToe(Monitoringmoment moment) {
        em.persist(moment);
        em.flush();
    }

    public Optional<Monitoringmoment> moment(UUID id) {
        return Optional.ofNullable(em.find(Monitoringmoment.class, id));
    }

    /** 3 months first, then 12. */
    public List<Monitoringmoment> vanOverdracht(UUID overdrachtId) {
        return em.createQuery("select m from Monitoringmoment m where m.overdrachtId = :id order by m.maandenNaAcceptatie",
                        Monitoringmoment.class)
                .setParameter("id", overdrachtId)
                .getResultList();
    }

    /** Flushes, so that a concurrent change is found now (412) and not at commit (500). */
    public void bewaarWijziging() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new VersieConflictFout("API-412",
                    "Het monitoringmoment is intussen door iemand anders gewijzigd; haal het opnieuw op.");
        }
    }

    /** One row more than the page size; earliest planned first. */
    @SuppressWarnings("unchecked")
    public List<Monitoringmoment> zoek(MonitoringZoekvraag vraag) {
        Sqlopbouw sql = new Sqlopbouw("select m.* from overdracht.monitoringmoment m where (" + vraag.toegang().sql() + ")",
                vraag.toegang().parameters());
        vraag.uitgevoerd().ifPresent(ja -> sql.voegToe(ja ? " and m.uitgevoerd_op is not null" : " and m.uitgevoerd_op is null"));
        vraag.geplandTot().ifPresent(tot -> sql.voegToe(" and m.gepland_op <= ?", tot));
        vraag.positie().ifPresent(p -> sql.voegToe(" and (m.gepland_op, m.id) > (?, ?)", p.geplandOp(), p.id()));
        sql.voegToe(" order by m.gepland_op, m.id limit ?", vraag.grootte() + 1);
        return sql.query(em, Monitoringmoment.class).getResultList();
    }

    /**
     * The recorded moments the predicate lets through, counted per kind (3 or 12 months) in the database: the
     * scores never leave PostgreSQL, only the counts do.
     */
    public List<Scoretelling> tel(SqlPredicaat toegang, Optional<LocalDate> vanaf, Optional<LocalDate> tot) {
        Sqlopbouw sql = new Sqlopbouw("select m.maanden_na_acceptatie, count(*), "
                + "count(*) filter (where m.score_directbetrokkene >= " + Monitoringmoment.VOLDOENDE + "), "
                + "count(*) filter (where m.score_professional >= " + Monitoringmoment.VOLDOENDE + ") "
                + "from overdracht.monitoringmoment m where m.uitgevoerd_op is not null and (" + toegang.sql() + ")",
                toegang.parameters());
        vanaf.ifPresent(dag -> sql.voegToe(" and m.gepland_op >= ?", dag));
        tot.ifPresent(dag -> sql.voegToe(" and m.gepland_op <= ?", dag));
        sql.voegToe(" group by m.maanden_na_acceptatie");
        List<Scoretelling> tellingen = new ArrayList<>();
        for (Object rij : sql.query(em, null).getResultList()) {
            Object[] kolommen = (Object[]) rij;
            tellingen.add(new Scoretelling(Optional.of(((Number) kolommen[0]).intValue()), ((Number) kolommen[1]).intValue(),
                    ((Number) kolommen[2]).intValue(), ((Number) kolommen[3]).intValue()));
        }
        return tellingen;
    }

    /**
     * Mijn werk's monitoring tile in one query: of the moments not yet recorded that the predicate lets through, those
     * planned on or before {@code vandaag} (to do) and, among them, those planned before it (overdue).
     */
    public Monitoringtelling telOpen(SqlPredicaat toegang, LocalDate vandaag) {
        Sqlopbouw sql = new Sqlopbouw("select count(*), count(*) filter (where m.gepland_op < ?)"
                + " from overdracht.monitoringmoment m where m.uitgevoerd_op is null and (", List.of(vandaag))
                .voegToe(toegang.sql(), toegang.parameters().toArray())
                .voegToe(") and m.gepland_op <= ?", vandaag);
        Object[] kolommen = (Object[]) sql.query(em, null).getSingleResult();
        return new Monitoringtelling(((Number) kolommen[0]).longValue(), ((Number) kolommen[1]).longValue());
    }

    /** Moments to do (planned up to today, not recorded) and how many of them are overdue (planned before today). */
    public record Monitoringtelling(long teDoen, long achterstallig) {}
}
