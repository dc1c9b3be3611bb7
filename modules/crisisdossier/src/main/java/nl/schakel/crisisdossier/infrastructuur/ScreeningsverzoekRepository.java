package nl.schakel.crisisdossier.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Screeningsverzoek;
import nl.schakel.gedeeld.fout.VersieConflictFout;

/** The screening requests of crisis files. */
@ApplicationScoped
public class ScreeningsverzoekRepository {

    @PersistenceContext(unitName = "crisisdossier")
    EntityManager em;

    protected ScreeningsverzoekRepository() {}

    /** Outside a container (tests, tools): with an EntityManager whose transaction the caller runs. */
    public ScreeningsverzoekRepository(EntityManager em) {
        this.em = em;
    }

    public void voegToe(Screeningsverzoek verzoek) {
        em.persist(verzoek);
        em.flush();
    }

    public Optional<Screeningsverzoek> verzoek(UUID id) {
        return Optional.ofNullable(em.find(Screeningsverzoek.class, id));
    }

    /** The request to change, its row locked until the commit: a second change waits and then meets the version check. */
    public Optional<Screeningsverzoek> voorWijziging(UUID id) {
        return Optional.ofNullable(em.find(Screeningsverzoek.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public void bewaarWijziging() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new VersieConflictFout("API-412", "Het screeningsverzoek is intussen gewijzigd; haal het opnieuw op.");
        }
    }

    /** The file a request belongs to, without loading it. */
    public Optional<UUID> dossierVan(UUID id) {
        return em.createQuery("select s.crisisdossierId from Screeningsverzoek s where s.id = :id", UUID.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** Oldest first: the order in which they were asked. */
    public List<Screeningsverzoek> van(UUID dossierId) {
        return em.createQuery("select s from Screeningsverzoek s where s.crisisdossierId = :id order by s.aangevraagdOp, s.id",
                Screeningsverzoek.class).setParameter("id", dossierId).getResultList();
    }
}
