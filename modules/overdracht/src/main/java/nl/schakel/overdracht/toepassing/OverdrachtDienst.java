package nl.schakel.overdracht.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.gedeeld.gebeurtenis.GebeurtenisSchrijver;
import nl.schakel.gedeeld.pagina.Pagina;
import nl.schakel.overdracht.domein.ContactpersoonVeiligThuis;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.overdracht.domein.OverdrachtGebeurtenis;
import nl.schakel.overdracht.domein.OverdrachtStatus;
import nl.schakel.overdracht.domein.OverdrachtVersie;
import nl.schakel.overdracht.domein.Uitvoerder;
import nl.schakel.overdracht.domein.WarmeOverdracht;
import nl.schakel.overdracht.domein.inhoud.Betrokkenenherkenning;
import nl.schakel.overdracht.domein.inhoud.OverdrachtInhoud;
import nl.schakel.overdracht.infrastructuur.OverdrachtRepository;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Medewerker;

/**
 * The overdracht use cases. Called by the boundary after the access decision; each call is one transaction in
 * which the change, the registration of its betrokkenen with the person registry, its transition, its version row
 * and, for a change of status, its event on the feed ({@link OverdrachtGebeurtenis}, in the shared outbox) are written
 * together (the caller's logboek entry joins the same transaction when the caller has one open). Returns the entity;
 * the boundary maps and filters it
 * ({@link nl.schakel.overdracht.domein.inhoud.Inhoudsfilter}).
 */
@ApplicationScoped
@Transactional
public class OverdrachtDienst {

    public static final String NIET_GEVONDEN = "OVD-404";

    @Inject
    OverdrachtRepository repository;

    @Inject
    GebeurtenisSchrijver gebeurtenissen;

    /** The person registry ({@link Registerherkenning}): betrokkene ids are the platform's, in this transaction. */
    @Inject
    Betrokkenenherkenning herkenning;

    Clock klok = Clock.systemUTC();

    protected OverdrachtDienst() {}

    /** Outside a container (tests, tools): the caller runs the transaction. */
    public OverdrachtDienst(OverdrachtRepository repository, GebeurtenisSchrijver gebeurtenissen, Betrokkenenherkenning herkenning,
            Clock klok) {
        this.repository = repository;
        this.gebeurtenissen = gebeurtenissen;
        this.herkenning = herkenning;
        this.klok = klok;
    }

    public Overdracht stelOp(String eigenaarCode, OverdrachtInhoud inhoud, Medewerker door) {
        return stelOp(eigenaarCode, inhoud, java.util.Set.of(), door);
    }

    /** {@code bekend}: platform ids the betrokkenen already have (see {@link Overdracht#stelOp}). */
    public Overdracht stelOp(String eigenaarCode, OverdrachtInhoud inhoud, java.util.Set<UUID> bekend, Medewerker door) {
        Uitvoerder uitvoerder = Uitvoerder.van(door);
        Overdracht overdracht = Overdracht.stelOp(eigenaarCode, inhoud, herkenning, bekend, uitvoerder, nu());
        repository.voegToe(overdracht, uitvoerder);
        return overdracht;
    }

    public Overdracht wijzig(UUID id, int verwachteVersie, OverdrachtInhoud inhoud, Medewerker door) {
        return voerUit(id, verwachteVersie, door, (o, u) -> o.wijzig(inhoud, herkenning, u, nu()));
    }

    public Overdracht verzend(UUID id, int verwachteVersie, String ontvangerCode, Set<Gegevenscategorie> categorieen,
            ContactpersoonVeiligThuis contact, Medewerker door) {
        return verzend(id, verwachteVersie, ontvangerCode, categorieen, null, contact, door);
    }

    public Overdracht verzend(UUID id, int verwachteVersie, String ontvangerCode, Set<Gegevenscategorie> categorieen,
            String redenAfgeschermdAdres, ContactpersoonVeiligThuis contact, Medewerker door) {
        return voerUit(id, verwachteVersie, door,
                (o, u) -> o.verzend(ontvangerCode, categorieen, redenAfgeschermdAdres, contact, u, nu()));
    }

    public Overdracht bevestigOntvangst(UUID id, int verwachteVersie, Medewerker door) {
        return voerUit(id, verwachteVersie, door, (o, u) -> o.bevestigOntvangst(u, nu()));
    }

    public Overdracht accepteer(UUID id, int verwachteVersie, Medewerker door) {
        return voerUit(id, verwachteVersie, door, (o, u) -> o.accepteer(u, nu()));
    }

    public Overdracht legTerug(UUID id, int verwachteVersie, String reden, Medewerker door) {
        return voerUit(id, verwachteVersie, door, (o, u) -> o.legTerug(reden, u, nu()));
    }

    public Overdracht trekIn(UUID id, int verwachteVersie, String reden, Medewerker door) {
        return voerUit(id, verwachteVersie, door, (o, u) -> o.trekIn(reden, u, nu()));
    }

    public Overdracht planWarmeOverdracht(UUID id, int verwachteVersie, WarmeOverdracht planning, Medewerker door) {
        return voerUit(id, verwachteVersie, door, (o, u) -> o.planWarmeOverdracht(planning, u, nu()));
    }

    public Overdracht overdracht(UUID id) {
        return repository.overdracht(id).orElseThrow(OverdrachtDienst::nietGevonden);
    }

    /** The overdracht if it exists, for an answer that depends on the caller's own record on it. */
    public java.util.Optional<Overdracht> gevonden(UUID id) {
        return repository.overdracht(id);
    }

    /** Oldest first. */
    public List<OverdrachtVersie> versies(UUID id) {
        List<OverdrachtVersie> versies = repository.versies(id);
        if (versies.isEmpty()) {
            throw nietGevonden();
        }
        return versies;
    }

    public OverdrachtVersie versie(UUID id, int versie) {
        return repository.versie(id, versie).orElseThrow(OverdrachtDienst::nietGevonden);
    }

    public Pagina<Overdracht> zoek(ZoekVraag vraag) {
        return Pagina.uit(repository.zoek(vraag), vraag.grootte(), o -> Zoekpositie.na(o).alsCursor());
    }

    private Overdracht voerUit(UUID id, int verwachteVersie, Medewerker door, BiConsumer<Overdracht, Uitvoerder> stap) {
        Uitvoerder uitvoerder = Uitvoerder.van(door);
        Overdracht overdracht = overdracht(id);
        if (overdracht.versie() != verwachteVersie) {
            throw new VersieConflictFout("API-412",
                    "De overdracht is intussen gewijzigd (versie " + overdracht.versie() + "); haal haar opnieuw op.");
        }
        OverdrachtStatus voor = overdracht.status();
        stap.accept(overdracht, uitvoerder);
        repository.bewaarWijziging(overdracht, uitvoerder);
        // last: the event's numbering lock is held from here to the commit
        OverdrachtGebeurtenis.na(voor, overdracht).ifPresent(gebeurtenissen::legVast);
        return overdracht;
    }

    private Instant nu() {
        return Instant.now(klok);
    }

    /** The same answer as for an id the caller may not see (access-model.md). */
    private static NietGevondenFout nietGevonden() {
        return new NietGevondenFout(NIET_GEVONDEN, "Deze overdracht bestaat niet.");
    }
}
