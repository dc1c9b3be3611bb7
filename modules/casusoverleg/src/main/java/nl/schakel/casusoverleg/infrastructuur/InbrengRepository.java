package nl.schakel.casusoverleg.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Inbreng;
import nl.schakel.casusoverleg.domein.InbrengStatus;
import nl.schakel.casusoverleg.domein.Inbrengversie;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.gedeeld.json.JsonFabriek;

/**
 * JPA access to inbreng. Every change is flushed here and its version row written in the same transaction, so there is
 * never a change without its history. The version row holds the parts as jsonb, written with an explicit cast: no
 * converter, and no dependence on the pool's {@code stringtype}.
 */
@ApplicationScoped
public class InbrengRepository {

    private static final String VERSIE = "insert into casusoverleg.inbreng_versie (inbreng_id, versie, status, delen, gewijzigd_op,"
            + " gewijzigd_door, gewijzigd_door_naam) values (?1, ?2, ?3, cast(?4 as jsonb), ?5, ?6, ?7)";

    @PersistenceContext(unitName = "casusoverleg")
    EntityManager em;

    protected InbrengRepository() {}

    /** Outside a container (tests, tools): with an EntityManager whose transaction the caller runs. */
    public InbrengRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Inbreng> inbreng(UUID id) {
        return Optional.ofNullable(em.find(Inbreng.class, id));
    }

    /**
     * The inbreng to change, read with its row locked until the commit: concurrent changes of one inbreng queue here, so the
     * later one meets the version check (412) instead of a deadlock or a constraint error at commit.
     */
    /** Whether an inbreng moved out of its destroyed case, without loading it: what access needs before deciding. */
    public boolean isBewaardNaAfschaling(UUID id) {
        return !em.createQuery("select i.id from Inbreng i where i.id = :id and i.agendapuntId is null", UUID.class)
                .setParameter("id", id).getResultList().isEmpty();
    }

    public Optional<Inbreng> voorWijziging(UUID id) {
        return Optional.ofNullable(em.find(Inbreng.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * The item an inbreng belongs to, without loading it: what access needs to know before deciding. Empty too for an
     * inbreng that moved out of its destroyed case (it has no item any more).
     */
    public Optional<UUID> agendapuntVan(UUID inbrengId) {
        return em.createQuery("select i.agendapuntId from Inbreng i where i.id = :id and i.agendapuntId is not null", UUID.class)
                .setParameter("id", inbrengId).getResultStream().findFirst();
    }

    /** Every inbreng on an item, oldest first; who may see which is the caller's to decide. */
    public List<Inbreng> van(UUID agendapuntId) {
        return em.createQuery("select i from Inbreng i where i.agendapuntId = :id order by i.aangemaaktOp, i.id", Inbreng.class)
                .setParameter("id", agendapuntId).getResultList();
    }

    public Optional<Inbreng> van(UUID agendapuntId, String organisatieCode) {
        return em.createQuery("select i from Inbreng i where i.agendapuntId = :id and i.organisatieCode = :code", Inbreng.class)
                .setParameter("id", agendapuntId).setParameter("code", organisatieCode).getResultStream().findFirst();
    }

    /** Every version of an inbreng, oldest first, with its parts as they were. */
    @SuppressWarnings("unchecked")
    public List<Inbrengversie> versies(Inbreng inbreng) {
        List<Object[]> rijen = em.createNativeQuery("select versie, status, delen::text, gewijzigd_op, gewijzigd_door_naam"
                        + " from casusoverleg.inbreng_versie where inbreng_id = ?1 order by versie")
                .setParameter(1, inbreng.id()).getResultList();
        List<Inbrengversie> versies = new ArrayList<>();
        for (Object[] rij : rijen) {
            List<Inbreng.Deel> delen = new ArrayList<>();
            try (JsonReader lezer = JsonFabriek.lezer(new StringReader((String) rij[2]))) {
                for (JsonObject deel : lezer.readArray().getValuesAs(JsonObject.class)) {
                    delen.add(new Inbreng.Deel(Gegevenscategorie.valueOf(deel.getString("categorie")), deel.getString("grondslag"),
                            deel.getString("tekst"), inbreng.organisatieCode()));
                }
            }
            versies.add(new Inbrengversie(((Number) rij[0]).intValue(), InbrengStatus.valueOf((String) rij[1]), delen,
                    tijdstip(rij[3]), (String) rij[4]));
        }
        return versies;
    }

    /** A timestamptz as the driver hands it through EclipseLink: a Timestamp, or a java.time value. */
    private static Instant tijdstip(Object waarde) {
        if (waarde instanceof Timestamp t) {
            return t.toInstant();
        }
        if (waarde instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return Instant.parse(waarde.toString());
    }

    public void voegToe(Inbreng inbreng, Medewerker door, Instant nu) {
        em.persist(inbreng);
        legVersieVast(inbreng, door, nu);
    }

    public void bewaarWijziging(Inbreng inbreng, Medewerker door, Instant nu) {
        legVersieVast(inbreng, door, nu);
    }

    /** Flushes first: only then is the new version number known (and a concurrent change detected). */
    private void legVersieVast(Inbreng inbreng, Medewerker door, Instant nu) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new VersieConflictFout("API-412", "De inbreng is intussen door iemand anders gewijzigd; haal haar opnieuw op.");
        }
        JsonArrayBuilder delen = JsonFabriek.lijst();
        inbreng.delen().forEach(deel -> delen.add(JsonFabriek.object()
                .add("categorie", deel.categorie().name())
                .add("grondslag", deel.grondslag())
                .add("tekst", deel.tekst())));
        em.createNativeQuery(VERSIE)
                .setParameter(1, inbreng.id())
                .setParameter(2, inbreng.versie())
                .setParameter(3, inbreng.status().name())
                .setParameter(4, delen.build().toString())
                .setParameter(5, nu.atOffset(ZoneOffset.UTC))
                .setParameter(6, door.id())
                .setParameter(7, door.naam())
                .executeUpdate();
    }
}
