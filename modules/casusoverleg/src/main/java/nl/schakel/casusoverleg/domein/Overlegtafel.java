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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.gedeeld.kalender.Werkdagkalender;
import nl.schakel.toegang.domein.Doel;

/**
 * A standing case table (the casusoverleg Huiselijk Geweld of the ZVH): who chairs and who organises it, who may
 * register cases, against which criteria, under which legal basis, and its terms. Configuration: written by a
 * migration, read here, never changed through the API.
 */
@Entity
@Table(schema = "casusoverleg", name = "overlegtafel")
public class Overlegtafel {

    /** Dates and the end of a day are as the partners live them: in the Netherlands. */
    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    @Id
    @Column(name = "id", updatable = false)
    private UUID id;

    @Version
    @Column(name = "versie", nullable = false)
    private int versie;

    @Column(name = "laatst_gewijzigd", nullable = false)
    private OffsetDateTime laatstGewijzigd;

    @Column(name = "naam", nullable = false)
    private String naam;

    @Column(name = "voorzitter_organisatie", nullable = false)
    private String voorzitterOrganisatie;

    @Column(name = "organisator_organisatie", nullable = false)
    private String organisatorOrganisatie;

    @Enumerated(EnumType.STRING)
    @Column(name = "doel", nullable = false)
    private Doel doel;

    @Column(name = "grondslag", nullable = false)
    private String grondslag;

    @Column(name = "toegangsvenster_dagen", nullable = false)
    private int toegangsvensterDagen;

    @Column(name = "triagetermijn_werkdagen", nullable = false)
    private int triagetermijnWerkdagen;

    @Column(name = "bewaartermijn_maanden", nullable = false)
    private int bewaartermijnMaanden;

    @Column(name = "bewaarregel", nullable = false)
    private String bewaarregel;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "casusoverleg", name = "overlegtafel_lid", joinColumns = @JoinColumn(name = "overlegtafel_id"))
    @Column(name = "organisatie_code")
    private Set<String> leden = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "casusoverleg", name = "overlegtafel_criterium",
            joinColumns = @JoinColumn(name = "overlegtafel_id"))
    @OrderColumn(name = "volgorde")
    private List<Criterium> criteria = new ArrayList<>();

    protected Overlegtafel() {}

    /** A table as configured; for tests and tools, the platform reads it from the database. */
    public static Overlegtafel van(UUID id, String naam, String voorzitter, String organisator, Set<String> leden,
            List<Criterium> criteria, int toegangsvensterDagen, int triagetermijnWerkdagen, int bewaartermijnMaanden) {
        Overlegtafel tafel = new Overlegtafel();
        tafel.id = id;
        tafel.versie = 1;
        tafel.naam = naam;
        tafel.voorzitterOrganisatie = voorzitter;
        tafel.organisatorOrganisatie = organisator;
        tafel.doel = Doel.CASUSOVERLEG;
        tafel.grondslag = "Wet gegevensverwerking door samenwerkingsverbanden (WGS)";
        tafel.leden = new HashSet<>(leden);
        tafel.criteria = new ArrayList<>(criteria);
        tafel.toegangsvensterDagen = toegangsvensterDagen;
        tafel.triagetermijnWerkdagen = triagetermijnWerkdagen;
        tafel.bewaartermijnMaanden = bewaartermijnMaanden;
        tafel.bewaarregel = "Twaalf maanden na afschaling.";
        tafel.laatstGewijzigd = OffsetDateTime.now();
        return tafel;
    }

    public boolean isLid(String organisatieCode) {
        return leden.contains(organisatieCode);
    }

    /**
     * When an invitation to an item of a meeting on {@code overlegdatum} ends: at the end of the window's last day,
     * Dutch time (a meeting on 10 March with 14 days: the grant ends at midnight between 24 and 25 March).
     */
    public Instant toegangTot(LocalDate overlegdatum) {
        return overlegdatum.plusDays(toegangsvensterDagen + 1L).atStartOfDay(NEDERLAND).toInstant();
    }

    /** The last day to triage an aanmelding submitted at {@code ingediendOp}: that day plus N working days. */
    public LocalDate triageUiterlijk(Instant ingediendOp, Werkdagkalender kalender) {
        return kalender.plusWerkdagen(ingediendOp.atZone(NEDERLAND).toLocalDate(), triagetermijnWerkdagen);
    }

    /** Until when the table keeps its shared copy of a case closed at {@code afgeschaaldOp}. */
    public LocalDate bewarenTot(Instant afgeschaaldOp) {
        return afgeschaaldOp.atZone(NEDERLAND).toLocalDate().plusMonths(bewaartermijnMaanden);
    }

    public List<String> criteriumcodes() {
        return criteria.stream().map(Criterium::code).toList();
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

    public String naam() {
        return naam;
    }

    public String voorzitterOrganisatie() {
        return voorzitterOrganisatie;
    }

    public String organisatorOrganisatie() {
        return organisatorOrganisatie;
    }

    public Doel doel() {
        return doel;
    }

    public String grondslag() {
        return grondslag;
    }

    public int toegangsvensterDagen() {
        return toegangsvensterDagen;
    }

    public int triagetermijnWerkdagen() {
        return triagetermijnWerkdagen;
    }

    public int bewaartermijnMaanden() {
        return bewaartermijnMaanden;
    }

    public String bewaarregel() {
        return bewaarregel;
    }

    /** Sorted, so answers are stable. */
    public List<String> leden() {
        return leden.stream().sorted().toList();
    }

    public List<Criterium> criteria() {
        return List.copyOf(criteria);
    }
}
