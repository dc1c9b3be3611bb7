package nl.schakel.casusoverleg.domein;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.Validatie;
import nl.schakel.toegang.domein.Medewerker;

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

    @Column(name = "gezamenlijke_analyse")
    private String analyse;

    @Column(name = "besluiten")
    private String besluiten;

    @Column(name = "plan_van_aanpak")
    private String planVanAanpak;

    @Column(name = "casusregisseur_organisatie")
    private String casusregisseurOrganisatie;

    @Column(name = "casusregisseur_naam")
    private String casusregisseurNaam;

    @Column(name = "verslag_door")
    private String verslagDoor;

    @Column(name = "verslag_op")
    private OffsetDateTime verslagOp;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "casusoverleg", name = "aanwezigheid", joinColumns = @JoinColumn(name = "agendapunt_id"))
    @OrderColumn(name = "volgorde")
    private List<Aanwezigheid> aanwezigheid = new ArrayList<>();

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

    /**
     * Records who was there, replacing what was recorded before: each organisation at the item ({@code aanTafel}) at
     * most once (400 CSO-023 naming each broken entry); nothing changes on a closed case (409 CSO-012).
     */
    public void legAanwezigheidVast(List<Aanwezige> aanwezigen, Set<String> aanTafel, Instant nu) {
        vereisOpen();
        Validatie validatie = new Validatie();
        List<Aanwezige> lijst = aanwezigen == null ? List.of() : aanwezigen;
        validatie.verplicht("aanwezigen", aanwezigen).regel(lijst.size() <= 50, "aanwezigen", "Ten hoogste 50.");
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < lijst.size(); i++) {
            Aanwezige a = lijst.get(i);
            String code = a == null ? null : a.organisatieCode();
            validatie.verplicht("aanwezigen[" + i + "].aanwezig", a == null ? null : a.aanwezig())
                    .verplicht("aanwezigen[" + i + "].organisatieCode", code)
                    .regel(code == null || aanTafel.contains(code), "aanwezigen[" + i + "].organisatieCode",
                            "Een organisatie aan dit agendapunt: " + aanTafel.stream().sorted().toList() + ".")
                    .regel(code == null || gezien.add(code), "aanwezigen[" + i + "].organisatieCode", "Elke organisatie één keer.");
        }
        validatie.controleer(Foutcodes.ONGELDIG_VERSLAG);
        aanwezigheid.clear();
        lijst.forEach(a -> aanwezigheid.add(new Aanwezigheid(a.organisatieCode(), a.aanwezig())));
        gewijzigd(nu);
    }

    /**
     * Records the minutes, replacing what was recorded before: texts up to 4000 characters, a casusregisseur of an
     * organisation at the item with a name (400 CSO-023); nothing changes on a closed case (409 CSO-012).
     */
    public void legVerslagVast(Verslag verslag, Set<String> aanTafel, Medewerker door, Instant nu) {
        vereisOpen();
        Verslag.Casusregisseur regisseur = verslag == null ? null : verslag.casusregisseur();
        String organisatie = regisseur == null ? null : leegIsNull(regisseur.organisatieCode());
        String naam = regisseur == null ? null : leegIsNull(regisseur.naam());
        Validatie validatie = new Validatie().verplicht("verslag", verslag);
        if (verslag != null) {
            validatie.maximaleLengte("analyse", verslag.analyse(), 4000)
                    .maximaleLengte("besluiten", verslag.besluiten(), 4000)
                    .maximaleLengte("planVanAanpak", verslag.planVanAanpak(), 4000);
        }
        if (regisseur != null) {
            validatie.verplicht("casusregisseur.organisatieCode", organisatie)
                    .regel(organisatie == null || aanTafel.contains(organisatie), "casusregisseur.organisatieCode",
                            "Een organisatie aan dit agendapunt: " + aanTafel.stream().sorted().toList() + ".")
                    .verplicht("casusregisseur.naam", naam)
                    .maximaleLengte("casusregisseur.naam", naam, 200);
        }
        validatie.controleer(Foutcodes.ONGELDIG_VERSLAG);
        analyse = leegIsNull(verslag.analyse());
        besluiten = leegIsNull(verslag.besluiten());
        planVanAanpak = leegIsNull(verslag.planVanAanpak());
        casusregisseurOrganisatie = organisatie;
        casusregisseurNaam = naam;
        verslagDoor = door.id();
        verslagOp = Aanmelding.utc(nu);
        gewijzigd(nu);
    }

    /** Strictly forward, so the row changes and the version moves with every recorded change. */
    private void gewijzigd(Instant nu) {
        OffsetDateTime nieuw = Aanmelding.utc(nu);
        laatstGewijzigd = nieuw.isAfter(laatstGewijzigd) ? nieuw : laatstGewijzigd.plusNanos(1_000);
    }

    private static String leegIsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    /** The minutes as far as recorded; empty before the first. */
    public Optional<Verslag> verslag() {
        if (verslagOp == null) {
            return Optional.empty();
        }
        Verslag.Casusregisseur regisseur = casusregisseurOrganisatie == null ? null
                : new Verslag.Casusregisseur(casusregisseurOrganisatie, casusregisseurNaam);
        return Optional.of(new Verslag(analyse, besluiten, planVanAanpak, regisseur));
    }

    public Optional<Instant> verslagOp() {
        return Optional.ofNullable(verslagOp).map(OffsetDateTime::toInstant);
    }

    public List<Aanwezigheid> aanwezigheid() {
        return List.copyOf(aanwezigheid);
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
