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
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.Validatie;
import nl.schakel.toegang.domein.Gecategoriseerd;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Medewerker;

/**
 * An entry in a crisis file: a note, observation, assessment or decision, owned by the organisation that wrote it and
 * carrying one data category, so that each co-owner sees it as the policy says for its type. Never overwritten: the
 * author organisation corrects it by a new version (each kept in {@code aantekening_versie}) or withdraws it with a
 * reason; the history stays readable either way.
 */
@Entity
@Table(schema = "crisisdossier", name = "aantekening")
public class Aantekening implements Gecategoriseerd {

    /** What an entry may be about; BSN, the reporter's identity and a secret address are never written as free text. */
    public static final Set<Gegevenscategorie> CATEGORIEEN = EnumSet.of(Gegevenscategorie.IDENTITEIT, Gegevenscategorie.CONTACT,
            Gegevenscategorie.VEILIGHEID, Gegevenscategorie.HULPVERLENING, Gegevenscategorie.GEZONDHEID, Gegevenscategorie.JUSTITIEEL);

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

    @Column(name = "organisatie_code", nullable = false, updatable = false)
    private String organisatieCode;

    @Column(name = "auteur", nullable = false)
    private String auteur;

    @Enumerated(EnumType.STRING)
    @Column(name = "soort", nullable = false)
    private Aantekeningsoort soort;

    @Enumerated(EnumType.STRING)
    @Column(name = "categorie", nullable = false)
    private Gegevenscategorie categorie;

    @Column(name = "tekst", nullable = false)
    private String tekst;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Aantekeningstatus status;

    @Column(name = "intrekkingsreden")
    private String intrekkingsreden;

    @Column(name = "geschreven_op", nullable = false, updatable = false)
    private OffsetDateTime geschrevenOp;

    protected Aantekening() {}

    /** A new entry by the caller's organisation in an open file; every broken rule named at once (400 CRS-003). */
    public static Aantekening schrijf(Crisisdossier dossier, Aantekeninggegevens gegevens, String organisatie, Medewerker door, Instant nu) {
        dossier.vereisOpen();
        Inhoud inhoud = Inhoud.uit(gegevens);
        Aantekening aantekening = new Aantekening();
        aantekening.id = UUID.randomUUID();
        aantekening.crisisdossierId = dossier.id();
        aantekening.organisatieCode = organisatie;
        aantekening.status = Aantekeningstatus.GELDIG;
        aantekening.geschrevenOp = Crisisdossier.utc(nu);
        aantekening.neemOver(inhoud, door, nu);
        return aantekening;
    }

    /**
     * A correction: a new version with the new content, by the author organisation only (403 CRS-010, checked by the use
     * case so the refusal is logged); a withdrawn entry takes none (409 CRS-011).
     */
    public void corrigeer(Crisisdossier dossier, Aantekeninggegevens gegevens, Medewerker door, Instant nu) {
        dossier.vereisOpen();
        vereisGeldig();
        neemOver(Inhoud.uit(gegevens), door, nu);
    }

    /** Withdraws the entry with a reason (≤ 1000, 400 CRS-003 without one); the history keeps what it said. */
    public void trekIn(Crisisdossier dossier, String reden, Medewerker door, Instant nu) {
        dossier.vereisOpen();
        vereisGeldig();
        String tekst = Crisisdossier.tekst(reden);
        new Validatie().verplicht("reden", tekst).maximaleLengte("reden", tekst, 1000).controleer(Foutcodes.ONGELDIGE_AANTEKENING);
        status = Aantekeningstatus.INGETROKKEN;
        intrekkingsreden = tekst;
        auteur = door.naam();
        laatstGewijzigd = Crisisdossier.utc(nu);
    }

    public boolean isVan(String organisatie) {
        return organisatieCode.equals(organisatie);
    }

    private void vereisGeldig() {
        if (status == Aantekeningstatus.INGETROKKEN) {
            throw new ConflictFout(Foutcodes.AANTEKENING_INGETROKKEN, "Deze aantekening is ingetrokken; zij wordt niet meer gecorrigeerd.");
        }
    }

    private void neemOver(Inhoud inhoud, Medewerker door, Instant nu) {
        soort = inhoud.soort();
        categorie = inhoud.categorie();
        tekst = inhoud.tekst();
        auteur = door.naam();
        laatstGewijzigd = Crisisdossier.utc(nu);
    }

    /** The checked content of an entry or a correction. */
    record Inhoud(Aantekeningsoort soort, Gegevenscategorie categorie, String tekst) {

        static Inhoud uit(Aantekeninggegevens gegevens) {
            Optional<Aantekeningsoort> soort = Crisisdossier.waarde(Aantekeningsoort.class, gegevens == null ? null : gegevens.soort());
            Optional<Gegevenscategorie> categorie = Crisisdossier.waarde(Gegevenscategorie.class, gegevens == null ? null : gegevens.categorie())
                    .filter(CATEGORIEEN::contains);
            String tekst = Crisisdossier.tekst(gegevens == null ? null : gegevens.tekst());
            new Validatie()
                    .regel(soort.isPresent(), "soort", "Een van NOTITIE, OBSERVATIE, BEOORDELING, BESLUIT.")
                    .regel(categorie.isPresent(), "categorie", "Een van " + CATEGORIEEN.stream().map(Enum::name).toList() + ".")
                    .verplicht("tekst", tekst)
                    .maximaleLengte("tekst", tekst, 4000)
                    .controleer(Foutcodes.ONGELDIGE_AANTEKENING);
            return new Inhoud(soort.orElseThrow(), categorie.orElseThrow(), tekst);
        }
    }

    @Override
    public Gegevenscategorie categorie() {
        return categorie;
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

    public UUID crisisdossierId() {
        return crisisdossierId;
    }

    public String organisatieCode() {
        return organisatieCode;
    }

    public String auteur() {
        return auteur;
    }

    public Aantekeningsoort soort() {
        return soort;
    }

    public String tekst() {
        return tekst;
    }

    public Aantekeningstatus status() {
        return status;
    }

    public Optional<String> intrekkingsreden() {
        return Optional.ofNullable(intrekkingsreden);
    }

    public Instant geschrevenOp() {
        return geschrevenOp.toInstant();
    }
}
