package nl.schakel.crisisdossier.domein;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.Validatie;

/**
 * A DMFI review moment: when the partners look at the case together, on what. Planned by a co-owner, then recorded as
 * held or cancelled once (409 CRS-025 after that). A planned moment whose time has passed is overdue for every
 * co-owner until somebody records it: that is the track's clock. What was decided is written as an entry (BESLUIT)
 * under its own category, so the moment itself carries only a short, procedural note.
 */
@Entity
@Table(schema = "crisisdossier", name = "dmfi_evaluatiemoment")
public class Evaluatiemoment {

    /** A file has at most this many review moments; more is not a plan but a calendar. */
    public static final int MAXIMAAL_AANTAL = 50;
    /** How far ahead a moment can be planned. */
    static final Duration VOORUIT = Duration.ofDays(366);
    /** A moment may be planned up to a day back, to record one that was held before it was planned here. */
    static final Duration TERUG = Duration.ofDays(1);

    @Id
    @Column(name = "id", updatable = false)
    private UUID id;

    @Version
    @Column(name = "versie", nullable = false)
    private int versie;

    @Column(name = "crisisdossier_id", nullable = false, updatable = false)
    private UUID crisisdossierId;

    @Column(name = "gepland_op", nullable = false, updatable = false)
    private OffsetDateTime geplandOp;

    @Column(name = "onderwerp", nullable = false, updatable = false)
    private String onderwerp;

    @Column(name = "gepland_door", nullable = false, updatable = false)
    private String geplandDoor;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Evaluatiemomentstatus status;

    @Column(name = "vastgelegd_op")
    private OffsetDateTime vastgelegdOp;

    @Column(name = "vastgelegd_door")
    private String vastgelegdDoor;

    @Column(name = "toelichting")
    private String toelichting;

    protected Evaluatiemoment() {}

    /** A new moment in an open file whose DMFI has started; every broken rule named at once (400 CRS-024). */
    public static Evaluatiemoment plan(Crisisdossier dossier, String geplandOp, String onderwerp, int alGepland,
            String organisatie, Instant nu) {
        dossier.vereisOpen();
        Optional<OffsetDateTime> moment = moment(geplandOp);
        String tekst = Crisisdossier.tekst(onderwerp);
        new Validatie()
                .regel(moment.isPresent(), "geplandOp", "Een datum en tijd met zone (bijvoorbeeld 2026-12-10T14:00:00+01:00).")
                .regel(moment.isEmpty() || !moment.get().toInstant().isBefore(nu.minus(TERUG)), "geplandOp",
                        "Niet meer dan een dag terug.")
                .regel(moment.isEmpty() || !moment.get().toInstant().isAfter(nu.plus(VOORUIT)), "geplandOp",
                        "Niet verder dan een jaar vooruit.")
                .verplicht("onderwerp", tekst)
                .maximaleLengte("onderwerp", tekst, 200)
                .regel(alGepland < MAXIMAAL_AANTAL, "evaluatiemomenten",
                        "Een crisisdossier heeft ten hoogste " + MAXIMAAL_AANTAL + " evaluatiemomenten.")
                .controleer(Foutcodes.ONGELDIG_EVALUATIEMOMENT);
        Evaluatiemoment evaluatie = new Evaluatiemoment();
        evaluatie.id = UUID.randomUUID();
        evaluatie.crisisdossierId = dossier.id();
        evaluatie.geplandOp = Crisisdossier.utc(moment.orElseThrow().toInstant());
        evaluatie.onderwerp = tekst;
        evaluatie.geplandDoor = organisatie;
        evaluatie.status = Evaluatiemomentstatus.GEPLAND;
        return evaluatie;
    }

    /**
     * Records the moment as held or cancelled, once. The state answers first (a closed file 409 CRS-012, a recorded
     * moment 409 CRS-025), then the input (400 CRS-024): a screen that is behind learns what happened.
     */
    public void legVast(Crisisdossier dossier, String uitkomst, String toelichting, String organisatie, Instant nu) {
        dossier.vereisOpen();
        if (status != Evaluatiemomentstatus.GEPLAND) {
            throw new ConflictFout(Foutcodes.EVALUATIE_AL_VASTGELEGD, "Dit evaluatiemoment is al vastgelegd als "
                    + status.name().toLowerCase() + " (door " + vastgelegdDoor + ").");
        }
        Optional<Evaluatiemomentstatus> gekozen = Crisisdossier.waarde(Evaluatiemomentstatus.class, uitkomst)
                .filter(s -> s != Evaluatiemomentstatus.GEPLAND);
        String tekst = Crisisdossier.tekst(toelichting);
        new Validatie()
                .regel(gekozen.isPresent(), "uitkomst", "GEHOUDEN of VERVALLEN.")
                .maximaleLengte("toelichting", tekst, 500)
                .regel(gekozen.orElse(null) != Evaluatiemomentstatus.VERVALLEN || tekst != null, "toelichting",
                        "Zeg waarom het moment vervalt.")
                .controleer(Foutcodes.ONGELDIG_EVALUATIEMOMENT);
        status = gekozen.orElseThrow();
        this.toelichting = tekst;
        vastgelegdDoor = organisatie;
        vastgelegdOp = Crisisdossier.utc(nu);
    }

    /** Planned, its time passed, nobody recorded it, and the file still open. */
    public boolean isVerlopen(Crisisdossier dossier, Instant nu) {
        return dossier.status() == Dossierstatus.OPEN && status == Evaluatiemomentstatus.GEPLAND && nu.isAfter(geplandOp.toInstant());
    }

    private static Optional<OffsetDateTime> moment(String waarde) {
        if (waarde == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(waarde));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public UUID id() {
        return id;
    }

    public int versie() {
        return versie;
    }

    public UUID crisisdossierId() {
        return crisisdossierId;
    }

    public Instant geplandOp() {
        return geplandOp.toInstant();
    }

    public String onderwerp() {
        return onderwerp;
    }

    public String geplandDoor() {
        return geplandDoor;
    }

    public Evaluatiemomentstatus status() {
        return status;
    }

    public Optional<Instant> vastgelegdOp() {
        return Optional.ofNullable(vastgelegdOp).map(OffsetDateTime::toInstant);
    }

    public Optional<String> vastgelegdDoor() {
        return Optional.ofNullable(vastgelegdDoor);
    }

    public Optional<String> toelichting() {
        return Optional.ofNullable(toelichting);
    }
}
