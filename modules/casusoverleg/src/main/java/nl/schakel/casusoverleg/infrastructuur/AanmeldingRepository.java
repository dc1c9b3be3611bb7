package nl.schakel.casusoverleg.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Aanmelding;
import nl.schakel.casusoverleg.domein.AanmeldingStatus;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.gedeeld.sql.SqlPredicaat;
import nl.schakel.gedeeld.sql.Sqlopbouw;

/**
 * JPA access to aanmeldingen. The list is native SQL because the access filter names {@code toegang.toegang},
 * outside this persistence unit; values are always bound.
 */
@ApplicationScoped
public class AanmeldingRepository {

    @PersistenceContext(unitName = "casusoverleg")
    EntityManager em;

    protected AanmeldingRepository() {}

    /** Outside a container (tests, tools): with an EntityManager whose transaction the caller runs. */
    public AanmeldingRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Aanmelding> aanmelding(UUID id) {
        return Optional.ofNullable(em.find(Aanmelding.class, id));
    }

    /**
     * The aanmelding to change, read with its row locked until the commit: concurrent changes of one aanmelding queue here, so the
     * later one meets the version check (412) instead of a deadlock or a constraint error at commit.
     */
    public Optional<Aanmelding> voorWijziging(UUID id) {
        return Optional.ofNullable(em.find(Aanmelding.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public void voegToe(Aanmelding aanmelding) {
        em.persist(aanmelding);
        em.flush();
    }

    /** Flushes, so that a concurrent change is found now (412) and not at commit (500). */
    public void bewaarWijziging() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new VersieConflictFout("API-412", "De aanmelding is intussen door iemand anders gewijzigd; haal haar opnieuw op.");
        }
    }

    /** One row more than {@code grootte}; oldest submission first (the triage queue's order). */
    @SuppressWarnings("unchecked")
    public List<Aanmelding> zoek(SqlPredicaat toegang, Set<AanmeldingStatus> statussen, Optional<Positie> na, int grootte) {
        Sqlopbouw sql = Sqlopbouw.met("select a.* from casusoverleg.aanmelding a where (", toegang, ")");
        if (!statussen.isEmpty()) {
            sql.voegToe(" and a.status in (" + String.join(", ", statussen.stream().map(s -> "?").toList()) + ")",
                    statussen.stream().map(Enum::name).sorted().toArray());
        }
        na.ifPresent(p -> sql.voegToe(" and (a.ingediend_op, a.id) > (?, ?)", p.ingediendOp(), p.id()));
        sql.voegToe(" order by a.ingediend_op, a.id limit ?", grootte + 1);
        return sql.query(em, Aanmelding.class).getResultList();
    }

    /** Where a page of the list ended. */
    public record Positie(OffsetDateTime ingediendOp, UUID id) {

        public static Positie na(Aanmelding aanmelding) {
            return new Positie(aanmelding.ingediendOp().atOffset(ZoneOffset.UTC), aanmelding.id());
        }
    }
}
