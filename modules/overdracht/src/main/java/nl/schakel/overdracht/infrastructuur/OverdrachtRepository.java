package nl.schakel.overdracht.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.overdracht.domein.OverdrachtStatus;
import nl.schakel.overdracht.domein.OverdrachtVersie;
import nl.schakel.overdracht.domein.Uitvoerder;
import nl.schakel.gedeeld.sql.SqlPredicaat;
import nl.schakel.gedeeld.sql.Sqlopbouw;
import nl.schakel.overdracht.toepassing.Overdrachtstand;
import nl.schakel.overdracht.toepassing.ZoekVraag;

/**
 * JPA access to the overdracht schema. Every change is flushed here and its version row written in the same
 * transaction, so there is never a change without its history.
 */
@ApplicationScoped
public class OverdrachtRepository {

    @PersistenceContext(unitName = "overdracht")
    EntityManager em;

    protected OverdrachtRepository() {}

    /** Outside a container (tests, tools): with an EntityManager whose transaction the caller runs. */
    public OverdrachtRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Overdracht> overdracht(UUID id) {
        return Optional.ofNullable(em.find(Overdracht.class, id));
    }

    public void voegToe(Overdracht overdracht, Uitvoerder door) {
        em.persist(overdracht);
        legVersieVast(overdracht, door);
    }

    public void bewaarWijziging(Overdracht overdracht, Uitvoerder door) {
        legVersieVast(overdracht, door);
    }

    /** Flushes first: only then is the new version number known (and a concurrent change detected). */
    private void legVersieVast(Overdracht overdracht, Uitvoerder door) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new VersieConflictFout("API-412",
                    "De overdracht is intussen door iemand anders gewijzigd; haal haar opnieuw op.");
        }
        em.persist(OverdrachtVersie.van(overdracht, door));
        em.flush();
    }

    /**
     * Sent or received, not yet escalated, sent before {@code verzondenVoor}: the candidates of the term watcher
     * (partial index {@code overdracht_te_bewaken}). The caller checks each against the calendar itself.
     */
    public List<Overdracht> teBewaken(OffsetDateTime verzondenVoor, int limiet) {
        return em.createQuery("select o from Overdracht o where o.status in :open and o.opgeschaaldOp is null"
                        + " and o.verzondenOp < :grens order by o.verzondenOp", Overdracht.class)
                .setParameter("open", List.of(OverdrachtStatus.VERZONDEN, OverdrachtStatus.ONTVANGEN))
                .setParameter("grens", verzondenVoor)
                .setMaxResults(limiet)
                .getResultList();
    }

    public List<OverdrachtVersie> versies(UUID id) {
        return em.createQuery("select v from OverdrachtVersie v where v.overdrachtId = :id order by v.versie",
                        OverdrachtVersie.class)
                .setParameter("id", id)
                .getResultList();
    }

    public Optional<OverdrachtVersie> versie(UUID id, int versie) {
        return Optional.ofNullable(em.find(OverdrachtVersie.class, new OverdrachtVersie.Sleutel(id, versie)));
    }

    /** One row more than the page size; filters and pages in SQL, never after fetching. */
    @SuppressWarnings("unchecked")
    public List<Overdracht> zoek(ZoekVraag vraag) {
        if (ZoekSql.vindtNiets(vraag)) {
            return List.of();
        }
        ZoekSql zoek = ZoekSql.voor(vraag);
        Query query = em.createNativeQuery(zoek.sql(), Overdracht.class);
        List<Object> parameters = zoek.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.getResultList();
    }

    /**
     * Status and deadlines of every overdracht the predicate lets through with one of {@code statussen}: the counts
     * of "Mijn werk", over the same filter as the lists. Only these three columns leave the database.
     */
    public List<Overdrachtstand> standen(SqlPredicaat toegang, Set<OverdrachtStatus> statussen) {
        Sqlopbouw sql = Sqlopbouw.met("select o.status, (extract(epoch from o.verzonden_op) * 1000)::bigint, "
                + "o.opgeschaald_op is not null from overdracht.overdracht o where (", toegang, ")");
        List<String> namen = statussen.stream().sorted().map(Enum::name).toList();
        StringJoiner in = new StringJoiner(", ", " and o.status in (", ")");
        namen.forEach(naam -> in.add("?"));
        sql.voegToe(in.toString(), namen.toArray());
        List<Overdrachtstand> standen = new java.util.ArrayList<>();
        for (Object rij : sql.query(em, null).getResultList()) {
            Object[] kolommen = (Object[]) rij;
            standen.add(new Overdrachtstand(OverdrachtStatus.valueOf((String) kolommen[0]),
                    Optional.ofNullable((Number) kolommen[1]).map(ms -> Instant.ofEpochMilli(ms.longValue())),
                    Boolean.TRUE.equals(kolommen[2])));
        }
        return standen;
    }
}
