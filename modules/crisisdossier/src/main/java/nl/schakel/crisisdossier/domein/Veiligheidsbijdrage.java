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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.gedeeld.fout.Validatie;
import nl.schakel.toegang.domein.Gecategoriseerd;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * One partner organisation's part of the file's gezamenlijke veiligheidsbeoordeling and veiligheidsplan: its judgement,
 * the risk and protective factors it sees, and the safety agreements it carries — the sections of flow 1's
 * veiligheidsbeoordeling, so that an afschaling carries them over as they are. Each part belongs to its author
 * organisation (only it changes it, If-Match); the joint judgement is the most severe part. Category VEILIGHEID.
 */
@Entity
@Table(schema = "crisisdossier", name = "veiligheidsbijdrage")
public class Veiligheidsbijdrage implements Gecategoriseerd {

    public static final int MAXIMAAL_AANTAL = 30;
    public static final int MAXIMALE_REGEL = 500;

    @Id
    @Column(name = "id", updatable = false)
    private UUID id;

    @Version
    @Column(name = "versie", nullable = false)
    private int versie;

    @Column(name = "laatst_gewijzigd", nullable = false)
    private OffsetDateTime laatstGewijzigd;

    @Column(name = "gewijzigd_door", nullable = false)
    private String gewijzigdDoor;

    @Column(name = "crisisdossier_id", nullable = false, updatable = false)
    private UUID crisisdossierId;

    @Column(name = "organisatie_code", nullable = false, updatable = false)
    private String organisatieCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "oordeel", nullable = false)
    private Veiligheidsoordeel oordeel;

    @Column(name = "risicofactoren", nullable = false)
    private String risicofactoren;

    @Column(name = "beschermende_factoren", nullable = false)
    private String beschermendeFactoren;

    @Column(name = "afspraken", nullable = false)
    private String afspraken;

    protected Veiligheidsbijdrage() {}

    /** The organisation's first part in an open file; every broken rule named at once (400 CRS-021). */
    public static Veiligheidsbijdrage eerste(Crisisdossier dossier, String organisatie, Veiligheidsbijdragegegevens gegevens,
            String door, Instant nu) {
        dossier.vereisOpen();
        Veiligheidsbijdrage bijdrage = new Veiligheidsbijdrage();
        bijdrage.id = UUID.randomUUID();
        bijdrage.crisisdossierId = dossier.id();
        bijdrage.organisatieCode = organisatie;
        bijdrage.neemOver(gegevens, door, nu);
        return bijdrage;
    }

    /** A new version of the organisation's own part (the caller checked the author and the version). */
    public void wijzig(Crisisdossier dossier, Veiligheidsbijdragegegevens gegevens, String door, Instant nu) {
        dossier.vereisOpen();
        neemOver(gegevens, door, nu);
    }

    private void neemOver(Veiligheidsbijdragegegevens gegevens, String door, Instant nu) {
        Validatie validatie = new Validatie();
        Optional<Veiligheidsoordeel> gekozen = Crisisdossier.waarde(Veiligheidsoordeel.class, gegevens == null ? null : gegevens.oordeel());
        validatie.regel(gekozen.isPresent(), "oordeel", "Een van ACUUT_ONVEILIG, ONVEILIG, VOORLOPIG_VEILIG.");
        List<String> risico = lijst(validatie, "risicofactoren", gegevens == null ? null : gegevens.risicofactoren());
        List<String> beschermend = lijst(validatie, "beschermendeFactoren", gegevens == null ? null : gegevens.beschermendeFactoren());
        List<String> plan = lijst(validatie, "afspraken", gegevens == null ? null : gegevens.afspraken());
        validatie.controleer(Foutcodes.ONGELDIGE_VEILIGHEIDSBIJDRAGE);
        oordeel = gekozen.orElseThrow();
        risicofactoren = String.join("\n", risico);
        beschermendeFactoren = String.join("\n", beschermend);
        afspraken = String.join("\n", plan);
        gewijzigdDoor = door;
        laatstGewijzigd = Crisisdossier.utc(nu);
    }

    /** The items without blanks, each on one line and within its length; the list within its size. */
    private static List<String> lijst(Validatie validatie, String naam, List<String> regels) {
        List<String> uit = new ArrayList<>();
        List<String> gegeven = regels == null ? List.of() : regels;
        for (int i = 0; i < gegeven.size(); i++) {
            String regel = gegeven.get(i) == null ? "" : gegeven.get(i).strip();
            if (regel.isEmpty()) {
                continue;
            }
            validatie.regel(regel.indexOf('\n') < 0 && regel.indexOf('\r') < 0, naam + "[" + i + "]", "Eén regel per punt.")
                    .maximaleLengte(naam + "[" + i + "]", regel, MAXIMALE_REGEL);
            uit.add(regel);
        }
        validatie.regel(uit.size() <= MAXIMAAL_AANTAL, naam, "Ten hoogste " + MAXIMAAL_AANTAL + " punten.");
        return uit;
    }

    /** The joint judgement: the most severe of the parts; empty while no partner gave one. */
    public static Optional<Veiligheidsoordeel> gezamenlijkOordeel(List<Veiligheidsbijdrage> bijdragen) {
        return bijdragen.stream().map(Veiligheidsbijdrage::oordeel).min(Comparator.naturalOrder());
    }

    public boolean isVan(String organisatie) {
        return organisatieCode.equals(organisatie);
    }

    @Override
    public Gegevenscategorie categorie() {
        return Gegevenscategorie.VEILIGHEID;
    }

    @Override
    public String eigenaar() {
        return organisatieCode;
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

    public String gewijzigdDoor() {
        return gewijzigdDoor;
    }

    public UUID crisisdossierId() {
        return crisisdossierId;
    }

    public String organisatieCode() {
        return organisatieCode;
    }

    public Veiligheidsoordeel oordeel() {
        return oordeel;
    }

    public List<String> risicofactoren() {
        return regels(risicofactoren);
    }

    public List<String> beschermendeFactoren() {
        return regels(beschermendeFactoren);
    }

    public List<String> afspraken() {
        return regels(afspraken);
    }

    private static List<String> regels(String tekst) {
        return tekst == null || tekst.isEmpty() ? List.of() : Arrays.asList(tekst.split("\n"));
    }
}
