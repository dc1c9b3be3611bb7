package nl.schakel.overdracht.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import nl.schakel.overdracht.toepassing.Overdrachttelling;
import nl.schakel.overdracht.toepassing.Teruglegging;
import nl.schakel.overdracht.toepassing.ZoekVraag;
import nl.schakel.gedeeld.persistentie.Uuidkolom;

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
     * The counts of "Mijn werk" over the same filter as the lists, per status among {@code statussen}: how many, how
     * many were sent before {@code verzondenVoor} (the acceptance term's boundary, {@code Termijnen.verlopenVoor}) and
     * how many the term watcher escalated. Only the counts leave the database, but the count reads every row it counts,
     * so it grows with the open work: 56 ms over 16,266 open overdrachten in one wijkteam's inbox, a sequential scan
     * (docs/metingen.md, the seventeenth day), where a region's open inbox holds tens.
     */
    public Map<OverdrachtStatus, Overdrachttelling> tellingen(SqlPredicaat toegang, Set<OverdrachtStatus> statussen,
            Instant verzondenVoor) {
        Sqlopbouw sql = new Sqlopbouw("select o.status, count(*), count(*) filter (where o.verzonden_op < ?), "
                + "count(*) filter (where o.opgeschaald_op is not null) from overdracht.overdracht o where (",
                List.of(verzondenVoor.atOffset(ZoneOffset.UTC)));
        sql.voegToe(toegang.sql() + ")", toegang.parameters().toArray());
        StringJoiner in = new StringJoiner(", ", " and o.status in (", ") group by o.status");
        statussen.forEach(status -> in.add("?"));
        sql.voegToe(in.toString(), statussen.stream().map(Enum::name).toArray());
        Map<OverdrachtStatus, Overdrachttelling> tellingen = new EnumMap<>(OverdrachtStatus.class);
        for (Object rij : sql.query(em, null).getResultList()) {
            Object[] k = (Object[]) rij;
            tellingen.put(OverdrachtStatus.valueOf((String) k[0]), new Overdrachttelling(((Number) k[1]).longValue(),
                    ((Number) k[2]).longValue(), ((Number) k[3]).longValue()));
        }
        return tellingen;
    }

    /**
     * The returns {@code organisatie} made, newest first, one row more than {@code grootte}: only its own steps and the
     * owner they went back to leave the database (index {@code overgang_teruggelegd_door}).
     */
    public List<Teruglegging> terugleggingen(String organisatie, Optional<Teruglegging.Positie> na, int grootte) {
        Sqlopbouw sql = new Sqlopbouw("select g.id, g.overdracht_id, (extract(epoch from g.op) * 1000000)::bigint, "
                + "g.medewerker_naam, g.reden, o.eigenaar_organisatie from overdracht.overgang g "
                + "join overdracht.overdracht o on o.id = g.overdracht_id "
                + "where g.naar = 'TERUGGELEGD' and g.organisatie_code = ?", List.of(organisatie));
        na.ifPresent(positie -> sql.voegToe(" and (g.op, g.id) < (?, ?)", positie.op().atOffset(ZoneOffset.UTC), positie.stap()));
        sql.voegToe(" order by g.op desc, g.id desc limit ?", grootte + 1);
        List<Teruglegging> terugleggingen = new java.util.ArrayList<>();
        for (Object rij : sql.query(em, null).getResultList()) {
            Object[] k = (Object[]) rij;
            long micros = ((Number) k[2]).longValue();
            terugleggingen.add(new Teruglegging(Uuidkolom.uit(k[0]), Uuidkolom.uit(k[1]),
                    Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L),
                    (String) k[3], (String) k[4], (String) k[5]));
        }
        return terugleggingen;
    }

    /**
     * How many returns {@code organisatie} made since {@code sinds}: the count of "Mijn werk", over the same rows as the
     * list (the tile counts a recent window; the list keeps every return).
     */
    public long telTerugleggingen(String organisatie, Instant sinds) {
        return ((Number) new Sqlopbouw("select count(*) from overdracht.overgang g where g.naar = 'TERUGGELEGD' "
                + "and g.organisatie_code = ? and g.op >= ?", List.of(organisatie, sinds.atOffset(ZoneOffset.UTC)))
                .query(em, null).getSingleResult()).longValue();
    }
}
