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

    /** One row more than {@code grootte}; the newest first; with {@code sof7GestartVoor} only the overdue SOF7 files. */
    @SuppressWarnings("unchecked")
    public List<Crisisdossier> zoek(SqlPredicaat toegang, Optional<Dossierstatus> status, Optional<Instant> sof7GestartVoor,
            Optional<Positie> na, int grootte) {
        Sqlopbouw sql = Sqlopbouw.met("select x.* from crisisdossier.crisisdossier x where (", toegang, ")");
        status.ifPresent(s -> sql.voegToe(" and x.status = ?", s.name()));
        // overdue: open, started more than seven days ago, not done (the same rule as Crisisdossier.isSof7Verlopen)
        sof7GestartVoor.ifPresent(grens -> sql.voegToe(" and x.status = 'OPEN' and x.sof7_afgerond_op is null"
                + " and x.sof7_gestart_op < ?", utc(grens)));
        na.ifPresent(p -> sql.voegToe(" and (x.gestart_op, x.id) < (?, ?)", utc(p.gestartOp()), p.id()));
        sql.voegToe(" order by x.gestart_op desc, x.id desc limit ?", grootte + 1);
        return sql.query(em, Crisisdossier.class).getResultList();
    }

    /** Open files the filter opens: {totaal, SOF7 past its seven days}. For "Mijn werk": numbers only. */
    public long[] tel(SqlPredicaat toegang, Instant nu) {
        Object[] rij = (Object[]) new Sqlopbouw("select count(*), count(*) filter (where x.sof7_gestart_op is not null"
                + " and x.sof7_afgerond_op is null and x.sof7_gestart_op < ?) from crisisdossier.crisisdossier x where (",
                List.of(utc(nu.minus(Crisisdossier.SOF7_TERMIJN)))).voegToe(toegang.sql(), toegang.parameters().toArray())
                .voegToe(") and x.status = 'OPEN'").query(em, null).getSingleResult();
        return new long[] {((Number) rij[0]).longValue(), ((Number) rij[1]).longValue()};
    }

    /** Where a page of the list ended. */
    public record Positie(Instant gestartOp, UUID id) {}

    static OffsetDateTime utc(Instant moment) {
        return moment.atOffset(java.time.ZoneOffset.UTC);
    }
}
