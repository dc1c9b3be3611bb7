package nl.schakel.crisisdossier.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Dmfioverzicht;
import nl.schakel.crisisdossier.domein.Dmfiregie;
import nl.schakel.crisisdossier.domein.Evaluatiemoment;
import nl.schakel.gedeeld.fout.VersieConflictFout;

/** The DMFI track of crisis files: the casusregisseur and the review moments. */
@ApplicationScoped
public class DmfiRepository {

    @PersistenceContext(unitName = "crisisdossier")
    EntityManager em;

    protected DmfiRepository() {}

    /** Outside a container (tests, tools): with an EntityManager whose transaction the caller runs. */
    public DmfiRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Dmfiregie> regie(UUID dossierId) {
        return Optional.ofNullable(em.find(Dmfiregie.class, dossierId));
    }

    /** The track to change, its row locked until the commit: a second change waits, then meets the version. */
    public Optional<Dmfiregie> regieVoorWijziging(UUID dossierId) {
        return Optional.ofNullable(em.find(Dmfiregie.class, dossierId, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Starts the track. Two first starts at once: the primary key lets one in; the other is told the track now exists
     * (412), as a stale version would be.
     */
    public void start(Dmfiregie regie) {
        try {
            em.persist(regie);
            em.flush();
        } catch (jakarta.persistence.PersistenceException fout) {
            if (!Unieksleutel.geschonden(fout)) {
                throw fout; // anything but the key is not the client's conflict: it stays a 500, logged
            }
            throw new VersieConflictFout("API-412", "DMFI is intussen door een partner gestart; haal het op en pas het aan.");
        }
    }

    public void bewaarWijziging(String wat) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new VersieConflictFout("API-412", wat + " is intussen gewijzigd; haal het opnieuw op.");
        }
    }

    public void voegToe(Evaluatiemoment moment) {
        em.persist(moment);
        em.flush();
    }

    /** By its planned moment, earliest first. */
    public List<Evaluatiemoment> evaluatiemomenten(UUID dossierId) {
        return em.createQuery("select e from Evaluatiemoment e where e.crisisdossierId = :id order by e.geplandOp, e.id",
                Evaluatiemoment.class).setParameter("id", dossierId).getResultList();
    }

    /** The moment to record, in this file, its row locked: two partners recording at once, the second sees it done. */
    public Optional<Evaluatiemoment> evaluatiemomentVoorWijziging(UUID dossierId, UUID id) {
        return Optional.ofNullable(em.find(Evaluatiemoment.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(e -> e.crisisdossierId().equals(dossierId));
    }

    /** The track of a page of files at once (one query), for the lists. */
    public Map<UUID, Dmfioverzicht> overzicht(Collection<UUID> dossiers, Instant nu) {
        Map<UUID, Dmfioverzicht> overzicht = new HashMap<>();
        if (dossiers.isEmpty()) {
            return overzicht;
        }
        for (Object rij : em.createNativeQuery("select r.crisisdossier_id, r.casusregisseur_organisatie, min(e.gepland_op)"
                        + " from crisisdossier.dmfi_regie r left join crisisdossier.dmfi_evaluatiemoment e"
                        + " on e.crisisdossier_id = r.crisisdossier_id and e.status = 'GEPLAND'"
                        + " where r.crisisdossier_id = any (?1) group by r.crisisdossier_id, r.casusregisseur_organisatie")
                .setParameter(1, dossiers.toArray(new UUID[0])).getResultList()) {
            Object[] k = (Object[]) rij;
            UUID id = k[0] instanceof UUID u ? u : UUID.fromString(k[0].toString());
            Optional<Instant> volgende = Optional.ofNullable(k[2]).map(DmfiRepository::moment);
            overzicht.put(id, new Dmfioverzicht(true, Optional.of((String) k[1]), volgende, volgende.map(nu::isAfter).orElse(false)));
        }
        return overzicht;
    }

    /** pgjdbc gives a timestamptz from a native query as a Timestamp; EclipseLink may hand it on as an OffsetDateTime. */
    private static Instant moment(Object waarde) {
        if (waarde instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (waarde instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Onverwacht type voor een moment: " + waarde.getClass().getName());
    }
}
