package nl.schakel.casusoverleg.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.gedeeld.sql.Sqlopbouw;

/**
 * Who confirmed the confidentiality statement of which meeting. Append-only, native SQL: a confirmation is a fact with
 * a moment, {@code on conflict do nothing} keeps the first one also when two requests of one person meet.
 */
@ApplicationScoped
public class GeheimhoudingRepository {

    @PersistenceContext(unitName = "casusoverleg")
    EntityManager em;

    protected GeheimhoudingRepository() {}

    /** Outside a container (tests, tools): with an EntityManager whose transaction the caller runs. */
    public GeheimhoudingRepository(EntityManager em) {
        this.em = em;
    }

    /** True when this is the person's first confirmation for the meeting. */
    public boolean legVast(UUID overlegId, String medewerkerId, String organisatieCode, Instant nu) {
        return em.createNativeQuery("insert into casusoverleg.geheimhoudingsverklaring (overleg_id, medewerker_id,"
                + " organisatie_code, bevestigd_op) values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, overlegId).setParameter(2, medewerkerId).setParameter(3, organisatieCode)
                .setParameter(4, nu.atOffset(ZoneOffset.UTC)).executeUpdate() == 1;
    }

    public Optional<Instant> bevestigdOp(UUID overlegId, String medewerkerId) {
        List<?> rijen = em.createNativeQuery("select bevestigd_op from casusoverleg.geheimhoudingsverklaring"
                + " where overleg_id = ?1 and medewerker_id = ?2").setParameter(1, overlegId).setParameter(2, medewerkerId)
                .getResultList();
        return rijen.stream().findFirst().map(GeheimhoudingRepository::tijdstip);
    }

    /** Of {@code overlegIds}, the meetings the person confirmed. */
    public Set<UUID> bevestigd(String medewerkerId, Collection<UUID> overlegIds) {
        if (overlegIds.isEmpty()) {
            return Set.of();
        }
        Set<UUID> bevestigd = new HashSet<>();
        Sqlopbouw sql = new Sqlopbouw("select overleg_id from casusoverleg.geheimhoudingsverklaring where medewerker_id = ?",
                List.of(medewerkerId));
        sql.voegToe(" and overleg_id in (" + String.join(", ", overlegIds.stream().map(id -> "?").toList()) + ")", overlegIds.toArray());
        for (Object id : sql.query(em, null).getResultList()) {
            bevestigd.add(id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()));
        }
        return bevestigd;
    }

    static Instant tijdstip(Object waarde) {
        if (waarde instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (waarde instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (waarde instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("onverwacht tijdstip: " + waarde.getClass().getName());
    }
}
