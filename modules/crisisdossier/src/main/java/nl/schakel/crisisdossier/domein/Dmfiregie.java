package nl.schakel.crisisdossier.domein;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.schakel.gedeeld.fout.Validatie;

/**
 * The DMFI track of a crisis file (intensive multi-sector direction, Filomena's method): who the casusregisseur is — the
 * one professional of a co-owner organisation who keeps the partners' work together and can be called — and, through
 * {@link Evaluatiemoment}, when the partners review the case together. One per file; starting it names the first
 * casusregisseur, a later change is a new version (If-Match), so two partners cannot silently overwrite each other.
 * It holds working data about professionals, not about the family: it is part of the file every co-owner reads.
 */
@Entity
@Table(schema = "crisisdossier", name = "dmfi_regie")
public class Dmfiregie {

    private static final Pattern TELEFOON = Pattern.compile("^\\+?[0-9 ()-]{6,20}$");

    @Id
    @Column(name = "crisisdossier_id", updatable = false)
    private UUID crisisdossierId;

    @Version
    @Column(name = "versie", nullable = false)
    private int versie;

    @Column(name = "gestart_op", nullable = false, updatable = false)
    private OffsetDateTime gestartOp;

    @Column(name = "gestart_door", nullable = false, updatable = false)
    private String gestartDoor;

    @Column(name = "casusregisseur_organisatie", nullable = false)
    private String casusregisseurOrganisatie;

    @Column(name = "casusregisseur_naam", nullable = false)
    private String casusregisseurNaam;

    @Column(name = "casusregisseur_telefoon")
    private String casusregisseurTelefoon;

    @Column(name = "laatst_gewijzigd", nullable = false)
    private OffsetDateTime laatstGewijzigd;

    @Column(name = "gewijzigd_door", nullable = false)
    private String gewijzigdDoor;

    protected Dmfiregie() {}

    /** Starts DMFI in an open file with its first casusregisseur, who must work for a co-owner (400 CRS-023). */
    public static Dmfiregie start(Crisisdossier dossier, Casusregisseur casusregisseur, String door, Instant nu) {
        dossier.vereisOpen();
        Dmfiregie regie = new Dmfiregie();
        regie.crisisdossierId = dossier.id();
        regie.gestartOp = Crisisdossier.utc(nu);
        regie.gestartDoor = door;
        regie.neemOver(dossier, casusregisseur, door, nu);
        return regie;
    }

    /** Another casusregisseur (or the same with a new number), in an open file. */
    public void wijzig(Crisisdossier dossier, Casusregisseur casusregisseur, String door, Instant nu) {
        dossier.vereisOpen();
        neemOver(dossier, casusregisseur, door, nu);
    }

    private void neemOver(Crisisdossier dossier, Casusregisseur casusregisseur, String door, Instant nu) {
        valideer(dossier, casusregisseur);
        casusregisseurOrganisatie = casusregisseur.organisatie();
        casusregisseurNaam = Crisisdossier.tekst(casusregisseur.naam());
        casusregisseurTelefoon = Crisisdossier.tekst(casusregisseur.telefoon());
        laatstGewijzigd = Crisisdossier.utc(nu);
        gewijzigdDoor = door;
    }

    /** Every broken rule at once (400 CRS-023). */
    public static void valideer(Crisisdossier dossier, Casusregisseur casusregisseur) {
        String organisatie = casusregisseur == null ? null : casusregisseur.organisatie();
        String naam = Crisisdossier.tekst(casusregisseur == null ? null : casusregisseur.naam());
        String telefoon = Crisisdossier.tekst(casusregisseur == null ? null : casusregisseur.telefoon());
        new Validatie()
                .regel(organisatie != null && dossier.isPartner(organisatie), "casusregisseur.organisatie",
                        "De casusregisseur werkt bij een van de partners van dit crisisdossier.")
                .verplicht("casusregisseur.naam", naam)
                .maximaleLengte("casusregisseur.naam", naam, 100)
                .regel(telefoon == null || TELEFOON.matcher(telefoon).matches(), "casusregisseur.telefoon",
                        "Een telefoonnummer: 6 tot 20 cijfers, spaties, haakjes of streepjes, eventueel met +.")
                .controleer(Foutcodes.ONGELDIGE_DMFI);
    }

    public UUID crisisdossierId() {
        return crisisdossierId;
    }

    public int versie() {
        return versie;
    }

    public Instant gestartOp() {
        return gestartOp.toInstant();
    }

    /** The organisation that started DMFI. */
    public String gestartDoor() {
        return gestartDoor;
    }

    public Casusregisseur casusregisseur() {
        return new Casusregisseur(casusregisseurOrganisatie, casusregisseurNaam, casusregisseurTelefoon);
    }

    public Instant laatstGewijzigd() {
        return laatstGewijzigd.toInstant();
    }

    /** The organisation that made the last change. */
    public String gewijzigdDoor() {
        return gewijzigdDoor;
    }

    /** The casusregisseur: the organisation (a co-owner), the professional's name and, if given, a work number. */
    public record Casusregisseur(String organisatie, String naam, String telefoon) {

        public Optional<String> telefoonnummer() {
            return Optional.ofNullable(telefoon);
        }
    }
}
