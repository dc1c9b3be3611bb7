package nl.schakel.overdracht.domein;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * One step in an overdracht's life: from which status to which, who, when, why, and whom it concerned.
 * Written once and never changed (the database role may not update it); creation is the first step, from
 * no status to CONCEPT.
 */
@Entity
@Table(schema = "overdracht", name = "overgang")
public class Overgang {

    @Id
    @Column(name = "id", updatable = false)
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "overdracht_id", nullable = false, updatable = false)
    private Overdracht overdracht;

    @Column(name = "volgnummer", nullable = false, updatable = false)
    private int volgnummer;

    @Enumerated(EnumType.STRING)
    @Column(name = "van", updatable = false)
    private OverdrachtStatus van;

    @Enumerated(EnumType.STRING)
    @Column(name = "naar", nullable = false, updatable = false)
    private OverdrachtStatus naar;

    @Column(name = "medewerker_id", nullable = false, updatable = false)
    private String medewerkerId;

    @Column(name = "medewerker_naam", nullable = false, updatable = false)
    private String medewerkerNaam;

    @Column(name = "organisatie_code", nullable = false, updatable = false)
    private String organisatieCode;

    @Column(name = "op", nullable = false, updatable = false)
    private OffsetDateTime op;

    @Column(name = "reden", updatable = false)
    private String reden;

    @Column(name = "betrokkenen", nullable = false, updatable = false, columnDefinition = "jsonb")
    private Momentopname betrokkenen;

    protected Overgang() {}

    Overgang(Overdracht overdracht, int volgnummer, OverdrachtStatus van, OverdrachtStatus naar, Uitvoerder door,
            Instant op, String reden, Momentopname betrokkenen) {
        this.id = UUID.randomUUID();
        this.overdracht = overdracht;
        this.volgnummer = volgnummer;
        this.van = van;
        this.naar = naar;
        this.medewerkerId = door.medewerkerId();
        this.medewerkerNaam = door.naam();
        this.organisatieCode = door.organisatieCode();
        this.op = op.atOffset(ZoneOffset.UTC);
        this.reden = reden;
        this.betrokkenen = betrokkenen;
    }

    public UUID id() {
        return id;
    }

    public int volgnummer() {
        return volgnummer;
    }

    /** Empty for the first step, the creation. */
    public Optional<OverdrachtStatus> van() {
        return Optional.ofNullable(van);
    }

    public OverdrachtStatus naar() {
        return naar;
    }

    public Uitvoerder door() {
        return new Uitvoerder(medewerkerId, medewerkerNaam, organisatieCode);
    }

    public Instant op() {
        return op.toInstant();
    }

    public Optional<String> reden() {
        return Optional.ofNullable(reden);
    }

    public Momentopname betrokkenen() {
        return betrokkenen;
    }
}
