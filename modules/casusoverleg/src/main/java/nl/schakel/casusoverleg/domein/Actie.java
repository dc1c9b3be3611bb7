package nl.schakel.casusoverleg.domein;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.Validatie;
import nl.schakel.toegang.domein.Medewerker;

/**
 * An action agreed at an agenda item: one organisation does something by a date. Its owner holds a grant of its own
 * on the action (ACTIEHOUDER, without end), which outlives the item's invitations and the afschaling of the case, so the
 * owner can still find and close what it promised; closing it (done, or not done with a reason) ends that grant.
 */
@Entity
@Table(schema = "casusoverleg", name = "actie")
public class Actie {

    @Id
    @Column(name = "id", updatable = false)
    private UUID id;

    @Version
    @Column(name = "versie", nullable = false)
    private int versie;

    @Column(name = "laatst_gewijzigd", nullable = false)
    private OffsetDateTime laatstGewijzigd;

    @Column(name = "agendapunt_id", nullable = false, updatable = false)
    private UUID agendapuntId;

    @Column(name = "overleg_id", nullable = false, updatable = false)
    private UUID overlegId;

    @Column(name = "aanmelding_id", nullable = false, updatable = false)
    private UUID aanmeldingId;

    @Column(name = "eigenaar_organisatie", nullable = false, updatable = false)
    private String eigenaarOrganisatie;

    @Column(name = "omschrijving", nullable = false, updatable = false)
    private String omschrijving;

    @Column(name = "uiterlijk", nullable = false, updatable = false)
    private LocalDate uiterlijk;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ActieStatus status;

    @Column(name = "reden")
    private String reden;

    @Column(name = "toegewezen_door", nullable = false, updatable = false)
    private String toegewezenDoor;

    @Column(name = "toegewezen_op", nullable = false, updatable = false)
    private OffsetDateTime toegewezenOp;

    @Column(name = "afgerond_door")
    private String afgerondDoor;

    @Column(name = "afgerond_op")
    private OffsetDateTime afgerondOp;

    protected Actie() {}

    /**
     * A new open action at {@code punt} for an organisation that sits at the item ({@code aanTafel}: the invitees, the
     * organiser and the chair). Every broken rule is named at once (400 CSO-021); a closed case takes no new action
     * (409 CSO-012).
     */
    public static Actie wijsToe(Agendapunt punt, Actiegegevens gegevens, Set<String> aanTafel, Medewerker door, Instant nu) {
        punt.vereisOpen();
        LocalDate vandaag = nu.atZone(Overlegtafel.NEDERLAND).toLocalDate();
        String eigenaar = gegevens == null || gegevens.eigenaarOrganisatieCode() == null ? null : gegevens.eigenaarOrganisatieCode().strip();
        String omschrijving = gegevens == null || gegevens.omschrijving() == null ? null : gegevens.omschrijving().strip();
        LocalDate uiterlijk = gegevens == null ? null : gegevens.uiterlijk();
        new Validatie()
                .verplicht("eigenaarOrganisatieCode", eigenaar == null || eigenaar.isEmpty() ? null : eigenaar)
                .regel(eigenaar == null || eigenaar.isEmpty() || aanTafel.contains(eigenaar), "eigenaarOrganisatieCode",
                        "Een organisatie aan dit agendapunt: " + aanTafel.stream().sorted().toList() + ".")
                .verplicht("omschrijving", omschrijving == null || omschrijving.isEmpty() ? null : omschrijving)
                .maximaleLengte("omschrijving", omschrijving, 1000)
                .verplicht("uiterlijk", uiterlijk)
                .regel(uiterlijk == null || !uiterlijk.isBefore(vandaag), "uiterlijk", "Vandaag of later.")
                .regel(uiterlijk == null || !uiterlijk.isAfter(vandaag.plusYears(2)), "uiterlijk", "Binnen twee jaar.")
                .controleer(Foutcodes.ONGELDIGE_ACTIE);
        Actie actie = new Actie();
        actie.id = UUID.randomUUID();
        actie.agendapuntId = punt.id();
        actie.overlegId = punt.overlegId();
        actie.aanmeldingId = punt.aanmeldingId();
        actie.eigenaarOrganisatie = eigenaar;
        actie.omschrijving = omschrijving;
        actie.uiterlijk = uiterlijk;
        actie.status = ActieStatus.OPEN;
        actie.toegewezenDoor = door.id();
        actie.toegewezenOp = Aanmelding.utc(nu);
        actie.laatstGewijzigd = Aanmelding.utc(nu);
        return actie;
    }

    /**
     * Closes the action: done, or not done with a reason (≤ 2000; 400 CSO-004 without one). Once closed it stays
     * closed (409 CSO-022).
     */
    public void rondAf(ActieStatus uitkomst, String redenTekst, Medewerker door, Instant nu) {
        if (status != ActieStatus.OPEN) {
            throw new ConflictFout(Foutcodes.ACTIE_AFGEROND, "Deze actie is al afgerond (" + status.name() + ").");
        }
        String tekst = redenTekst == null || redenTekst.isBlank() ? null : redenTekst.strip();
        new Validatie()
                .verplicht("status", uitkomst == null || uitkomst == ActieStatus.OPEN ? null : uitkomst)
                .controleer(Foutcodes.ONGELDIGE_ACTIE);
        new Validatie()
                .regel(uitkomst != ActieStatus.NIET_GEDAAN || tekst != null, "reden", "Verplicht bij NIET_GEDAAN.")
                .maximaleLengte("reden", tekst, 2000)
                .controleer(Foutcodes.REDEN_ONTBREEKT);
        status = uitkomst;
        reden = tekst;
        afgerondDoor = door.id();
        afgerondOp = Aanmelding.utc(nu);
        laatstGewijzigd = Aanmelding.utc(nu);
    }

    /** Past its date while still open (Dutch time). */
    public boolean isVerlopen(Instant nu) {
        return status == ActieStatus.OPEN && nu.atZone(Overlegtafel.NEDERLAND).toLocalDate().isAfter(uiterlijk);
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

    public UUID agendapuntId() {
        return agendapuntId;
    }

    public UUID overlegId() {
        return overlegId;
    }

    public UUID aanmeldingId() {
        return aanmeldingId;
    }

    public String eigenaarOrganisatie() {
        return eigenaarOrganisatie;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public LocalDate uiterlijk() {
        return uiterlijk;
    }

    public ActieStatus status() {
        return status;
    }

    public Optional<String> reden() {
        return Optional.ofNullable(reden);
    }

    public Instant toegewezenOp() {
        return toegewezenOp.toInstant();
    }

    public Optional<Instant> afgerondOp() {
        return Optional.ofNullable(afgerondOp).map(OffsetDateTime::toInstant);
    }
}
