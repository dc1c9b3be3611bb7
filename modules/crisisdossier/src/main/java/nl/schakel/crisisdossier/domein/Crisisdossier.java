package nl.schakel.crisisdossier.domein;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.Validatie;
import nl.schakel.gedeeld.persistentie.Uuidkolom;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.betrokkene.Bsn;

/**
 * The joint crisis file: started by any crisis partner from the shared intake form, worked on by every co-owner at the
 * same time until one of them closes it. It holds what the form said; the entries and tasks are their own resources
 * inside it. The SOF7 clock (the fast investigation within seven days) runs from its start for all co-owners.
 */
@Entity
@Table(schema = "crisisdossier", name = "crisisdossier")
public class Crisisdossier {

    /** The SOF7 investigation is done within seven days of its start. */
    public static final Duration SOF7_TERMIJN = Duration.ofDays(7);
    static final int MAXIMUM_BETROKKENEN = 20;
    static final int MAXIMUM_PARTNERS = 10;

    @Id
    @Column(name = "id", updatable = false)
    private UUID id;

    @Version
    @Column(name = "versie", nullable = false)
    private int versie;

    @Column(name = "laatst_gewijzigd", nullable = false)
    private OffsetDateTime laatstGewijzigd;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Dossierstatus status;

    @Column(name = "initiatiefnemer", nullable = false, updatable = false)
    private String initiatiefnemer;

    @Column(name = "gestart_door", nullable = false, updatable = false)
    private String gestartDoor;

    @Column(name = "gestart_op", nullable = false, updatable = false)
    private OffsetDateTime gestartOp;

    @Column(name = "wat_is_er_gebeurd", nullable = false, updatable = false)
    private String watIsErGebeurd;

    @Column(name = "directe_veiligheid", nullable = false, updatable = false)
    private String directeVeiligheid;

    @Column(name = "sof7_gestart_op")
    private OffsetDateTime sof7GestartOp;

    @Column(name = "sof7_afgerond_op")
    private OffsetDateTime sof7AfgerondOp;

    @Column(name = "sof7_conclusie")
    private String sof7Conclusie;

    @Column(name = "sof7_afgerond_door")
    private String sof7AfgerondDoor;

    @Column(name = "gesloten_op")
    private OffsetDateTime geslotenOp;

    @Column(name = "gesloten_door")
    private String geslotenDoor;

    @Enumerated(EnumType.STRING)
    @Column(name = "sluitingsuitkomst")
    private Sluitingsuitkomst sluitingsuitkomst;

    @Column(name = "sluitingsreden")
    private String sluitingsreden;

    // nullable: EclipseLink's own UUID conversion refuses null, the shared converter passes it through
    @Convert(converter = Uuidkolom.class)
    @Column(name = "overdracht_id")
    private UUID overdrachtId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "crisisdossier", name = "crisisdossier_betrokkene", joinColumns = @JoinColumn(name = "crisisdossier_id"))
    @OrderColumn(name = "volgorde")
    private List<Crisisbetrokkene> betrokkenen = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "crisisdossier", name = "crisisdossier_partner", joinColumns = @JoinColumn(name = "crisisdossier_id"))
    @Column(name = "organisatie_code")
    private Set<String> partners = new TreeSet<>();

    protected Crisisdossier() {}

    /**
     * Checks the intake form, naming every broken rule at once (400 CRS-001). The BSNs are checked here (nine digits,
     * elfproef) because a mistyped one would link the crisis to a stranger; they are not kept.
     */
    public static void valideer(Crisismeldinggegevens gegevens) {
        Validatie validatie = new Validatie();
        String wat = tekst(gegevens == null ? null : gegevens.watIsErGebeurd());
        String veiligheid = tekst(gegevens == null ? null : gegevens.directeVeiligheid());
        validatie.verplicht("watIsErGebeurd", wat).maximaleLengte("watIsErGebeurd", wat, 4000)
                .verplicht("directeVeiligheid", veiligheid).maximaleLengte("directeVeiligheid", veiligheid, 2000);
        List<Crisismeldinggegevens.Betrokkenegegevens> personen = gegevens == null || gegevens.betrokkenen() == null ? List.of()
                : gegevens.betrokkenen();
        validatie.regel(!personen.isEmpty() && personen.size() <= MAXIMUM_BETROKKENEN, "betrokkenen",
                "Eén tot " + MAXIMUM_BETROKKENEN + " betrokkenen.");
        for (int i = 0; i < personen.size(); i++) {
            Crisismeldinggegevens.Betrokkenegegevens persoon = personen.get(i);
            String pad = "betrokkenen[" + i + "]";
            if (persoon == null) {
                validatie.regel(false, pad, "Verplicht.");
                continue;
            }
            validatie.regel(rol(persoon.rol()).isPresent(), pad + ".rol", "Een van KIND, OUDER, VERZORGER, SLACHTOFFER, PLEGER, ANDER.")
                    .verplicht(pad + ".voornaam", tekst(persoon.voornaam())).maximaleLengte(pad + ".voornaam", tekst(persoon.voornaam()), 100)
                    .verplicht(pad + ".achternaam", tekst(persoon.achternaam()))
                    .maximaleLengte(pad + ".achternaam", tekst(persoon.achternaam()), 100)
                    .regel(persoon.geboortedatum() == null || datum(persoon.geboortedatum()).isPresent(), pad + ".geboortedatum",
                            "Een datum (JJJJ-MM-DD), niet in de toekomst.")
                    .regel(persoon.bsn() == null || Bsn.isGeldig(persoon.bsn()), pad + ".bsn",
                            "Geen geldig burgerservicenummer (9 cijfers, elfproef).");
        }
        List<String> partners = gegevens == null || gegevens.partners() == null ? List.of() : gegevens.partners();
        validatie.regel(partners.size() <= MAXIMUM_PARTNERS, "partners", "Ten hoogste " + MAXIMUM_PARTNERS + " partners.");
        validatie.controleer(Foutcodes.ONGELDIGE_MELDING);
    }

    /**
     * A new open file. {@code partners} are the checked co-owners other than the initiator; {@code betrokkeneIds} the
     * registry's ids for the form's betrokkenen, in order.
     */
    public static Crisisdossier start(Crisismeldinggegevens gegevens, String initiatiefnemer, Set<String> partners,
            List<UUID> betrokkeneIds, Medewerker door, Instant nu) {
        valideer(gegevens);
        Crisisdossier dossier = new Crisisdossier();
        dossier.id = UUID.randomUUID();
        dossier.status = Dossierstatus.OPEN;
        dossier.initiatiefnemer = initiatiefnemer;
        dossier.gestartDoor = door.id();
        dossier.gestartOp = utc(nu);
        dossier.laatstGewijzigd = utc(nu);
        dossier.watIsErGebeurd = tekst(gegevens.watIsErGebeurd());
        dossier.directeVeiligheid = tekst(gegevens.directeVeiligheid());
        dossier.sof7GestartOp = gegevens.sof7() ? utc(nu) : null;
        for (int i = 0; i < gegevens.betrokkenen().size(); i++) {
            Crisismeldinggegevens.Betrokkenegegevens persoon = gegevens.betrokkenen().get(i);
            dossier.betrokkenen.add(new Crisisbetrokkene(betrokkeneIds.get(i), rol(persoon.rol()).orElseThrow(), tekst(persoon.voornaam()),
                    tekst(persoon.achternaam()), persoon.geboortedatum() == null ? null : datum(persoon.geboortedatum()).orElseThrow()));
        }
        dossier.partners.add(initiatiefnemer);
        dossier.partners.addAll(partners);
        return dossier;
    }

    /**
     * Closes the file: to regular work, or down to an overdracht that Veilig Thuis sends through flow 1. Every rule named
     * at once (400 CRS-005); a closed file stays closed (409 CRS-012).
     */
    public void sluit(String uitkomst, String reden, Medewerker door, Instant nu) {
        vereisOpen();
        valideerSluiting(uitkomst, reden);
        String tekst = tekst(reden);
        Optional<Sluitingsuitkomst> gekozen = uitkomst(uitkomst);
        status = Dossierstatus.GESLOTEN;
        sluitingsuitkomst = gekozen.orElseThrow();
        sluitingsreden = tekst;
        geslotenDoor = door.id();
        geslotenOp = utc(nu);
        laatstGewijzigd = utc(nu);
    }

    /**
     * Closes the file down to the concept overdracht {@code overdracht} that Veilig Thuis made of it: the same rules as
     * {@link #sluit}, and the file points to the concept from then on.
     */
    public void schaalAf(String reden, UUID overdracht, Medewerker door, Instant nu) {
        sluit(Sluitingsuitkomst.OVERDRACHT.name(), reden, door, nu);
        overdrachtId = overdracht;
    }

    /** The closure's outcome and reason, every rule named at once (400 CRS-005), before anything is made of it. */
    public static void valideerSluiting(String uitkomst, String reden) {
        String tekst = tekst(reden);
        new Validatie()
                .regel(uitkomst(uitkomst).isPresent(), "uitkomst", "REGULIER of OVERDRACHT.")
                .verplicht("reden", tekst)
                .maximaleLengte("reden", tekst, 2000)
                .controleer(Foutcodes.ONGELDIGE_SLUITING);
    }

    /**
     * Records the SOF7 investigation as done, with its short conclusion, by a co-owner organisation: from then on it is
     * no longer overdue for anybody. A closed file (409 CRS-012), a SOF7 that never started (409 CRS-014) or is already
     * done (409 CRS-015) refuse it, in that order, before the conclusion is checked (400 CRS-016): the state answers
     * first, so a screen that is behind learns what happened instead of fixing its text.
     */
    public void rondSof7Af(String conclusie, String organisatie, Instant nu) {
        vereisOpen();
        if (sof7GestartOp == null) {
            throw new ConflictFout(Foutcodes.SOF7_NIET_GESTART, "In dit crisisdossier is geen SOF7-onderzoek gestart.");
        }
        if (sof7AfgerondOp != null) {
            throw new ConflictFout(Foutcodes.SOF7_AL_AFGEROND, "Het SOF7-onderzoek is al afgerond (door " + sof7AfgerondDoor + ").");
        }
        String tekst = tekst(conclusie);
        new Validatie().verplicht("conclusie", tekst).maximaleLengte("conclusie", tekst, 2000).controleer(Foutcodes.ONGELDIGE_SOF7_AFRONDING);
        sof7AfgerondOp = utc(nu);
        sof7Conclusie = tekst;
        sof7AfgerondDoor = organisatie;
        laatstGewijzigd = utc(nu);
    }

    /** Nothing changes in a closed file (409 CRS-012). */
    public void vereisOpen() {
        if (status != Dossierstatus.OPEN) {
            throw new ConflictFout(Foutcodes.DOSSIER_GESLOTEN, "Dit crisisdossier is gesloten; er verandert niets meer in.");
        }
    }

    /** When the SOF7 investigation must be done: seven days after its start; empty when it was not started. */
    public Optional<Instant> sof7Uiterlijk() {
        return Optional.ofNullable(sof7GestartOp).map(start -> start.toInstant().plus(SOF7_TERMIJN));
    }

    /** Past its seven days while not done, and the file still open. */
    public boolean isSof7Verlopen(Instant nu) {
        return status == Dossierstatus.OPEN && sof7AfgerondOp == null && sof7Uiterlijk().map(nu::isAfter).orElse(false);
    }

    public boolean isPartner(String organisatieCode) {
        return partners.contains(organisatieCode);
    }

    public List<UUID> betrokkeneIds() {
        return betrokkenen.stream().map(Crisisbetrokkene::id).toList();
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

    public Dossierstatus status() {
        return status;
    }

    public String initiatiefnemer() {
        return initiatiefnemer;
    }

    public Instant gestartOp() {
        return gestartOp.toInstant();
    }

    public String watIsErGebeurd() {
        return watIsErGebeurd;
    }

    public String directeVeiligheid() {
        return directeVeiligheid;
    }

    public Optional<Instant> sof7GestartOp() {
        return Optional.ofNullable(sof7GestartOp).map(OffsetDateTime::toInstant);
    }

    public Optional<Instant> sof7AfgerondOp() {
        return Optional.ofNullable(sof7AfgerondOp).map(OffsetDateTime::toInstant);
    }

    public Optional<String> sof7Conclusie() {
        return Optional.ofNullable(sof7Conclusie);
    }

    /** The organisation that recorded the SOF7 as done. */
    public Optional<String> sof7AfgerondDoor() {
        return Optional.ofNullable(sof7AfgerondDoor);
    }

    public Optional<Instant> geslotenOp() {
        return Optional.ofNullable(geslotenOp).map(OffsetDateTime::toInstant);
    }

    public Optional<Sluitingsuitkomst> sluitingsuitkomst() {
        return Optional.ofNullable(sluitingsuitkomst);
    }

    public Optional<String> sluitingsreden() {
        return Optional.ofNullable(sluitingsreden);
    }

    public Optional<UUID> overdrachtId() {
        return Optional.ofNullable(overdrachtId);
    }

    public List<Crisisbetrokkene> betrokkenen() {
        return List.copyOf(betrokkenen);
    }

    /** The co-owners, the initiator among them, sorted by code. */
    public Set<String> partners() {
        return new LinkedHashSet<>(new TreeSet<>(partners));
    }

    static OffsetDateTime utc(Instant moment) {
        return moment.atOffset(ZoneOffset.UTC);
    }

    static String tekst(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }

    static Optional<Betrokkenenrol> rol(String waarde) {
        return waarde(Betrokkenenrol.class, waarde);
    }

    static Optional<Sluitingsuitkomst> uitkomst(String waarde) {
        return waarde(Sluitingsuitkomst.class, waarde);
    }

    /** An enum constant by its exact name; anything else is no value (the caller names the field). */
    static <E extends Enum<E>> Optional<E> waarde(Class<E> soort, String naam) {
        if (naam == null) {
            return Optional.empty();
        }
        for (E constante : soort.getEnumConstants()) {
            if (constante.name().equals(naam)) {
                return Optional.of(constante);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> datum(String waarde) {
        try {
            LocalDate datum = LocalDate.parse(waarde);
            return datum.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1)) ? Optional.empty() : Optional.of(datum);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
