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
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.Validatie;
import nl.schakel.toegang.domein.Gecategoriseerd;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * A co-owner's request to Filomena's one-stop team (the Centrum HGKM among the file's partners) for a forensic and/or
 * medical screening of a child. That a request exists and where it stands is for every co-owner: it tells them who is
 * looking at the child, and when. The question itself describes injuries or complaints, health data (AVG art. 9):
 * it is {@link Gegevenscategorie#GEZONDHEID}, owned by the asking organisation, and goes through the one category
 * filter like an entry. Only Filomena moves the status, with If-Match: two of its workers at once get one 200, one 412.
 */
@Entity
@Table(schema = "crisisdossier", name = "screeningsverzoek")
public class Screeningsverzoek implements Gecategoriseerd {

    /** The question is about the child's body: always health data. */
    public static final Gegevenscategorie CATEGORIE_VRAAG = Gegevenscategorie.GEZONDHEID;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "soort", nullable = false, updatable = false)
    private Screeningsoort soort;

    @Column(name = "vraag", nullable = false, updatable = false)
    private String vraag;

    @Column(name = "spoed", nullable = false, updatable = false)
    private boolean spoed;

    @Column(name = "aangevraagd_door", nullable = false, updatable = false)
    private String aangevraagdDoor;

    @Column(name = "aangevraagd_op", nullable = false, updatable = false)
    private OffsetDateTime aangevraagdOp;

    @Column(name = "uitvoerder", nullable = false, updatable = false)
    private String uitvoerder;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Screeningsstatus status;

    @Column(name = "gepland")
    private OffsetDateTime gepland;

    @Column(name = "afwijzingsreden")
    private String afwijzingsreden;

    @Column(name = "gewijzigd_door", nullable = false)
    private String gewijzigdDoor;

    protected Screeningsverzoek() {}

    /**
     * A new request from {@code door} (an organisation of the file) to {@code uitvoerder}, Filomena among the file's
     * partners. The file must be open (409 CRS-012); every broken rule named at once (400 CRS-017).
     */
    public static Screeningsverzoek vraagAan(Crisisdossier dossier, Screeningsgegevens.Aanvraag aanvraag, String uitvoerder,
            String door, Instant nu) {
        dossier.vereisOpen();
        valideer(aanvraag);
        Screeningsverzoek verzoek = new Screeningsverzoek();
        verzoek.id = UUID.randomUUID();
        verzoek.crisisdossierId = dossier.id();
        verzoek.soort = Crisisdossier.waarde(Screeningsoort.class, aanvraag.soort()).orElseThrow();
        verzoek.vraag = Crisisdossier.tekst(aanvraag.vraag());
        verzoek.spoed = aanvraag.spoed();
        verzoek.aangevraagdDoor = door;
        verzoek.aangevraagdOp = Crisisdossier.utc(nu);
        verzoek.uitvoerder = uitvoerder;
        verzoek.status = Screeningsstatus.AANGEVRAAGD;
        verzoek.gewijzigdDoor = door;
        verzoek.laatstGewijzigd = Crisisdossier.utc(nu);
        return verzoek;
    }

    /** The request's rules, every one named at once (400 CRS-017), before anything else is looked up. */
    public static void valideer(Screeningsgegevens.Aanvraag aanvraag) {
        String vraag = Crisisdossier.tekst(aanvraag == null ? null : aanvraag.vraag());
        new Validatie()
                .regel(Crisisdossier.waarde(Screeningsoort.class, aanvraag == null ? null : aanvraag.soort()).isPresent(), "soort",
                        "Een van FORENSISCH_MEDISCH, MEDISCH, FORENSISCH.")
                .verplicht("vraag", vraag)
                .maximaleLengte("vraag", vraag, 2000)
                .regel(aanvraag != null && aanvraag.spoed() != null, "spoed", "Verplicht: true of false.")
                .controleer(Foutcodes.ONGELDIG_SCREENINGSVERZOEK);
    }

    /**
     * Filomena moves the status (the version was checked by the use case): INGEPLAND needs a moment, AFGEWEZEN a reason
     * (400 CRS-017); a move the status does not allow is 409 CRS-019, and a closed file 409 CRS-012.
     */
    public void wijzigStatus(Crisisdossier dossier, Screeningsgegevens.Statuswijziging wijziging, String door, Instant nu) {
        dossier.vereisOpen();
        Optional<Screeningsstatus> nieuw = Crisisdossier.waarde(Screeningsstatus.class, wijziging == null ? null : wijziging.status());
        String reden = Crisisdossier.tekst(wijziging == null ? null : wijziging.reden());
        Instant moment = wijziging == null ? null : wijziging.gepland();
        Validatie validatie = new Validatie()
                .regel(nieuw.isPresent() && nieuw.get() != Screeningsstatus.AANGEVRAAGD, "status",
                        "Een van INGEPLAND, UITGEVOERD, AFGEWEZEN.");
        nieuw.filter(Screeningsstatus.INGEPLAND::equals).ifPresent(s -> validatie.verplicht("gepland", moment));
        nieuw.filter(Screeningsstatus.AFGEWEZEN::equals).ifPresent(s -> validatie.verplicht("reden", reden)
                .maximaleLengte("reden", reden, 1000));
        validatie.controleer(Foutcodes.ONGELDIG_SCREENINGSVERZOEK);
        Screeningsstatus naar = nieuw.orElseThrow();
        if (!status.volgende().contains(naar)) {
            throw new ConflictFout(Foutcodes.SCREENINGSSTATUS_ONMOGELIJK, "Een screeningsverzoek met status " + status
                    + " gaat niet naar " + naar + ".");
        }
        status = naar;
        if (naar == Screeningsstatus.INGEPLAND) {
            gepland = Crisisdossier.utc(moment);
        }
        afwijzingsreden = naar == Screeningsstatus.AFGEWEZEN ? reden : null;
        gewijzigdDoor = door;
        laatstGewijzigd = Crisisdossier.utc(nu);
    }

    /** Whether {@code organisatie} is the one the request went to. */
    public boolean isVoor(String organisatie) {
        return uitvoerder.equals(organisatie);
    }

    @Override
    public Gegevenscategorie categorie() {
        return CATEGORIE_VRAAG;
    }

    /** The asking organisation: it always reads its own question. */
    @Override
    public String eigenaar() {
        return aangevraagdDoor;
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

    public Screeningsoort soort() {
        return soort;
    }

    public String vraag() {
        return vraag;
    }

    public boolean spoed() {
        return spoed;
    }

    public String aangevraagdDoor() {
        return aangevraagdDoor;
    }

    public Instant aangevraagdOp() {
        return aangevraagdOp.toInstant();
    }

    public String uitvoerder() {
        return uitvoerder;
    }

    public Screeningsstatus status() {
        return status;
    }

    public Optional<Instant> gepland() {
        return Optional.ofNullable(gepland).map(OffsetDateTime::toInstant);
    }

    public Optional<String> afwijzingsreden() {
        return Optional.ofNullable(afwijzingsreden);
    }

    public String gewijzigdDoor() {
        return gewijzigdDoor;
    }
}
