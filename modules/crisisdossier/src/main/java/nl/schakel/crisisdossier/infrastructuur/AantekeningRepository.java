package nl.schakel.crisisdossier.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Aantekening;
import nl.schakel.crisisdossier.domein.Aantekeningsoort;
import nl.schakel.crisisdossier.domein.Aantekeningversie;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * The entries of crisis files and their versions. A version row is written with every change of content, in the same
 * transaction, so the history is never behind the entry.
 */
@ApplicationScoped
public class AantekeningRepository {

    @PersistenceContext(unitName = "crisisdossier")
    EntityManager em;

    protected AantekeningRepository() {}

    /** Outside a container (tests, tools): with an EntityManager whose transaction the caller runs. */
    public AantekeningRepository(EntityManager em) {
        this.em = em;
    }

    /** A new entry with its first version. */
    public void voegToe(Aantekening aantekening, String doorOrganisatie) {
        em.persist(aantekening);
        em.flush();
        bewaarVersie(aantekening, doorOrganisatie);
    }

    public Optional<Aantekening> aantekening(UUID id) {
        return Optional.ofNullable(em.find(Aantekening.class, id));
    }

    /** The entry to change, its row locked until the commit. */
    public Optional<Aantekening> voorWijziging(UUID id) {
        return Optional.ofNullable(em.find(Aantekening.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Saves a correction and writes it as the next version; a withdrawal ({@code nieuweVersie} false) only saves. */
    public void bewaarWijziging(Aantekening aantekening, boolean nieuweVersie, String doorOrganisatie) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new VersieConflictFout("API-412", "De aantekening is intussen gewijzigd; haal haar opnieuw op.");
        }
        if (nieuweVersie) {
            bewaarVersie(aantekening, doorOrganisatie);
        }
    }

    /** The file an entry belongs to, without loading it: what access needs to know before deciding. */
    public Optional<UUID> dossierVan(UUID aantekeningId) {
        return em.createQuery("select a.crisisdossierId from Aantekening a where a.id = :id", UUID.class)
                .setParameter("id", aantekeningId).getResultStream().findFirst();
    }

    /** The file's timeline: newest first. */
    public List<Aantekening> van(UUID dossierId) {
        return em.createQuery("select a from Aantekening a where a.crisisdossierId = :id order by a.geschrevenOp desc, a.id",
                Aantekening.class).setParameter("id", dossierId).getResultList();
    }

    /** Every version of an entry, oldest first. */
    public List<Aantekeningversie> versies(UUID aantekeningId) {
        List<Aantekeningversie> versies = new ArrayList<>();
        for (Object rij : em.createNativeQuery("select versie, soort, categorie, tekst, door_naam, door_organisatie, op"
                + " from crisisdossier.aantekening_versie where aantekening_id = ?1 order by versie")
                .setParameter(1, aantekeningId).getResultList()) {
            Object[] k = (Object[]) rij;
            versies.add(new Aantekeningversie(((Number) k[0]).intValue(), Aantekeningsoort.valueOf((String) k[1]),
                    Gegevenscategorie.valueOf((String) k[2]), (String) k[3], (String) k[4], (String) k[5], tijdstip(k[6])));
        }
        return versies;
    }

    private void bewaarVersie(Aantekening a, String doorOrganisatie) {
        em.createNativeQuery("insert into crisisdossier.aantekening_versie (aantekening_id, versie, soort, categorie, tekst,"
                + " door_naam, door_organisatie, op) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, a.id()).setParameter(2, a.versie()).setParameter(3, a.soort().name())
                .setParameter(4, a.categorie().name()).setParameter(5, a.tekst()).setParameter(6, a.auteur())
                .setParameter(7, doorOrganisatie).setParameter(8, a.laatstGewijzigd().atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    static Instant tijdstip(Object kolom) {
        if (kolom instanceof OffsetDateTime moment) {
            return moment.toInstant();
        }
        if (kolom instanceof java.sql.Timestamp moment) {
            return moment.toInstant();
        }
        return Instant.parse(kolom.toString());
    }
}
