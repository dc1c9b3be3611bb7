package nl.schakel.crisisdossier.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Crisisdossier;
import nl.schakel.crisisdossier.domein.Dossierstatus;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.gedeeld.sql.SqlPredicaat;
import nl.schakel.gedeeld.sql.Sqlopbouw;

/** JPA access to the crisis files; the list is native SQL with the caller's access filter. */
@ApplicationScoped
public class CrisisdossierRepository {

    @PersistenceContext(unitName = "crisisdossier")
    EntityManager em;

    protected CrisisdossierRepository() {}

    /** Outside a container (tests, tools): with an EntityManager whose transaction the caller runs. */
    public CrisisdossierRepository(EntityManager em) {
        this.em = em;
    }

    public void voegToe(Crisisdossier dossier) {
        em.persist(dossier);
        em.flush();
    }

    public Optional<Crisisdossier> dossier(UUID id) {
        return Optional.ofNullable(em.find(Crisisdossier.class, id));
    }

    /** The file to change, its row locked until the commit: a second change waits and then meets the version check. */
    public Optional<Crisisdossier> voorWijziging(UUID id) {
        return Optional.ofNullable(em.find(Crisisdossier.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public void bewaarWijziging() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new VersieConflictFout("API-412", "Het crisisdossier is intussen gewijzigd; haal het opnieuw op.");
        }
    }

    /**
     * One row more than {@code grootte}; the newest first; with {@code sof7GestartVoor} only the overdue SOF7 files, with
     * {@code evaluatieVerlopenOp} only the files with an overdue DMFI review moment at that moment.
     */
    @SuppressWarnings("unchecked")
    public List<Crisisdossier> zoek(SqlPredicaat toegang, Optional<Dossierstatus> status, Optional<Instant> sof7GestartVoor,
            Optional<Instant> evaluatieVerlopenOp, Optional<Positie> na, int grootte) {
        Sqlopbouw sql = Sqlopbouw.met("select x.* from crisisdossier.crisisdossier x where (", toegang, ")");
        status.ifPresent(s -> sql.voegToe(" and x.status = ?", s.name()));
        // overdue: open, started more than seven days ago, not done (the same rule as Crisisdossier.isSof7Verlopen)
        sof7GestartVoor.ifPresent(grens -> sql.voegToe(" and x.status = 'OPEN' and x.sof7_afgerond_op is null"
                + " and x.sof7_gestart_op < ?", utc(grens)));
        evaluatieVerlopenOp.ifPresent(nu -> sql.voegToe(" and x.status = 'OPEN' and " + EVALUATIE_VERLOPEN, utc(nu)));
        na.ifPresent(p -> sql.voegToe(" and (x.gestart_op, x.id) < (?, ?)", utc(p.gestartOp()), p.id()));
        sql.voegToe(" order by x.gestart_op desc, x.id desc limit ?", grootte + 1);
        return sql.query(em, Crisisdossier.class).getResultList();
    }

    /**
     * Open files the filter opens: {totaal, SOF7 past its seven days, a DMFI review moment overdue}. For "Mijn werk":
     * numbers only.
     */
    public long[] tel(SqlPredicaat toegang, Instant nu) {
        Object[] rij = (Object[]) new Sqlopbouw("select count(*), count(*) filter (where x.sof7_gestart_op is not null"
                + " and x.sof7_afgerond_op is null and x.sof7_gestart_op < ?), count(*) filter (where " + EVALUATIE_VERLOPEN + ")"
                + " from crisisdossier.crisisdossier x where (",
                List.of(utc(nu.minus(Crisisdossier.SOF7_TERMIJN)), utc(nu))).voegToe(toegang.sql(), toegang.parameters().toArray())
                .voegToe(") and x.status = 'OPEN'").query(em, null).getSingleResult();
        return new long[] {((Number) rij[0]).longValue(), ((Number) rij[1]).longValue(), ((Number) rij[2]).longValue()};
    }

    /** A planned review moment whose time has passed (the same rule as Evaluatiemoment.isVerlopen); one parameter: now. */
    private static final String EVALUATIE_VERLOPEN = "exists (select 1 from crisisdossier.dmfi_evaluatiemoment e"
            + " where e.crisisdossier_id = x.id and e.status = 'GEPLAND' and e.gepland_op < ?)";

    /** Where a page of the list ended. */
    public record Positie(Instant gestartOp, UUID id) {}

    static OffsetDateTime utc(Instant moment) {
        return moment.atOffset(java.time.ZoneOffset.UTC);
    }
}
