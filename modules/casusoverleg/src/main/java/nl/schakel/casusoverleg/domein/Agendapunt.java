package nl.schakel.casusoverleg.domein;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.schakel.gedeeld.fout.ConflictFout;

/**
 * One case on one meeting's agenda, at a place in its order. Access is per item: an invitation opens this item alone,
 * so a partner at the same meeting for another case does not learn this one exists.
 */
@Entity
@Table(schema = "casusoverleg", name = "agendapunt")
public class Agendapunt {

    @Id
    @Column(name = "id", updatable = false)
    private UUID id;

    @Version
    @Column(name = "versie", nullable = false)
    private int versie;

    @Column(name = "laatst_gewijzigd", nullable = false)
    private OffsetDateTime laatstGewijzigd;

    @Column(name = "overleg_id", nullable = false, updatable = false)
    private UUID overlegId;

    @Column(name = "volgnummer", nullable = false)
    private int volgnummer;

    @Column(name = "aanmelding_id", nullable = false, updatable = false)
    private UUID aanmeldingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AgendapuntStatus status;

    @Column(name = "toegevoegd_door", nullable = false, updatable = false)
    private String toegevoegdDoor;

    @Column(name = "toegevoegd_op", nullable = false, updatable = false)
    private OffsetDateTime toegevoegdOp;

    protected Agendapunt() {}

    Agendapunt(UUID overlegId, int volgnummer, UUID aanmeldingId, String door, Instant nu) {
        this.id = UUID.randomUUID();
        this.overlegId = overlegId;
        this.volgnummer = volgnummer;
        this.aanmeldingId = aanmeldingId;
        this.status = AgendapuntStatus.OPEN;
        this.toegevoegdDoor = door;
        this.toegevoegdOp = Aanmelding.utc(nu);
        this.laatstGewijzigd = Aanmelding.utc(nu);
    }

    void zetOp(int nieuwVolgnummer, Instant nu) {
        if (volgnummer != nieuwVolgnummer) {
            volgnummer = nieuwVolgnummer;
            laatstGewijzigd = Aanmelding.utc(nu);
        }
    }

    /** Its case was closed; every invitation to it ends with this (the caller ends the grants). */
    public void schaalAf(Instant nu) {
        if (status == AgendapuntStatus.OPEN) {
            status = AgendapuntStatus.AFGESCHAALD;
            laatstGewijzigd = Aanmelding.utc(nu);
        }
    }

    /** Refuses a change on an item whose case is closed. */
    public void vereisOpen() {
        if (status != AgendapuntStatus.OPEN) {
            throw new ConflictFout(Foutcodes.CASUS_AFGESCHAALD, "De casus van dit agendapunt is afgeschaald; er verandert niets meer.");
        }
    }

    public UUID id() {
        return id;
    }

    public int versie() {
        return versie;
    }

    public Instant laatstGewijzigd() {
        return laatstGewijzigd.toInstant();
    }

    public UUID overlegId() {
        return overlegId;
    }

    public int volgnummer() {
        return volgnummer;
    }

    public UUID aanmeldingId() {
        return aanmeldingId;
    }

    public AgendapuntStatus status() {
        return status;
    }
}
