package nl.schakel.overdracht.domein;

import static nl.schakel.overdracht.domein.OverdrachtStatus.*;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
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
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.Validatie;
import nl.schakel.gedeeld.fout.VerbodenFout;
import nl.schakel.overdracht.domein.inhoud.Betrokkenenherkenning;
import nl.schakel.overdracht.domein.inhoud.InhoudRegels;
import nl.schakel.overdracht.domein.inhoud.OverdrachtInhoud;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * The handover of a case from Veilig Thuis (the eigenaar) to a partner (the ontvanger): a transfer of
 * responsibility for "zicht op veiligheid". Its content can change only while it is a concept; after that
 * only its status moves, each move recorded as an {@link Overgang}.
 */
@Entity
@Table(schema = "overdracht", name = "overdracht")
public class Overdracht {

    public static final String ONGELDIGE_OVERGANG = "OVD-010";
    public static final String REDEN_ONTBREEKT = "OVD-011";
    public static final String ALLEEN_CONCEPT_WIJZIGBAAR = "OVD-012";
    public static final String ONGELDIGE_VERZENDING = "OVD-013";

    /** The partner register's code format (partners.OrganisatieGegevens); the table checks it too. */
    static final Pattern ORGANISATIECODE = Pattern.compile("[A-Z0-9-]{2,32}");

    @Id
    @Column(name = "id", updatable = false)
    private UUID id;

    @Version
    @Column(name = "versie", nullable = false)
    private int versie;

    /** OffsetDateTime in UTC: the JPA 3.1 of Payara 6 maps it to timestamptz. */
    @Column(name = "laatst_gewijzigd", nullable = false)
    private OffsetDateTime laatstGewijzigd;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private OverdrachtStatus status;

    @Column(name = "eigenaar_organisatie", nullable = false, updatable = false)
    private String eigenaarOrganisatie;

    @Column(name = "ontvangende_organisatie")
    private String ontvangendeOrganisatie;

    /** Kept as one column: written once, at sending, and read with every row of a list without a join. */
    @Column(name = "gedeelde_categorieen", nullable = false)
    private String gedeeldeCategorieen = "";

    @Column(name = "aangemaakt_door", nullable = false, updatable = false)
    private String aangemaaktDoor;

    @Column(name = "aangemaakt_op", nullable = false, updatable = false)
    private OffsetDateTime aangemaaktOp;

    @Column(name = "verzonden_op")
    private OffsetDateTime verzondenOp;

    /** When the term watcher escalated it to the sender's teamleider; null while it was not (or need not be). */
    @Column(name = "opgeschaald_op")
    private OffsetDateTime opgeschaaldOp;

    @Column(name = "warme_overdracht_op")
    private OffsetDateTime warmeOverdrachtOp;

    @Column(name = "warme_overdracht_plaats")
    private String warmeOverdrachtPlaats;

    /** Whom the receiver calls at Veilig Thuis; set with each sending, empty on overdrachten sent before V8. */
    @Column(name = "contactpersoon_naam")
    private String contactpersoonNaam;

    @Column(name = "contactpersoon_telefoon")
    private String contactpersoonTelefoon;

    @Column(name = "inhoud", nullable = false, columnDefinition = "jsonb")
    private OverdrachtInhoud inhoud;

    @OneToMany(mappedBy = "overdracht", cascade = CascadeType.PERSIST)
    @OrderBy("volgnummer")
    private List<Overgang> overgangen = new ArrayList<>();

    protected Overdracht() {}

    /**
     * A new concept, owned by the organisation of the one who writes it. Its betrokkenen get their ids from
     * {@code herkenning} (the person registry); ids a client sent are not kept, the overdracht held none yet.
     */
    public static Overdracht stelOp(String eigenaarCode, OverdrachtInhoud inhoud, Betrokkenenherkenning herkenning,
            Uitvoerder door, Instant nu) {
        return stelOp(eigenaarCode, inhoud, herkenning, Set.of(), door, nu);
    }

    /**
     * A new concept whose betrokkenen may keep the platform ids in {@code bekend}: ids the platform itself gave them
     * elsewhere (a crisis file scaled down to this overdracht), never ids a client sent.
     */
    public static Overdracht stelOp(String eigenaarCode, OverdrachtInhoud inhoud, Betrokkenenherkenning herkenning,
            Set<UUID> bekend, Uitvoerder door, Instant nu) {
        Overdracht overdracht = new Overdracht();
        overdracht.id = UUID.randomUUID();
        overdracht.eigenaarOrganisatie = eigenaarCode;
        overdracht.alsEigenaar(door);
        overdracht.inhoud = geldig(inhoud, herkenning, bekend, nu);
        overdracht.aangemaaktDoor = door.medewerkerId();
        overdracht.aangemaaktOp = utc(nu);
        overdracht.ga(CONCEPT, door, nu, null);
        return overdracht;
    }

    /**
     * Replaces the content; only a concept (or a returned overdracht, before it is sent again) is the sender's draft. The ids of the current betrokkenen are the
     * ones {@code herkenning} may keep for a betrokkene without BSN (the client sends them back with the edit).
     */
    public void wijzig(OverdrachtInhoud nieuweInhoud, Betrokkenenherkenning herkenning, Uitvoerder door, Instant nu) {
        // a returned one is the sender's draft again: nobody else holds it, and it is corrected before it goes out again
        if (status != CONCEPT && status != TERUGGELEGD) {
            throw new ConflictFout(ALLEEN_CONCEPT_WIJZIGBAAR, "Alleen een concept of een teruggelegde overdracht kan worden "
                    + "gewijzigd; deze overdracht is " + status + ".");
        }
        alsEigenaar(door);
        inhoud = geldig(nieuweInhoud, herkenning, inhoud.betrokkeneIds(), nu);
        laatstGewijzigd = utc(nu);
    }

    /**
     * Hands the concept to the recipient, who will see only the chosen categories (within the policy); or a returned
     * overdracht again, to the same or another recipient (its history keeps the return and its reason). The sender
     * names whom the recipient calls at Veilig Thuis about it ({@code contact}, required: 400 OVD-022).
     */
    public void verzend(String ontvangerCode, Set<Gegevenscategorie> categorieen, ContactpersoonVeiligThuis contact,
            Uitvoerder door, Instant nu) {
        verzend(ontvangerCode, categorieen, null, contact, door, nu);
    }

    /**
     * As {@link #verzend(String, Set, ContactpersoonVeiligThuis, Uitvoerder, Instant)}, with the sender's reason for
     * sharing the shelter address (ADRES_AFGESCHERMD): recorded with the sending in the history, so it can be accounted
     * for later.
     */
    public void verzend(String ontvangerCode, Set<Gegevenscategorie> categorieen, String redenAfgeschermdAdres,
            ContactpersoonVeiligThuis contact, Uitvoerder door, Instant nu) {
        magNaar(VERZONDEN);
        alsEigenaar(door);
        new Validatie()
                .verplicht("ontvangendeOrganisatie", ontvangerCode)
                .patroon("ontvangendeOrganisatie", ontvangerCode, ORGANISATIECODE,
                        "Een organisatiecode uit het partnerregister, zoals WT-RDAM-FEIJ.")
                .regel(ontvangerCode == null || !ontvangerCode.equals(eigenaarOrganisatie), "ontvangendeOrganisatie",
                        "Een overdracht gaat naar een andere organisatie.")
                .regel(categorieen != null && !categorieen.isEmpty(), "categorieen",
                        "Kies ten minste één gegevenscategorie die de ontvanger mag zien.")
                .maximaleLengte("redenAfgeschermdAdres", redenAfgeschermdAdres, 500)
                // a shelter address handed on without a recorded why cannot be accounted for later: the API asks for it
                .regel(!deeltAfgeschermdAdres(categorieen) || (redenAfgeschermdAdres != null && !redenAfgeschermdAdres.isBlank()),
                        "redenAfgeschermdAdres", "Vul in waarom de ontvanger het afgeschermde adres nodig heeft.")
                .controleer(ONGELDIGE_VERZENDING);
        // the receiver's page says "ask Veilig Thuis": without a name and number to ask, that sentence leads nowhere
        ContactpersoonVeiligThuis contactpersoon = ContactpersoonVeiligThuis.geldig(contact);
        String reden = deeltAfgeschermdAdres(categorieen) ? "Afgeschermd adres gedeeld: " + redenAfgeschermdAdres.strip() : null;
        InhoudRegels.controleerVerzendbaar(inhoud);
        ontvangendeOrganisatie = ontvangerCode;
        gedeeldeCategorieen = Categorieen.alsTekst(categorieen);
        verzondenOp = utc(nu);
        contactpersoonNaam = contactpersoon.naam();
        contactpersoonTelefoon = contactpersoon.telefoon();
        // sent again after a return: a new receiver, a new term; the earlier escalation and handover were the old one's
        opgeschaaldOp = null;
        warmeOverdrachtOp = null;
        warmeOverdrachtPlaats = null;
        ga(VERZONDEN, door, nu, reden);
    }

    private static boolean deeltAfgeschermdAdres(Set<Gegevenscategorie> categorieen) {
        return categorieen != null && categorieen.contains(Gegevenscategorie.ADRES_AFGESCHERMD);
    }

    public void bevestigOntvangst(Uitvoerder door, Instant nu) {
        magNaar(ONTVANGEN);
        alsOntvanger(door);
        ga(ONTVANGEN, door, nu, null);
    }

    /** The recipient takes over responsibility for "zicht op veiligheid". */
    public void accepteer(Uitvoerder door, Instant nu) {
        magNaar(GEACCEPTEERD);
        alsOntvanger(door);
        ga(GEACCEPTEERD, door, nu, null);
    }

    /** The recipient returns it; Veilig Thuis must know why to find someone else. */
    public void legTerug(String reden, Uitvoerder door, Instant nu) {
        magNaar(TERUGGELEGD);
        alsOntvanger(door);
        ga(TERUGGELEGD, door, nu, verplichteReden(reden));
    }

    /** Veilig Thuis withdraws it before it was accepted; the recipient's access ends with it. */
    public void trekIn(String reden, Uitvoerder door, Instant nu) {
        magNaar(INGETROKKEN);
        alsEigenaar(door);
        ga(INGETROKKEN, door, nu, verplichteReden(reden));
    }

    /**
     * The receiver plans (or moves) the warm handover: the joint conversation with Veilig Thuis and the family.
     * Possible once it confirmed receipt, also after accepting; not after it was returned or withdrawn.
     */
    public void planWarmeOverdracht(WarmeOverdracht planning, Uitvoerder door, Instant nu) {
        if (status != ONTVANGEN && status != GEACCEPTEERD) {
            throw new ConflictFout(ONGELDIGE_OVERGANG, "Een warme overdracht wordt gepland na de ontvangstbevestiging en"
                    + " voor of na de acceptatie; deze overdracht is " + status + ".");
        }
        alsOntvanger(door);
        WarmeOverdracht geldig = (planning == null ? new WarmeOverdracht(null, null, null) : planning).geldig(nu);
        warmeOverdrachtOp = geldig.moment().toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        warmeOverdrachtPlaats = geldig.plaats();
        laatstGewijzigd = utc(nu);
    }

    /**
     * Escalates it to the sender's teamleider when the acceptance deadline has passed, once. Returns whether it did;
     * the caller writes the event.
     */
    public boolean schaalOp(Termijnen termijnen, Instant nu) {
        if (opgeschaaldOp != null || !isAcceptatieVerlopen(termijnen, nu)) {
            return false;
        }
        opgeschaaldOp = utc(nu);
        laatstGewijzigd = utc(nu);
        return true;
    }

    // The order of the checks is the same in every step: status (409), party (403), input (400).

    private void ga(OverdrachtStatus naar, Uitvoerder door, Instant nu, String reden) {
        overgangen.add(new Overgang(this, overgangen.size() + 1, status, naar, door, nu, reden, Momentopname.van(inhoud)));
        status = naar;
        laatstGewijzigd = utc(nu);
    }

    private void magNaar(OverdrachtStatus naar) {
        if (!status.kanNaar(naar)) {
            throw new ConflictFout(ONGELDIGE_OVERGANG,
                    "Een overdracht met status " + status + " kan niet naar " + naar + ".");
        }
    }

    private void alsEigenaar(Uitvoerder door) {
        if (!door.organisatieCode().equals(eigenaarOrganisatie)) {
            throw new VerbodenFout(Uitvoerder.VERKEERDE_PARTIJ,
                    "Alleen de organisatie die de overdracht opstelt (" + eigenaarOrganisatie + ") kan dit doen.");
        }
    }

    private void alsOntvanger(Uitvoerder door) {
        if (!door.organisatieCode().equals(ontvangendeOrganisatie)) {
            throw new VerbodenFout(Uitvoerder.VERKEERDE_PARTIJ,
                    "Alleen de ontvangende organisatie kan dit doen.");
        }
    }

    private static String verplichteReden(String reden) {
        new Validatie()
                .verplicht("reden", reden)
                .maximaleLengte("reden", reden, 2000)
                .controleer(REDEN_ONTBREEKT);
        return reden.strip();
    }

    /**
     * Checks the content as sent, then gives its betrokkenen their platform ids: only valid content reaches the
     * person registry (a mistyped BSN registers nobody), and the rules see the ids the client sent.
     */
    private static OverdrachtInhoud geldig(OverdrachtInhoud inhoud, Betrokkenenherkenning herkenning, Set<UUID> gehouden,
            Instant nu) {
        OverdrachtInhoud gegeven = inhoud == null ? OverdrachtInhoud.leeg() : inhoud;
        InhoudRegels.valideer(gegeven, nu.atZone(Categorieen.NEDERLAND).toLocalDate());
        return gegeven.metBetrokkeneIds(herkenning.platformIds(gegeven.betrokkenenOfLeeg(), gehouden));
    }

    /** PostgreSQL keeps microseconds; the clock may give nanoseconds, and ETags and cursors must match the row. */
    private static OffsetDateTime utc(Instant nu) {
        return nu.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
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

    public OverdrachtStatus status() {
        return status;
    }

    public String eigenaarOrganisatie() {
        return eigenaarOrganisatie;
    }

    /** Empty while it is a concept. */
    public Optional<String> ontvangendeOrganisatie() {
        return Optional.ofNullable(ontvangendeOrganisatie);
    }

    /** The categories the sender chose for the recipient; empty before sending. */
    public Set<Gegevenscategorie> gedeeldeCategorieen() {
        return Categorieen.uitTekst(gedeeldeCategorieen);
    }

    public String aangemaaktDoor() {
        return aangemaaktDoor;
    }

    public Instant aangemaaktOp() {
        return aangemaaktOp.toInstant();
    }

    public Optional<Instant> verzondenOp() {
        return Optional.ofNullable(verzondenOp).map(OffsetDateTime::toInstant);
    }

    public OverdrachtInhoud inhoud() {
        return inhoud;
    }

    public Optional<Instant> opgeschaaldOp() {
        return Optional.ofNullable(opgeschaaldOp).map(OffsetDateTime::toInstant);
    }

    /** Whom the receiver calls at Veilig Thuis; empty before sending and on overdrachten sent before it was asked. */
    public Optional<ContactpersoonVeiligThuis> contactpersoonVeiligThuis() {
        return Optional.ofNullable(contactpersoonNaam).map(naam -> new ContactpersoonVeiligThuis(naam, contactpersoonTelefoon));
    }

    /** Empty until the receiver planned it. */
    public Optional<WarmeOverdracht> warmeOverdracht() {
        return Optional.ofNullable(warmeOverdrachtOp)
                .map(op -> WarmeOverdracht.op(op.atZoneSameInstant(Categorieen.NEDERLAND), warmeOverdrachtPlaats));
    }

    // ---- deadlines (derived, never stored: a change of calendar or term applies to every overdracht at once)

    /** The melding date + 5 working days; empty while the content has no melding date. */
    public Optional<LocalDate> veiligheidsbeoordelingUiterlijk(Termijnen termijnen) {
        return Optional.ofNullable(inhoud == null ? null : inhoud.aanleiding())
                .map(aanleiding -> aanleiding.meldingDatum())
                .map(datum -> termijnen.kalender().plusWerkdagen(datum, Termijnen.VEILIGHEIDSBEOORDELING_WERKDAGEN));
    }

    /** The day of sending (in the Netherlands) + the acceptance term in working days; empty before sending. */
    public Optional<LocalDate> acceptatieUiterlijk(Termijnen termijnen) {
        return verzondenOp().map(termijnen::acceptatieUiterlijk);
    }

    /**
     * Overdue for both sides: sent or received, not yet accepted or returned (nor withdrawn), and the acceptance
     * deadline has passed (the deadline day itself still counts as in time).
     */
    public boolean isAcceptatieVerlopen(Termijnen termijnen, Instant nu) {
        if (status != VERZONDEN && status != ONTVANGEN) {
            return false;
        }
        return verzondenOp().map(verzonden -> termijnen.isAcceptatieVerlopen(verzonden, nu)).orElse(false);
    }

    /** Oldest first; the first is the creation. */
    public List<Overgang> overgangen() {
        return List.copyOf(overgangen);
    }
}
