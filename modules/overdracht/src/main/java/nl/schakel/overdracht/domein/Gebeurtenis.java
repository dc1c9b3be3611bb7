package nl.schakel.overdracht.domein;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * One state change of an overdracht as the outside world may learn of it (the outbox row behind
 * {@code GET /gebeurtenissen}): which overdracht, what happened, between which organisations, when. Written in the
 * same transaction as the change; the database numbers it ({@code volgnummer}, in commit order, without gaps).
 * Holds nothing about the people in the case.
 */
@Entity
@Table(schema = "overdracht", name = "gebeurtenis")
public class Gebeurtenis {

    @Id
    @Column(name = "id", updatable = false)
    private UUID id;

    /** Set by the database trigger at insert; null on an instance that was just written. */
    @Column(name = "volgnummer", insertable = false, updatable = false)
    private Long volgnummer;

    @Column(name = "type", nullable = false, updatable = false)
    private String type;

    @Column(name = "overdracht_id", nullable = false, updatable = false)
    private UUID overdrachtId;

    @Column(name = "ontvanger", nullable = false, updatable = false)
    private String ontvanger;

    @Column(name = "eigenaar", nullable = false, updatable = false)
    private String eigenaar;

    @Column(name = "tijdstip", nullable = false, updatable = false)
    private OffsetDateTime tijdstip;

    protected Gebeurtenis() {}

    /**
     * The event for the overdracht's last transition, from status {@code voor}; its moment is the change's own. None
     * when the status did not change, for a new concept, and for a concept withdrawn before it was ever sent (nobody
     * outside the owner knew of it: there is no receiver to tell).
     */
    public static Optional<Gebeurtenis> na(OverdrachtStatus voor, Overdracht overdracht) {
        if (overdracht.status() == voor || overdracht.ontvangendeOrganisatie().isEmpty()) {
            return Optional.empty();
        }
        return GebeurtenisType.bij(overdracht.status()).map(type -> van(type, overdracht));
    }

    /** The escalation of a sent overdracht past its acceptance deadline ({@link Overdracht#schaalOp}). */
    public static Gebeurtenis opschaling(Overdracht overdracht) {
        return van(GebeurtenisType.OPGESCHAALD, overdracht);
    }

    private static Gebeurtenis van(GebeurtenisType type, Overdracht overdracht) {
        Gebeurtenis gebeurtenis = new Gebeurtenis();
        gebeurtenis.id = UUID.randomUUID();
        gebeurtenis.type = type.type();
        gebeurtenis.overdrachtId = overdracht.id();
        gebeurtenis.ontvanger = overdracht.ontvangendeOrganisatie().orElseThrow();
        gebeurtenis.eigenaar = overdracht.eigenaarOrganisatie();
        gebeurtenis.tijdstip = overdracht.laatstGewijzigd().atOffset(ZoneOffset.UTC);
        return gebeurtenis;
    }

    public UUID id() {
        return id;
    }

    public long volgnummer() {
        if (volgnummer == null) {
            throw new IllegalStateException("het volgnummer is pas na het lezen uit de database bekend");
        }
        return volgnummer;
    }

    public GebeurtenisType type() {
        return GebeurtenisType.vanType(type);
    }

    public UUID overdrachtId() {
        return overdrachtId;
    }

    public String ontvanger() {
        return ontvanger;
    }

    public String eigenaar() {
        return eigenaar;
    }

    public Instant tijdstip() {
        return tijdstip.toInstant();
    }
}
