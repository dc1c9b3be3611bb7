package nl.schakel.casusoverleg.domein;

import static nl.schakel.casusoverleg.domein.AanmeldingStatus.*;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.gedeeld.kalender.Werkdagkalender;
import nl.schakel.toegang.domein.Medewerker;

/**
 * A case a member partner registers at a table, and after acceptance the case the table works on until it is closed.
 * The aanmelder owns what it wrote and may complete it while triage runs; the organiser triages (accepts, rejects
 * with a reason, or asks for more) within the table's term, and closes the accepted case (afschaling). Every step is
 * kept as an {@link Aanmeldingsovergang}.
 */
@Entity
@Table(schema = "casusoverleg", name = "aanmelding")
public class Aanmelding {

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

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AanmeldingStatus status;

    @Column(name = "aanmeldende_organisatie", nullable = false, updatable = false)
    private String aanmeldendeOrganisatie;

    @Column(name = "aangemaakt_door", nullable = false, updatable = false)
    private String aangemaaktDoor;

    @Column(name = "aangemaakt_op", nullable = false, updatable = false)
    private OffsetDateTime aangemaaktOp;

    @Column(name = "ingediend_op", nullable = false)
    private OffsetDateTime ingediendOp;

    @Column(name = "vraag", nullable = false)
    private String vraag;

    @Column(name = "afgeschaald_op")
    private OffsetDateTime afgeschaaldOp;

    @Column(name = "bewaren_tot")
    private LocalDate bewarenTot;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "casusoverleg", name = "aanmelding_betrokkene", joinColumns = @JoinColumn(name = "aanmelding_id"))
    @OrderColumn(name = "volgorde")
    private List<AangemeldeBetrokkene> betrokkenen = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "casusoverleg", name = "aanmelding_criterium", joinColumns = @JoinColumn(name = "aanmelding_id"))
    @OrderColumn(name = "volgorde")
    private List<Criteriumantwoord> criteria = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "casusoverleg", name = "aanmelding_voorgestelde_partner",
            joinColumns = @JoinColumn(name = "aanmelding_id"))
    @OrderColumn(name = "volgorde")
    @Column(name = "organisatie_code")
    private List<String> voorgesteldePartners = new ArrayList<>();

    @OneToMany(mappedBy = "aanmelding", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("volgnummer")
    private List<Aanmeldingsovergang> overgangen = new ArrayList<>();

    protected Aanmelding() {}

    /** A new registration by {@code organisatie} (a member of the table: the caller checks membership, with its log). */
    public static Aanmelding meldAan(Overlegtafel tafel, String organisatie, Aanmeldingsgegevens gegevens, Medewerker door,
            Instant nu) {
        Aanmelding aanmelding = new Aanmelding();
        aanmelding.id = UUID.randomUUID();
        aanmelding.overlegtafelId = tafel.id();
        aanmelding.aanmeldendeOrganisatie = organisatie;
        aanmelding.aangemaaktDoor = door.id();
        aanmelding.aangemaaktOp = utc(nu);
        aanmelding.ingediendOp = utc(nu);
        aanmelding.neemOver(tafel, gegevens);
        aanmelding.ga(INGEDIEND, door, nu, null);
        return aanmelding;
    }

    /**
     * The aanmelder completes or corrects its registration while triage runs. After a question of the organiser this
     * submits it again, and the triage term starts anew.
     */
    public void wijzig(Overlegtafel tafel, Aanmeldingsgegevens gegevens, Medewerker door, Instant nu) {
        if (status != INGEDIEND && status != AANVULLING_GEVRAAGD) {
            throw new ConflictFout(Foutcodes.ONGELDIGE_OVERGANG,
                    "Een aanmelding is alleen aan te vullen zolang zij wordt beoordeeld; deze is " + status + ".");
        }
        neemOver(tafel, gegevens);
        if (status == AANVULLING_GEVRAAGD) {
            ingediendOp = utc(nu);
            ga(INGEDIEND, door, nu, null);
        } else {
            laatstGewijzigd = utc(nu);
        }
    }

    /**
     * Gives the betrokkenen the ids the platform's person registry gave them, in the order of {@link #betrokkenen()}: one
     * person, one id in every flow, so the logboek rows about this case and the bekendheidscheck find the same person.
     */
    public void herkenBetrokkenen(List<UUID> platformIds) {
        if (platformIds.size() != betrokkenen.size()) {
            throw new IllegalArgumentException("één id per betrokkene: " + betrokkenen.size() + ", niet " + platformIds.size());
        }
        List<AangemeldeBetrokkene> herkend = new ArrayList<>();
        for (int i = 0; i < betrokkenen.size(); i++) {
            AangemeldeBetrokkene b = betrokkenen.get(i);
            herkend.add(new AangemeldeBetrokkene(platformIds.get(i), b.rol(), b.voornaam(), b.achternaam(), b.geboortedatum().orElse(null)));
        }
        betrokkenen.clear();
        betrokkenen.addAll(herkend);
    }

    public void accepteer(Medewerker door, Instant nu) {
        magNaar(GEACCEPTEERD);
        ga(GEACCEPTEERD, door, nu, null);
    }

    public void wijsAf(String reden, Medewerker door, Instant nu) {
        magNaar(AFGEWEZEN);
        ga(AFGEWEZEN, door, nu, reden(reden));
    }

    /** Sends it back to the aanmelder with a question; the aanmelder's change submits it again. */
    public void vraagAanvulling(String vraagAanAanmelder, Medewerker door, Instant nu) {
        magNaar(AANVULLING_GEVRAAGD);
        ga(AANVULLING_GEVRAAGD, door, nu, reden(vraagAanAanmelder));
    }

    /** Closes the case: the table's shared copy is kept until the table's retention date, then destroyed. */
    public void schaalAf(Overlegtafel tafel, String reden, Medewerker door, Instant nu) {
        magNaar(AFGESCHAALD);
        String waarom = reden(reden);
        afgeschaaldOp = utc(nu);
        bewarenTot = tafel.bewarenTot(nu);
        ga(AFGESCHAALD, door, nu, waarom);
    }

    /** The last day of triage, counted from the (last) submission. */
    public LocalDate triageUiterlijk(Overlegtafel tafel, Werkdagkalender kalender) {
        return tafel.triageUiterlijk(ingediendOp.toInstant(), kalender);
    }

    /** Overdue: still waiting for the organiser, and today (Dutch time) is past the last day. */
    public boolean isTriageVerlopen(Overlegtafel tafel, Werkdagkalender kalender, Instant nu) {
        return status == INGEDIEND && nu.atZone(Overlegtafel.NEDERLAND).toLocalDate().isAfter(triageUiterlijk(tafel, kalender));
    }

    /** The parts the table shares of the case, each with its category, all owned by the aanmelder. */
    public List<Casusdeel> delen() {
        return List.of(new Casusdeel(Casusdeel.Soort.BETROKKENEN, aanmeldendeOrganisatie),
                new Casusdeel(Casusdeel.Soort.VRAAG, aanmeldendeOrganisatie),
                new Casusdeel(Casusdeel.Soort.CRITERIA, aanmeldendeOrganisatie));
    }

    public List<UUID> betrokkeneIds() {
        return betrokkenen.stream().map(AangemeldeBetrokkene::id).toList();
    }

    public boolean isAfgeschaald() {
        return status == AFGESCHAALD;
    }

    private void neemOver(Overlegtafel tafel, Aanmeldingsgegevens gegevens) {
        Aanmeldingsregels.controleer(tafel, gegevens);
        if (gegevens.overlegtafel() != null && !gegevens.overlegtafel().equals(overlegtafelId)) {
            throw new ValidatieFout(Foutcodes.ONGELDIGE_AANMELDING, "Een aanmelding blijft bij haar overlegtafel.",
                    List.of(new OngeldigeParameter("overlegtafel", "De overlegtafel van een aanmelding verandert niet.")));
        }
        vraag = gegevens.vraag().strip();
        List<AangemeldeBetrokkene> nieuw = new ArrayList<>();
        for (Aanmeldingsgegevens.Persoon persoon : gegevens.betrokkenen()) {
            UUID bestaand = persoon.id() != null && betrokkeneIds().contains(persoon.id()) ? persoon.id() : UUID.randomUUID();
            nieuw.add(new AangemeldeBetrokkene(bestaand, Betrokkenenrol.valueOf(persoon.rol()), persoon.voornaam().strip(),
                    persoon.achternaam().strip(), persoon.geboortedatum()));
        }
        betrokkenen.clear();
        betrokkenen.addAll(nieuw);
        criteria.clear();
        for (String code : tafel.criteriumcodes()) {
            Aanmeldingsgegevens.Antwoord antwoord = gegevens.criteria().stream()
                    .filter(a -> code.equals(a.criterium())).findFirst().orElseThrow();
            criteria.add(new Criteriumantwoord(code, antwoord.voldaan(), antwoord.toelichting().strip()));
        }
        voorgesteldePartners.clear();
        voorgesteldePartners.addAll(gegevens.voorgesteldePartners() == null ? List.of()
                : gegevens.voorgesteldePartners().stream().distinct().toList());
    }

    private void magNaar(AanmeldingStatus naar) {
        if (!status.volgende().contains(naar)) {
            throw new ConflictFout(Foutcodes.ONGELDIGE_OVERGANG, "Van " + status + " kan een aanmelding niet naar " + naar + ".");
        }
    }

    private void ga(AanmeldingStatus naar, Medewerker door, Instant nu, String reden) {
        overgangen.add(new Aanmeldingsovergang(this, overgangen.size() + 1, status, naar, door, nu, reden));
        status = naar;
        laatstGewijzigd = utc(nu);
    }

    private static String reden(String reden) {
        String tekst = reden == null ? "" : reden.strip();
        if (tekst.isEmpty() || tekst.length() > 2000) {
            throw new ValidatieFout(Foutcodes.REDEN_ONTBREEKT, "Deze stap vraagt een reden (ten hoogste 2000 tekens).",
                    List.of(new OngeldigeParameter("reden", "Verplicht, ten hoogste 2000 tekens.")));
        }
        return tekst;
    }

    /** PostgreSQL keeps microseconds; ETags and deadlines must match the row. */
    static OffsetDateTime utc(Instant moment) {
        return moment.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
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

    public AanmeldingStatus status() {
        return status;
    }

    public String aanmeldendeOrganisatie() {
        return aanmeldendeOrganisatie;
    }

    public Instant ingediendOp() {
        return ingediendOp.toInstant();
    }

    public String vraag() {
        return vraag;
    }

    public Optional<Instant> afgeschaaldOp() {
        return Optional.ofNullable(afgeschaaldOp).map(OffsetDateTime::toInstant);
    }

    public Optional<LocalDate> bewarenTot() {
        return Optional.ofNullable(bewarenTot);
    }

    public List<AangemeldeBetrokkene> betrokkenen() {
        return List.copyOf(betrokkenen);
    }

    public List<Criteriumantwoord> criteria() {
        return List.copyOf(criteria);
    }

    public List<String> voorgesteldePartners() {
        return List.copyOf(voorgesteldePartners);
    }

    public List<Aanmeldingsovergang> overgangen() {
        return List.copyOf(overgangen);
    }
}
