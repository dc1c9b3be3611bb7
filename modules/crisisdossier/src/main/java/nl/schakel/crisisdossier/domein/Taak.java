package nl.schakel.crisisdossier.domein;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.gedeeld.fout.Validatie;
import nl.schakel.toegang.domein.Medewerker;

/**
 * One task of the taakverdeling: who (a partner organisation of the file, maybe a named colleague) does what, with which
 * expertise, when, and whether that is going to the family ("wie gaat erheen"). Two partners changing it at once: the
 * second meets the version check (412) and re-applies its change on what the first saved.
 */
@Entity
@Table(schema = "crisisdossier", name = "taak")
public class Taak {

    @Id
    @Column(name = "id", updatable = false)
    private UUID id;

    @Version
    @Column(name = "versie", nullable = false)
    private int versie;

    @Column(name = "laatst_gewijzigd", nullable = false)
    private OffsetDateTime laatstGewijzigd;

    @Column(name = "crisisdossier_id", nullable = false, updatable = false)
    private UUID crisisdossierId;

    @Column(name = "omschrijving", nullable = false)
    private String omschrijving;

    @Column(name = "expertise")
    private String expertise;

    @Column(name = "organisatie_code", nullable = false)
    private String organisatieCode;

    @Column(name = "medewerker")
    private String medewerker;

    @Column(name = "gaat_erheen", nullable = false)
    private boolean gaatErheen;

    @Column(name = "gepland")
    private OffsetDateTime gepland;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Taakstatus status;

    @Column(name = "gewijzigd_door", nullable = false)
    private String gewijzigdDoor;

    protected Taak() {}

    /** A new open task in an open file; every broken rule named at once (400 CRS-004). */
    public static Taak voegToe(Crisisdossier dossier, Taakgegevens gegevens, String door, Instant nu) {
        dossier.vereisOpen();
        Taak taak = new Taak();
        taak.id = UUID.randomUUID();
        taak.crisisdossierId = dossier.id();
        taak.neemOver(dossier, gegevens, Taakstatus.OPEN, door, nu);
        return taak;
    }

    /** The whole task as the caller now wants it (the version was checked by the use case). */
    public void wijzig(Crisisdossier dossier, Taakgegevens gegevens, String door, Instant nu) {
        dossier.vereisOpen();
        Optional<Taakstatus> nieuw = Crisisdossier.waarde(Taakstatus.class, gegevens == null ? null : gegevens.status());
        if (nieuw.isEmpty()) {
            new Validatie().regel(false, "status", "Een van OPEN, ONDERWEG, GEDAAN, VERVALLEN.").controleer(Foutcodes.ONGELDIGE_TAAK);
        }
        neemOver(dossier, gegevens, nieuw.orElseThrow(), door, nu);
    }

    private void neemOver(Crisisdossier dossier, Taakgegevens gegevens, Taakstatus nieuweStatus, String door, Instant nu) {
        String wat = Crisisdossier.tekst(gegevens == null ? null : gegevens.omschrijving());
        String welke = Crisisdossier.tekst(gegevens == null ? null : gegevens.expertise());
        String wie = Crisisdossier.tekst(gegevens == null ? null : gegevens.organisatieCode());
        String naam = Crisisdossier.tekst(gegevens == null ? null : gegevens.medewerker());
        new Validatie()
                .verplicht("omschrijving", wat)
                .maximaleLengte("omschrijving", wat, 500)
                .maximaleLengte("expertise", welke, 100)
                .verplicht("organisatieCode", wie)
                .regel(wie == null || dossier.isPartner(wie), "organisatieCode", "Een partner van dit crisisdossier: "
                        + dossier.partners() + ".")
                .maximaleLengte("medewerker", naam, 100)
                .controleer(Foutcodes.ONGELDIGE_TAAK);
        omschrijving = wat;
        expertise = welke;
        organisatieCode = wie;
        medewerker = naam;
        gaatErheen = gegevens.gaatErheen() != null && gegevens.gaatErheen();
        gepland = gegevens.gepland() == null ? null : Crisisdossier.utc(gegevens.gepland());
        status = nieuweStatus;
        gewijzigdDoor = door;
        laatstGewijzigd = Crisisdossier.utc(nu);
    }

    public boolean isOpen() {
        return status == Taakstatus.OPEN || status == Taakstatus.ONDERWEG;
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

    public UUID crisisdossierId() {
        return crisisdossierId;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public Optional<String> expertise() {
        return Optional.ofNullable(expertise);
    }

    public String organisatieCode() {
        return organisatieCode;
    }

    public Optional<String> medewerker() {
        return Optional.ofNullable(medewerker);
    }

    public boolean gaatErheen() {
        return gaatErheen;
    }

    public Optional<Instant> gepland() {
        return Optional.ofNullable(gepland).map(OffsetDateTime::toInstant);
    }

    public Taakstatus status() {
        return status;
    }

    public String gewijzigdDoor() {
        return gewijzigdDoor;
    }
}
