package nl.schakel.casusoverleg.domein;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.Validatie;
import nl.schakel.toegang.domein.Medewerker;

/**
 * A meeting of a table: when, where, who chairs and who takes the minutes. Its agenda is an ordered list of
 * {@link Agendapunt}en; every change of the agenda is a change of the meeting (its version moves), so two people
 * building the agenda at once cannot overwrite each other's work ({@link Agenda}).
 */
@Entity
@Table(schema = "casusoverleg", name = "overleg")
public class Overleg {

    private static final Pattern LINK = Pattern.compile("https://[^\\s]{3,490}");

    @Id
    @Column(name = "id", updatable = false)
    private UUID id;

    @Version
    @Column(name = "versie", nullable = false)
    private int versie;

    @Column(name = "laatst_gewijzigd", nullable = false)
    private OffsetDateTime laatstGewijzigd;

    @Column(name = "overlegtafel_id", nullable = false, updatable = false)
    private UUID overlegtafelId;

    @Column(name = "datum", nullable = false)
    private LocalDate datum;

    @Column(name = "aanvang", nullable = false)
    private LocalTime aanvang;

    @Column(name = "einde")
    private LocalTime einde;

    @Column(name = "plaats")
    private String plaats;

    @Column(name = "online_link")
    private String onlineLink;

    @Column(name = "voorzitter", nullable = false)
    private String voorzitter;

    @Column(name = "voorzitter_organisatie", nullable = false, updatable = false)
    private String voorzitterOrganisatie;

    @Column(name = "notulist", nullable = false)
    private String notulist;

    @Column(name = "organisator_organisatie", nullable = false, updatable = false)
    private String organisatorOrganisatie;

    @Column(name = "gepland_door", nullable = false, updatable = false)
    private String geplandDoor;

    @Column(name = "gepland_door_naam", nullable = false, updatable = false)
    private String geplandDoorNaam;

    @Column(name = "gepland_op", nullable = false, updatable = false)
    private OffsetDateTime geplandOp;

    protected Overleg() {}

    /** A meeting of {@code tafel}, chaired by the table's chair organisation and organised by its organiser. */
    public static Overleg plan(Overlegtafel tafel, Overlegplanning planning, Medewerker door, Instant nu) {
        controleer(planning, nu);
        Overleg overleg = new Overleg();
        overleg.id = UUID.randomUUID();
        overleg.overlegtafelId = tafel.id();
        overleg.datum = planning.datum();
        overleg.aanvang = planning.aanvang();
        overleg.einde = planning.einde();
        overleg.plaats = leegIsNull(planning.plaats());
        overleg.onlineLink = leegIsNull(planning.onlineLink());
        overleg.voorzitter = planning.voorzitter().strip();
        overleg.notulist = planning.notulist().strip();
        overleg.voorzitterOrganisatie = tafel.voorzitterOrganisatie();
        overleg.organisatorOrganisatie = tafel.organisatorOrganisatie();
        overleg.geplandDoor = door.id();
        overleg.geplandDoorNaam = door.naam();
        overleg.geplandOp = Aanmelding.utc(nu);
        overleg.laatstGewijzigd = Aanmelding.utc(nu);
        return overleg;
    }

    /**
     * The agenda changed, so the meeting did: its time of change moves forward, strictly (also for two changes within
     * one microsecond), which makes the row change and its version move with it.
     */
    void agendaGewijzigd(Instant nu) {
        OffsetDateTime nieuw = Aanmelding.utc(nu);
        laatstGewijzigd = nieuw.isAfter(laatstGewijzigd) ? nieuw : laatstGewijzigd.plusNanos(1_000);
    }

    /**
     * The meeting moves to another day (and optionally other times), while it has not taken place: its date is today or
     * later (409 CSO-031 otherwise: the minutes and actions of a held meeting belong to that day). The new date lies
     * from today to a year ahead, the end after the start (400 CSO-030, every rule named); a start or end not given stays as it was. The version moves (a real
     * change of the row), so a move from a stale view is 412; the caller moves the invitations' window with it.
     */
    public void verplaats(Verplaatsing verplaatsing, Instant nu) {
        LocalDate vandaag = nu.atZone(Overlegtafel.NEDERLAND).toLocalDate();
        if (datum.isBefore(vandaag)) {
            throw new ConflictFout(Foutcodes.OVERLEG_GEWEEST, "Het overleg was op " + datum
                    + " en is dus geweest; een gehouden overleg verplaatst u niet. Plan een nieuw overleg.");
        }
        LocalTime nieuweAanvang = verplaatsing == null || verplaatsing.aanvang() == null ? aanvang : verplaatsing.aanvang();
        LocalTime nieuwEinde = verplaatsing == null || verplaatsing.einde() == null ? einde : verplaatsing.einde();
        LocalDate nieuweDatum = verplaatsing == null ? null : verplaatsing.datum();
        new Validatie()
                .verplicht("datum", nieuweDatum)
                .regel(nieuweDatum == null || !nieuweDatum.isBefore(vandaag), "datum", "Vandaag of later.")
                .regel(nieuweDatum == null || !nieuweDatum.isAfter(vandaag.plusYears(1)), "datum", "Binnen een jaar.")
                .regel(nieuwEinde == null || nieuwEinde.isAfter(nieuweAanvang), "einde", "Na de aanvang.")
                .controleer(Foutcodes.ONGELDIGE_VERPLAATSING);
        datum = nieuweDatum;
        aanvang = nieuweAanvang;
        einde = nieuwEinde;
        agendaGewijzigd(nu);
    }

    /** Invitations to this meeting's items end at the end of the table's window after the meeting day. */
    public Instant toegangTot(Overlegtafel tafel) {
        return tafel.toegangTot(datum);
    }

    private static void controleer(Overlegplanning planning, Instant nu) {
        Validatie validatie = new Validatie();
        if (planning == null) {
            validatie.verplicht("datum", null).controleer(Foutcodes.ONGELDIG_OVERLEG);
            return;
        }
        LocalDate vandaag = nu.atZone(Overlegtafel.NEDERLAND).toLocalDate();
        validatie.verplicht("overlegtafel", planning.overlegtafel())
                .verplicht("datum", planning.datum())
                .regel(planning.datum() == null || !planning.datum().isBefore(vandaag), "datum", "Vandaag of later.")
                .regel(planning.datum() == null || !planning.datum().isAfter(vandaag.plusYears(1)), "datum", "Binnen een jaar.")
                .verplicht("aanvang", planning.aanvang())
                .regel(planning.einde() == null || planning.aanvang() == null || planning.einde().isAfter(planning.aanvang()),
                        "einde", "Na de aanvang.")
                .regel(leegIsNull(planning.plaats()) != null || leegIsNull(planning.onlineLink()) != null, "plaats",
                        "Een plaats of een onlineLink.")
                .maximaleLengte("plaats", planning.plaats(), 200)
                .patroon("onlineLink", leegIsNull(planning.onlineLink()), LINK, "Een https-adres van ten hoogste 500 tekens.")
                .verplicht("voorzitter", planning.voorzitter())
                .maximaleLengte("voorzitter", planning.voorzitter(), 200)
                .verplicht("notulist", planning.notulist())
                .maximaleLengte("notulist", planning.notulist(), 200)
                .controleer(Foutcodes.ONGELDIG_OVERLEG);
    }

    private static String leegIsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
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

    public UUID overlegtafelId() {
        return overlegtafelId;
    }

    public LocalDate datum() {
        return datum;
    }

    public LocalTime aanvang() {
        return aanvang;
    }

    public Optional<LocalTime> einde() {
        return Optional.ofNullable(einde);
    }

    public Optional<String> plaats() {
        return Optional.ofNullable(plaats);
    }

    public Optional<String> onlineLink() {
        return Optional.ofNullable(onlineLink);
    }

    public String voorzitter() {
        return voorzitter;
    }

    public String voorzitterOrganisatie() {
        return voorzitterOrganisatie;
    }

    public String notulist() {
        return notulist;
    }

    public String organisatorOrganisatie() {
        return organisatorOrganisatie;
    }
}
