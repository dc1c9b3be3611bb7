package nl.schakel.toegang.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.OnverwerkbaarFout;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.gedeeld.fout.VerbodenFout;
import nl.schakel.gedeeld.sql.SqlPredicaat;
import nl.schakel.partners.domein.Organisatie;
import nl.schakel.partners.toepassing.PartnerRegister;
import nl.schakel.toegang.domein.Afbakening;
import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Eigendom;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Handeling;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Toegang;
import nl.schakel.toegang.domein.ToegangReden;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import nl.schakel.toegang.domein.noodtoegang.Beoordeling;
import nl.schakel.toegang.infrastructuur.BronBetrokkeneRepository;
import nl.schakel.toegang.infrastructuur.NoodtoegangRepository;
import nl.schakel.toegang.infrastructuur.ToegangRepository;
import nl.schakel.toegang.infrastructuur.Zichtbaarheid;

/**
 * The access steps every flow's use cases take, so that no flow writes them again: granting within the policy,
 * ending grants, break-glass, the list filter and keeping a resource's betrokkenen. It joins the flow's transaction,
 * so a grant commits together with the work that needed it, or not at all. The flow decides when; this decides how.
 */
@ApplicationScoped
@Transactional
public class Toegangsdienst {

    /** The chosen categories go beyond what the policy allows for this purpose and receiver. */
    public static final String BUITEN_BELEID = "TGN-003";
    /** Break-glass without a reason (or one over 1000 characters). */
    public static final String NOODTOEGANG_ZONDER_REDEN = "TGN-004";

    @Inject
    Toegangspoort poort;

    @Inject
    Toegangsbeleid beleid;

    @Inject
    ToegangRepository toegangen;

    @Inject
    NoodtoegangRepository noodtoegangen;

    @Inject
    BronBetrokkeneRepository betrokkenen;

    @Inject
    PartnerRegister register;

    Clock klok = Clock.systemUTC();

    /** The categories the policy lets {@code doel} carry to the organisation's type; none for an unknown organisation. */
    public Set<Gegevenscategorie> toegestaan(Doel doel, String organisatieCode) {
        return register.organisatieMetCode(organisatieCode)
                .map(organisatie -> beleid.toegestaan(doel, organisatie.type().name()))
                .orElse(Set.of());
    }

    /** The creating organisation's grant: everything the policy gives its type for the purpose. */
    public Toegang verleenAanEigenaar(Bron bron, String eigenaar, Doel doel, Medewerker door) {
        Toegang toegang = Toegang.verleen(bron, eigenaar, doel, toegestaan(doel, eigenaar), ToegangReden.EIGENAAR,
                Optional.empty(), door.id(), nu());
        toegangen.bewaar(toegang);
        return toegang;
    }

    /**
     * A grant for exactly the chosen categories, refused (422 {@value #BUITEN_BELEID}) when they go beyond what the
     * policy allows this purpose to carry to the receiver's type: a sender may narrow, never widen.
     */
    public Toegang verleenBinnenBeleid(Bron bron, Organisatie ontvanger, Doel doel, Set<Gegevenscategorie> gekozen,
            ToegangReden reden, Optional<Instant> geldigTot, Medewerker door) {
        return verleenBinnenBeleid(bron, ontvanger, Afbakening.ORGANISATIE, doel, gekozen, reden, geldigTot, door);
    }

    /**
     * The same, for only a team or one named person of the receiver ({@link Afbakening}): the policy is the
     * organisation's (its type decides the categories), the grant reaches only those within the narrowing. A colleague
     * outside it finds the resource nowhere: not at the gate (404, logged), not in a list, not in a count.
     */
    public Toegang verleenBinnenBeleid(Bron bron, Organisatie ontvanger, Afbakening afbakening, Doel doel,
            Set<Gegevenscategorie> gekozen, ToegangReden reden, Optional<Instant> geldigTot, Medewerker door) {
        binnenBeleid(doel, ontvanger, gekozen);
        Toegang toegang = Toegang.verleen(bron, ontvanger.code(), afbakening, doel, gekozen, reden, geldigTot, door.id(), nu());
        toegangen.bewaar(toegang);
        return toegang;
    }

    /**
     * Moves the end of the live grants of {@code reden} on the decision's resource and on the resources directly inside
     * it (a meeting's items) to {@code nieuwEinde}, later or earlier, in the caller's transaction: a meeting moved to
     * another day takes its invitations' window with it. Only grants that have an end and have not ended: a grant
     * without end (an action owner's, a contributor's) is never given one or shortened by this, whatever its reason;
     * a withdrawn or expired grant stays ended. Each resource whose grants moved gets a logboek row of the decision's
     * action, allowed, on the decision's grant, naming the resource's betrokkenen (whose data is now visible for
     * longer, or shorter). Returns the moved grants as they are now.
     *
     * @throws IllegalArgumentException when {@code nieuwEinde} is not after now (ending at once is {@link #beeindig})
     */
    public List<Toegang> verplaatsEinde(Beslissing beslissing, ToegangReden reden, Instant nieuwEinde) {
        Instant nu = nu();
        if (!nieuwEinde.isAfter(nu)) {
            throw new IllegalArgumentException("een nieuw einde ligt na nu; nu beëindigen is beeindig(...)");
        }
        List<Toegang> verplaatst = toegangen.verplaatsEinde(beslissing.bron(), reden, nieuwEinde, nu);
        verplaatst.stream().map(Toegang::bron).distinct()
                .forEach(bron -> poort.registreerBinnen(beslissing, bron, betrokkenen.van(bron)));
        return verplaatst;
    }

    /** Checks a choice of categories against the policy for the receiver's type; returns what the policy allows. */
    public Set<Gegevenscategorie> binnenBeleid(Doel doel, Organisatie ontvanger, Set<Gegevenscategorie> gekozen) {
        Set<Gegevenscategorie> toegestaan = beleid.toegestaan(doel, ontvanger.type().name());
        Set<Gegevenscategorie> teVeel = EnumSet.noneOf(Gegevenscategorie.class);
        teVeel.addAll(gekozen);
        teVeel.removeAll(toegestaan);
        if (!teVeel.isEmpty()) {
            throw new OnverwerkbaarFout(BUITEN_BELEID, "Het toegangsbeleid staat voor " + doel.omschrijving() + " aan "
                    + ontvanger.code() + " (" + ontvanger.type().name() + ") niet toe: "
                    + teVeel.stream().sorted().map(Enum::name).toList() + ". U kunt minder delen dan het beleid toestaat, nooit meer.");
        }
        return toegestaan;
    }

    /** Ends an organisation's live grants of {@code reden} on the resource, from the next request on. */
    public int beeindig(Bron bron, String organisatieCode, ToegangReden reden, Medewerker door) {
        return toegangen.trekIn(bron, organisatieCode, reden, door.id(), nu());
    }

    /** The betrokkenen recorded for a resource: what a logboek row about it names when the flow no longer has its parent. */
    public List<UUID> betrokkenenVan(Bron bron) {
        return betrokkenen.van(bron);
    }

    /** Records which betrokkenen the resource concerns now; the flow calls this with every change of its content. */
    public void legBetrokkenenVast(Bron bron, Collection<UUID> betrokkenenVanBron) {
        betrokkenen.vervang(bron, betrokkenenVanBron);
    }

    /**
     * "What may X list" for a search: the role is checked (and a refusal logged) first, then the predicate over the
     * caller's live grants with the reasons the action's rule names, on the column holding the resource id.
     */
    public SqlPredicaat zoekfilter(Medewerker medewerker, Handeling handeling, String idKolom) {
        return zoekfilter(medewerker, handeling, idKolom, new String[0]);
    }

    /**
     * The list filter for a type inside another: {@code ouderKolommen} hold the ids of the resource's parents, nearest
     * first, so that a grant on a parent lists its children (a meeting's owner lists its agenda items) and a grant on a
     * child lists that child alone, exactly as the gate opens them one by one.
     */
    public SqlPredicaat zoekfilter(Medewerker medewerker, Handeling handeling, String idKolom, String... ouderKolommen) {
        poort.vereisRol(medewerker, handeling, Optional.empty());
        return filter(medewerker, handeling, idKolom, ouderKolommen);
    }

    /**
     * The same filter for a count ("Mijn werk", {@code Werkvoorraadbron}): empty when the action's rule does not name
     * any of the caller's roles, without a logged refusal — every medewerker's page asks every flow, and a flow a role
     * has no part in is no refused access. A count is of what the grants open, like the list behind it.
     */
    public Optional<SqlPredicaat> telfilter(Medewerker medewerker, Handeling handeling, String idKolom, String... ouderKolommen) {
        if (!poort.regel(handeling).staatToe(medewerker.rollen())) {
            return Optional.empty();
        }
        return Optional.of(filter(medewerker, handeling, idKolom, ouderKolommen));
    }

    private SqlPredicaat filter(Medewerker medewerker, Handeling handeling, String idKolom, String... ouderKolommen) {
        Brontype brontype = handeling.brontype()
                .orElseThrow(() -> new IllegalStateException("zoeken zonder brontype: " + handeling.naam()));
        List<String> ouders = new ArrayList<>();
        for (Optional<Brontype> ouder = brontype.ouder(); ouder.isPresent(); ouder = ouder.get().ouder()) {
            ouders.add(ouder.get().naam());
        }
        Zichtbaarheid zichtbaarheid = new Zichtbaarheid(brontype.naam(), medewerker, poort.regel(handeling).redenen(), nu(), ouders);
        return new SqlPredicaat(zichtbaarheid.sql(idKolom, ouderKolommen), zichtbaarheid.parameters());
    }

    /**
     * The list filter for a search on a field of {@code categorie} (e.g. a family name, IDENTITEIT): like
     * {@link #zoekfilter(Medewerker, Handeling, String)}, but only over grants that include that category, so a row is
     * never found by data the caller's grant on it does not show. For a type without a parent.
     */
    public SqlPredicaat zoekfilterMetCategorie(Medewerker medewerker, Handeling handeling, String idKolom,
            Gegevenscategorie categorie) {
        poort.vereisRol(medewerker, handeling, Optional.empty());
        Brontype brontype = handeling.brontype()
                .orElseThrow(() -> new IllegalStateException("zoeken zonder brontype: " + handeling.naam()));
        Zichtbaarheid zichtbaarheid = new Zichtbaarheid(brontype.naam(), medewerker, poort.regel(handeling).redenen(), nu());
        List<Object> parameters = new ArrayList<>(zichtbaarheid.parameters());
        parameters.add(Zichtbaarheid.categoriepatroon(categorie));
        return new SqlPredicaat(zichtbaarheid.sqlMetCategorie(idKolom), parameters);
    }

    /**
     * Break-glass: a crisis role opens a resource it has no grant for, giving a reason. The role is checked before
     * anything is read, so nobody can probe ids with it; {@code bron} then loads what only the flow knows (and answers
     * the flow's 404 for a missing resource). The grant is for the caller alone, for the crisis purpose, short,
     * flagged, and queued for review by the privacy officer and every owning organisation.
     */
    public Toegang noodtoegang(Medewerker medewerker, Handeling handeling, Bron bron, String redenTekst, Supplier<Eigendom> eigendom) {
        poort.vereisRol(medewerker, handeling, Optional.of(bron));
        if (medewerker.rollen().stream().noneMatch(beleid.noodtoegangRollen()::contains)) {
            throw new VerbodenFout("TGN-002", "Noodtoegang vraagt een van de rollen "
                    + beleid.noodtoegangRollen().stream().map(r -> r.claim()).sorted().toList() + ".");
        }
        String reden = redenTekst == null ? "" : redenTekst.strip();
        if (reden.isEmpty() || reden.length() > 1000) {
            throw new ValidatieFout(NOODTOEGANG_ZONDER_REDEN, "Noodtoegang vraagt een reden (ten hoogste 1000 tekens).",
                    List.of(new OngeldigeParameter("reden", "Verplicht, ten hoogste 1000 tekens.")));
        }
        String organisatie = medewerker.organisatieCode().orElseThrow(() -> new VerbodenFout("TGN-002",
                "Noodtoegang vraagt een medewerker van een organisatie."));
        Eigendom van = eigendom.get();
        Set<Gegevenscategorie> categorieen = toegestaan(Doel.CRISIS, organisatie);
        if (categorieen.isEmpty()) {
            throw new VerbodenFout("TGN-002",
                    "Het toegangsbeleid geeft uw organisatie geen gegevenscategorieën voor het doel CRISIS.");
        }
        Toegang toegang = Toegang.noodtoegang(bron, organisatie, medewerker.id(), categorieen, reden, beleid.noodtoegangDuur(), nu());
        toegangen.bewaar(toegang);
        Set<String> beoordelaars = new LinkedHashSet<>();
        beoordelaars.add(Beoordeling.FG);
        beoordelaars.addAll(van.eigenaren());
        noodtoegangen.zetTerBeoordeling(toegang, medewerker.naam(), beoordelaars);
        poort.registreer(medewerker, handeling, toegang, van.betrokkenen());
        return toegang;
    }

    private Instant nu() {
        return Instant.now(klok);
    }
}
