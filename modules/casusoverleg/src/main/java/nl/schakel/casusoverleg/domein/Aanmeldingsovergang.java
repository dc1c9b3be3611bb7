package nl.schakel.casusoverleg.domein;

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
import nl.schakel.toegang.domein.Medewerker;

/**
 * One step in an aanmelding's life: from which status to which, who, when and why. The aanmelder reads the outcome of
 * triage here (accepted, or the reason for a rejection, or the question to answer). Written once, never changed.
 */
@Entity
@Table(schema = "casusoverleg", name = "aanmelding_overgang")
public class Aanmeldingsovergang {

    @Id
    @Column(name = "id", updatable = false)
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "aanmelding_id", nullable = false, updatable = false)
    private Aanmelding aanmelding;

    @Column(name = "volgnummer", nullable = false, updatable = false)
    private int volgnummer;

    @Enumerated(EnumType.STRING)
    @Column(name = "van", updatable = false)
    private AanmeldingStatus van;

    @Enumerated(EnumType.STRING)
    @Column(name = "naar", nullable = false, updatable = false)
    private AanmeldingStatus naar;

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

    protected Aanmeldingsovergang() {}

    Aanmeldingsovergang(Aanmelding aanmelding, int volgnummer, AanmeldingStatus van, AanmeldingStatus naar, Medewerker door,
            Instant op, String reden) {
        this.id = UUID.randomUUID();
        this.aanmelding = aanmelding;
        this.volgnummer = volgnummer;
        this.van = van;
        this.naar = naar;
        this.medewerkerId = door.id();
        this.medewerkerNaam = door.naam();
        this.organisatieCode = door.handeltVoor().orElseThrow();
        this.op = op.atOffset(ZoneOffset.UTC);
        this.reden = reden;
    }

    public int volgnummer() {
        return volgnummer;
    }

    public Optional<AanmeldingStatus> van() {
        return Optional.ofNullable(van);
    }

    public AanmeldingStatus naar() {
        return naar;
    }

    public String medewerkerNaam() {
        return medewerkerNaam;
    }

    public String organisatieCode() {
        return organisatieCode;
    }

    public Instant op() {
        return op.toInstant();
    }

    public Optional<String> reden() {
        return Optional.ofNullable(reden);
    }
}
