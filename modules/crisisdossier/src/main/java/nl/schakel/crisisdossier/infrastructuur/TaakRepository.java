package nl.schakel.crisisdossier.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Taak;
import nl.schakel.crisisdossier.domein.Taakoverzicht;
import nl.schakel.gedeeld.fout.VersieConflictFout;

/** The tasks of crisis files. */
@ApplicationScoped
public class TaakRepository {

    @PersistenceContext(unitName = "crisisdossier")
    EntityManager em;

    protected TaakRepository() {}

    /** Outside a container (tests, tools): with an EntityManager whose transaction the caller runs. */
    public TaakRepository(EntityManager em) {
        this.em = em;
    }

    public void voegToe(Taak taak) {
        em.persist(taak);
        em.flush();
    }

    public Optional<Taak> taak(UUID id) {
        return Optional.ofNullable(em.find(Taak.class, id));
    }

    /** The task to change, its row locked until the commit: a second change waits and then meets the version check. */
    public Optional<Taak> voorWijziging(UUID id) {
        return Optional.ofNullable(em.find(Taak.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public void bewaarWijziging() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new VersieConflictFout("API-412", "De taak is intussen gewijzigd; haal haar opnieuw op.");
        }
    }

    /** The file a task belongs to, without loading it. */
    public Optional<UUID> dossierVan(UUID taakId) {
        return em.createQuery("select t.crisisdossierId from Taak t where t.id = :id", UUID.class)
                .setParameter("id", taakId).getResultStream().findFirst();
    }

    /** Open and under way first, then by the planned moment (unplanned last). */
    public List<Taak> van(UUID dossierId) {
        List<Taak> taken = new java.util.ArrayList<>(em.createQuery("select t from Taak t where t.crisisdossierId = :id"
                + " order by t.gepland, t.id", Taak.class).setParameter("id", dossierId).getResultList());
        taken.sort(java.util.Comparator.comparing(t -> !t.isOpen()));
        return taken;
    }

    /**
     * Per file of a page, in one query: how many tasks are open or under way, and which organisation goes to the family
     * (the first by code of the open tasks marked so), for "who goes there" at a glance in the list.
     */
    public java.util.Map<UUID, Taakoverzicht> overzicht(java.util.Collection<UUID> dossiers) {
        java.util.Map<UUID, Taakoverzicht> overzicht = new java.util.HashMap<>();
        if (dossiers.isEmpty()) {
            return overzicht;
        }
        for (Object rij : em.createNativeQuery("select crisisdossier_id, count(*) filter (where status in ('OPEN', 'ONDERWEG')),"
                + " min(organisatie_code) filter (where gaat_erheen and status in ('OPEN', 'ONDERWEG'))"
                + " from crisisdossier.taak where crisisdossier_id = any (?1) group by crisisdossier_id")
                .setParameter(1, dossiers.toArray(new UUID[0])).getResultList()) {
            Object[] k = (Object[]) rij;
            UUID id = k[0] instanceof UUID u ? u : UUID.fromString(k[0].toString());
            overzicht.put(id, new Taakoverzicht(((Number) k[1]).intValue(), Optional.ofNullable((String) k[2])));
        }
        return overzicht;
    }
}
