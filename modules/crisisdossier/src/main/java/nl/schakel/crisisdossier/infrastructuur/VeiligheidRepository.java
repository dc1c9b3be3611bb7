package nl.schakel.crisisdossier.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Veiligheidsbijdrage;
import nl.schakel.gedeeld.fout.VersieConflictFout;

/**
 * The parts of the joint veiligheidsbeoordeling. A version row is written with every save, in the same transaction, so
 * the history of what a partner judged is never behind its part.
 */
@ApplicationScoped
public class VeiligheidRepository {

    @PersistenceContext(unitName = "crisisdossier")
    EntityManager em;

    protected VeiligheidRepository() {}

    /** Outside a container (tests, tools): with an EntityManager whose transaction the caller runs. */
    public VeiligheidRepository(EntityManager em) {
        this.em = em;
    }

    /** Every partner's part, by organisation code. */
    public List<Veiligheidsbijdrage> van(UUID dossierId) {
        return em.createQuery("select v from Veiligheidsbijdrage v where v.crisisdossierId = :id order by v.organisatieCode",
                Veiligheidsbijdrage.class).setParameter("id", dossierId).getResultList();
    }

    /** The organisation's part to change, its row locked until the commit: a second change waits, then meets the version. */
    public Optional<Veiligheidsbijdrage> voorWijziging(UUID dossierId, String organisatie) {
        return em.createQuery("select v from Veiligheidsbijdrage v where v.crisisdossierId = :id and v.organisatieCode = :org",
                        Veiligheidsbijdrage.class)
                .setParameter("id", dossierId).setParameter("org", organisatie)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    /**
     * A first part. Two first saves of one organisation at once: the unique key lets one in; the other is told the part
     * now exists (412), as a stale version would be.
     */
    public void voegToe(Veiligheidsbijdrage bijdrage) {
        try {
            em.persist(bijdrage);
            em.flush();
        } catch (jakarta.persistence.PersistenceException fout) {
            if (!Unieksleutel.geschonden(fout)) {
                throw fout; // anything but the unique key is not the client's conflict: it stays a 500, logged
            }
            throw new VersieConflictFout("API-412", "Uw organisatie heeft intussen al een bijdrage; haal haar op en pas haar aan.");
        }
        bewaarVersie(bijdrage);
    }

    public void bewaarWijziging(Veiligheidsbijdrage bijdrage) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new VersieConflictFout("API-412", "De bijdrage is intussen gewijzigd; haal haar opnieuw op.");
        }
        bewaarVersie(bijdrage);
    }

    private void bewaarVersie(Veiligheidsbijdrage bijdrage) {
        em.createNativeQuery("insert into crisisdossier.veiligheidsbijdrage_versie (bijdrage_id, versie, op, door, oordeel,"
                        + " risicofactoren, beschermende_factoren, afspraken) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, bijdrage.id())
                .setParameter(2, bijdrage.versie())
                .setParameter(3, bijdrage.laatstGewijzigd().atOffset(java.time.ZoneOffset.UTC))
                .setParameter(4, bijdrage.gewijzigdDoor())
                .setParameter(5, bijdrage.oordeel().name())
                .setParameter(6, String.join("\n", bijdrage.risicofactoren()))
                .setParameter(7, String.join("\n", bijdrage.beschermendeFactoren()))
                .setParameter(8, String.join("\n", bijdrage.afspraken()))
                .executeUpdate();
    }
}
