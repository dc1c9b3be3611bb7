package nl.schakel.web.overdracht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.OnverwerkbaarFout;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.gedeeld.fout.VerbodenFout;
import nl.schakel.gedeeld.pagina.Cursor;
import nl.schakel.gedeeld.pagina.Pagina;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.overdracht.domein.OverdrachtStatus;
import nl.schakel.overdracht.domein.OverdrachtVersie;
import nl.schakel.overdracht.domein.Termijnen;
import nl.schakel.overdracht.domein.Uitvoerder;
import nl.schakel.overdracht.domein.inhoud.Betrokkene;
import nl.schakel.overdracht.domein.inhoud.OverdrachtInhoud;
import nl.schakel.overdracht.toepassing.MonitoringDienst;
import nl.schakel.overdracht.toepassing.OverdrachtDienst;
import nl.schakel.gedeeld.sql.SqlPredicaat;
import nl.schakel.overdracht.toepassing.ZoekVraag;
import nl.schakel.partners.domein.Organisatie;
import nl.schakel.partners.domein.OrganisatieType;
import nl.schakel.partners.toepassing.PartnerRegister;
import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Toegang;
import nl.schakel.toegang.domein.ToegangReden;
import nl.schakel.toegang.infrastructuur.ToegangRepository;
import nl.schakel.toegang.toepassing.Toegangspoort;
import nl.schakel.toegang.infrastructuur.Zichtbaarheid;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import nl.schakel.web.api.Versie;

/**
 * The overdracht use cases as the API offers them. Each method is one transaction: the access decision comes
 * first (the {@link Toegangspoort}, before any data is fetched), then the work, the grants it makes or ends, and
 * the logboek row of the access, so that the work and its logboek entry commit together or not at all.
 * Refusals are logged by the gate in a transaction of their own. Everything is mapped to JSON inside the
 * transaction, filtered to the categories the caller's grants allow.
 */
@ApplicationScoped
@Transactional
public class Overdrachtzaken {

    public static final String BRONTYPE = "OVERDRACHT";
    /** The receiver named for sending or a preview is not in the partner register. */
    public static final String ONBEKENDE_ONTVANGER = "OVD-016";
    /** The chosen categories go beyond what the policy allows for this purpose and receiver. */
    public static final String BUITEN_BELEID = "TGN-003";
    /** Break-glass without a reason (or one over 1000 characters). */
    public static final String NOODTOEGANG_ZONDER_REDEN = "TGN-004";

    static final String OPSTELLEN = "overdracht.opstellen";
    static final String LEZEN = "overdracht.lezen";
    static final String ZOEKEN = "overdracht.zoeken";
    static final String WIJZIGEN = "overdracht.wijzigen";
    static final String VERZENDEN = "overdracht.verzenden";
    static final String VOORBEELD = "overdracht.voorbeeld";
    static final String ONTVANGST_BEVESTIGEN = "overdracht.ontvangst-bevestigen";
    static final String ACCEPTEREN = "overdracht.accepteren";
    static final String TERUGLEGGEN = "overdracht.terugleggen";
    static final String INTREKKEN = "overdracht.intrekken";
    static final String VERSIES_LEZEN = "overdracht.versies-lezen";
    static final String TOEGANG_BEKIJKEN = "overdracht.toegang-bekijken";
    static final String NOODTOEGANG = "overdracht.noodtoegang";
    static final String WARME_OVERDRACHT_PLANNEN = "overdracht.warme-overdracht-plannen";

    @Inject
    Toegangspoort poort;

    @Inject
    Toegangsbeleid beleid;

    @Inject
    ToegangRepository toegangen;

    @Inject
    OverdrachtDienst dienst;

    @Inject
    PartnerRegister register;

    @Inject
    MonitoringDienst monitoring;

    @Inject
    Termijnen termijnen;

    Clock klok = Clock.systemUTC();

    /** A new concept, owned by the caller's organisation, with the owner's grant for what the policy gives its type. */
    public OverdrachtJson stelOp(Medewerker medewerker, OverdrachtInhoud inhoud) {
        poort.vereisRol(medewerker, OPSTELLEN, Optional.empty());
        String eigenaar = medewerker.handeltVoor().orElse(null);
        // the role alone is not enough: an overdracht is Veilig Thuis's hand-over (also when its registration
        // system creates the concept namens Veilig Thuis)
        if (eigenaar == null || register.organisatieMetCode(eigenaar).map(o -> o.type() != OrganisatieType.VEILIG_THUIS).orElse(true)) {
            throw poort.weiger(medewerker, OPSTELLEN, Optional.empty(), Uitvoerder.VERKEERDE_PARTIJ,
                    "Alleen Veilig Thuis stelt een overdracht op; u handelt voor " + (eigenaar == null ? "geen organisatie" : eigenaar) + ".");
        }
        Overdracht overdracht = dienst.stelOp(eigenaar, inhoud, medewerker);
        Set<Gegevenscategorie> categorieen = toegestaan(Doel.OVERDRACHT, eigenaar);
        Toegang toegang = Toegang.verleen(bron(overdracht.id()), eigenaar, Doel.OVERDRACHT, categorieen,
                ToegangReden.EIGENAAR, Optional.empty(), medewerker.id(), nu());
        toegangen.bewaar(toegang);
        poort.registreer(medewerker, OPSTELLEN, toegang, betrokkenen(overdracht.inhoud()));
        return OverdrachtJson.van(overdracht, categorieen, true, termijnen, nu());
    }

    public OverdrachtJson lees(Medewerker medewerker, UUID id) {
        Beslissing beslissing = beslis(medewerker, id, LEZEN);
        Overdracht overdracht = dienst.overdracht(id);
        return antwoord(beslissing, overdracht);
    }

    public OverdrachtJson wijzig(Medewerker medewerker, UUID id, String ifMatch, OverdrachtInhoud inhoud) {
        Beslissing beslissing = beslis(medewerker, id, WIJZIGEN);
        Overdracht overdracht = dienst.wijzig(id, Versie.uitIfMatch(ifMatch), inhoud, medewerker);
        return antwoord(beslissing, overdracht);
    }

    /**
     * Sends the concept: the domain checks status, party and input first; then the receiver must be in the
     * register and the categories within the policy for its type (narrowing is fine, widening is not). The
     * receiver's grant carries exactly the chosen categories.
     */
    public OverdrachtJson verzend(Medewerker medewerker, UUID id, String ifMatch, VerzendingJson verzending) {
        Beslissing beslissing = beslis(medewerker, id, VERZENDEN);
        int versie = Versie.uitIfMatch(ifMatch);
        String ontvanger = verzending == null ? null : verzending.ontvangendeOrganisatie();
        Set<Gegevenscategorie> gekozen = verzending == null || verzending.categorieen() == null
                ? Set.of()
                : verzending.categorieen().stream().filter(Objects::nonNull).collect(() -> EnumSet.noneOf(Gegevenscategorie.class),
                        Set::add, Set::addAll);
        Overdracht overdracht = dienst.verzend(id, versie, ontvanger, gekozen, medewerker);
        Organisatie ontvangende = bekendeOntvanger("ontvangendeOrganisatie", ontvanger);
        binnenBeleid(gekozen, beleid.toegestaan(Doel.OVERDRACHT, ontvangende.type().name()), ontvangende);
        toegangen.bewaar(Toegang.verleen(bron(id), ontvangende.code(), Doel.OVERDRACHT, gekozen, ToegangReden.ONTVANGER,
                Optional.empty(), medewerker.id(), nu()));
        return antwoord(beslissing, overdracht);
    }

    /**
     * What {@code voor} would see: the policy for its type, narrowed to {@code categorieen} when given, and never
     * more than the caller may see itself.
     */
    public VoorbeeldJson voorbeeld(Medewerker medewerker, UUID id, String voor, String categorieen) {
        Beslissing beslissing = beslis(medewerker, id, VOORBEELD);
        if (voor == null || voor.isBlank()) {
            throw new ValidatieFout("API-002", "Noem de ontvanger van het voorbeeld.",
                    List.of(new OngeldigeParameter("voor", "Een organisatiecode uit het partnerregister, zoals WT-RDAM-FEIJ.")));
        }
        Organisatie ontvangende = bekendeOntvanger("voor", voor);
        Set<Gegevenscategorie> beleidVoorOntvanger = beleid.toegestaan(Doel.OVERDRACHT, ontvangende.type().name());
        Set<Gegevenscategorie> gekozen = categorieen == null || categorieen.isBlank()
                ? beleidVoorOntvanger
                : categorieen(categorieen);
        binnenBeleid(gekozen, beleidVoorOntvanger, ontvangende);
        Set<Gegevenscategorie> zichtbaar = EnumSet.noneOf(Gegevenscategorie.class);
        zichtbaar.addAll(gekozen);
        zichtbaar.retainAll(beslissing.categorieen());
        Overdracht overdracht = dienst.overdracht(id);
        poort.registreer(beslissing, betrokkenen(overdracht.inhoud()));
        return VoorbeeldJson.van(overdracht, ontvangende.code(), zichtbaar);
    }

    public OverdrachtJson bevestigOntvangst(Medewerker medewerker, UUID id, String ifMatch) {
        Beslissing beslissing = beslis(medewerker, id, ONTVANGST_BEVESTIGEN);
        Overdracht overdracht = dienst.bevestigOntvangst(id, Versie.uitIfMatch(ifMatch), medewerker);
        return antwoord(beslissing, overdracht);
    }

    public OverdrachtJson accepteer(Medewerker medewerker, UUID id, String ifMatch) {
        Beslissing beslissing = beslis(medewerker, id, ACCEPTEREN);
        Overdracht overdracht = dienst.accepteer(id, Versie.uitIfMatch(ifMatch), medewerker);
        monitoring.planIn(overdracht); // same transaction: no accepted overdracht without its monitoring moments
        return antwoord(beslissing, overdracht);
    }

    /** The receiver plans (or moves) the joint conversation with Veilig Thuis and the family. */
    public OverdrachtJson planWarmeOverdracht(Medewerker medewerker, UUID id, String ifMatch, WarmeOverdrachtJson planning) {
        Beslissing beslissing = beslis(medewerker, id, WARME_OVERDRACHT_PLANNEN);
        Overdracht overdracht = dienst.planWarmeOverdracht(id, Versie.uitIfMatch(ifMatch),
                planning == null ? null : planning.alsDomein(), medewerker);
        return antwoord(beslissing, overdracht);
    }

    /** The receiver returns it; its grant ends at once (this answer is the last it sees of it). */
    public OverdrachtJson legTerug(Medewerker medewerker, UUID id, String ifMatch, RedenJson reden) {
        Beslissing beslissing = beslis(medewerker, id, TERUGLEGGEN);
        Overdracht overdracht = dienst.legTerug(id, Versie.uitIfMatch(ifMatch), reden == null ? null : reden.reden(), medewerker);
        overdracht.ontvangendeOrganisatie().ifPresent(code ->
                toegangen.trekIn(bron(id), code, ToegangReden.ONTVANGER, medewerker.id(), nu()));
        return antwoord(beslissing, overdracht);
    }

    /** The owner withdraws it; the receiver's grant ends at once. */
    public OverdrachtJson trekIn(Medewerker medewerker, UUID id, String ifMatch, RedenJson reden) {
        Beslissing beslissing = beslis(medewerker, id, INTREKKEN);
        Overdracht overdracht = dienst.trekIn(id, Versie.uitIfMatch(ifMatch), reden == null ? null : reden.reden(), medewerker);
        overdracht.ontvangendeOrganisatie().ifPresent(code ->
                toegangen.trekIn(bron(id), code, ToegangReden.ONTVANGER, medewerker.id(), nu()));
        return antwoord(beslissing, overdracht);
    }

    /**
     * The caller's list, filtered in SQL over the caller's live grants with the reasons the policy names for
     * searching. Summaries only; one logboek row per listed overdracht.
     */
    public Pagina<OverdrachtSamenvattingJson> zoek(Medewerker medewerker, String status, String ontvangendeOrganisatie,
            String pagina, Integer paginaGrootte) {
        poort.vereisRol(medewerker, ZOEKEN, Optional.empty());
        Set<ToegangReden> redenen = beleid.regel(ZOEKEN).orElseThrow().redenen();
        Zichtbaarheid zichtbaarheid = new Zichtbaarheid(BRONTYPE, medewerker, redenen, nu());
        ZoekVraag vraag = ZoekVraag.binnen(new SqlPredicaat(zichtbaarheid.sql("o.id"), zichtbaarheid.parameters()))
                .metStatussen(statussen(status))
                .pagina(pagina, Cursor.grootte(paginaGrootte));
        if (ontvangendeOrganisatie != null && !ontvangendeOrganisatie.isBlank()) {
            vraag = vraag.voorOntvanger(ontvangendeOrganisatie);
        }
        Pagina<Overdracht> gevonden = dienst.zoek(vraag);
        for (Overdracht overdracht : gevonden.items()) {
            poort.registreer(medewerker, ZOEKEN, Optional.of(bron(overdracht.id())), List.of(), Doel.OVERDRACHT);
        }
        return new Pagina<>(gevonden.items().stream().map(o -> OverdrachtSamenvattingJson.van(o, termijnen, nu())).toList(), gevonden.volgende());
    }

    public List<VersieJson> versies(Medewerker medewerker, UUID id) {
        Beslissing beslissing = beslis(medewerker, id, VERSIES_LEZEN);
        List<OverdrachtVersie> versies = dienst.versies(id);
        poort.registreer(beslissing, List.of());
        return versies.stream().map(VersieJson::samenvatting).toList();
    }

    public VersieJson versie(Medewerker medewerker, UUID id, int nummer) {
        Beslissing beslissing = beslis(medewerker, id, VERSIES_LEZEN);
        OverdrachtVersie versie = dienst.versie(id, nummer);
        poort.registreer(beslissing, betrokkenen(versie.inhoud()));
        return VersieJson.volledig(versie, beslissing.categorieen());
    }

    /** "Why can I see this": the caller's live grants on it. */
    public List<ToegangJson> toegang(Medewerker medewerker, UUID id) {
        Beslissing beslissing = beslis(medewerker, id, TOEGANG_BEKIJKEN);
        poort.registreer(beslissing, List.of());
        return beslissing.toegangen().stream().map(ToegangJson::van).toList();
    }

    /**
     * Break-glass: a crisis role opens an overdracht it has no grant for, giving a reason. The grant is for the
     * caller alone, for the crisis purpose, short, flagged, and queued for review by the privacy officer and the
     * owner. The role is checked before anything else, so nobody can probe ids with it.
     */
    public ToegangJson noodtoegang(Medewerker medewerker, UUID id, RedenJson verzoek) {
        Bron bron = bron(id);
        poort.vereisRol(medewerker, NOODTOEGANG, Optional.of(bron));
        if (medewerker.rollen().stream().noneMatch(beleid.noodtoegangRollen()::contains)) {
            throw new VerbodenFout("TGN-002", "Noodtoegang vraagt een van de rollen "
                    + beleid.noodtoegangRollen().stream().map(r -> r.claim()).sorted().toList() + ".");
        }
        String reden = verzoek == null || verzoek.reden() == null ? "" : verzoek.reden().strip();
        if (reden.isEmpty() || reden.length() > 1000) {
            throw new ValidatieFout(NOODTOEGANG_ZONDER_REDEN, "Noodtoegang vraagt een reden (ten hoogste 1000 tekens).",
                    List.of(new OngeldigeParameter("reden", "Verplicht, ten hoogste 1000 tekens.")));
        }
        String organisatie = Uitvoerder.van(medewerker).organisatieCode();
        Overdracht overdracht = dienst.overdracht(id);
        Set<Gegevenscategorie> categorieen = toegestaan(Doel.CRISIS, organisatie);
        if (categorieen.isEmpty()) {
            throw new VerbodenFout("TGN-002",
                    "Het toegangsbeleid geeft uw organisatie geen gegevenscategorieën voor het doel CRISIS.");
        }
        Toegang toegang = Toegang.noodtoegang(bron, organisatie, medewerker.id(), categorieen, reden,
                beleid.noodtoegangDuur(), nu());
        toegangen.bewaar(toegang);
        toegangen.openBeoordeling(toegang, overdracht.eigenaarOrganisatie());
        poort.registreer(medewerker, NOODTOEGANG, toegang, betrokkenen(overdracht.inhoud()));
        return ToegangJson.van(toegang);
    }

    /** The same answer as for an id that does not exist (access-model.md): no grant, no overdracht. */
    static NietGevondenFout nietGevonden() {
        return new NietGevondenFout(OverdrachtDienst.NIET_GEVONDEN, "Deze overdracht bestaat niet.");
    }

    private Beslissing beslis(Medewerker medewerker, UUID id, String handeling) {
        return poort.beslis(medewerker, bron(id), handeling, Overdrachtzaken::nietGevonden);
    }

    /** Logs the access to the betrokkenen the answer names and maps it for the caller. */
    private OverdrachtJson antwoord(Beslissing beslissing, Overdracht overdracht) {
        poort.registreer(beslissing, betrokkenen(overdracht.inhoud()));
        boolean eigenaar = beslissing.toegangen().stream().anyMatch(t -> t.reden() == ToegangReden.EIGENAAR);
        return OverdrachtJson.van(overdracht, beslissing.categorieen(), eigenaar, termijnen, nu());
    }

    private Set<Gegevenscategorie> toegestaan(Doel doel, String organisatieCode) {
        return register.organisatieMetCode(organisatieCode)
                .map(organisatie -> beleid.toegestaan(doel, organisatie.type().name()))
                .orElse(Set.of());
    }

    private Organisatie bekendeOntvanger(String veld, String code) {
        return register.organisatieMetCode(code).orElseThrow(() -> new OnverwerkbaarFout(ONBEKENDE_ONTVANGER,
                "De organisatie '" + code + "' (" + veld + ") staat niet in het partnerregister."));
    }

    private static void binnenBeleid(Set<Gegevenscategorie> gekozen, Set<Gegevenscategorie> toegestaan, Organisatie ontvanger) {
        Set<Gegevenscategorie> teVeel = EnumSet.noneOf(Gegevenscategorie.class);
        teVeel.addAll(gekozen);
        teVeel.removeAll(toegestaan);
        if (!teVeel.isEmpty()) {
            throw new OnverwerkbaarFout(BUITEN_BELEID, "Het toegangsbeleid staat voor een overdracht aan "
                    + ontvanger.code() + " (" + ontvanger.type().name() + ") niet toe: "
                    + OverdrachtJson.namen(teVeel) + ". U kunt minder delen dan het beleid toestaat, nooit meer.");
        }
    }

    private static Set<Gegevenscategorie> categorieen(String lijst) {
        Set<Gegevenscategorie> categorieen = EnumSet.noneOf(Gegevenscategorie.class);
        for (String naam : lijst.split(",")) {
            try {
                categorieen.add(Gegevenscategorie.valueOf(naam.strip()));
            } catch (IllegalArgumentException e) {
                throw new ValidatieFout("API-002", "Onbekende gegevenscategorie.", List.of(new OngeldigeParameter(
                        "categorieen", "Een of meer van " + OverdrachtJson.namen(EnumSet.allOf(Gegevenscategorie.class)) + ".")));
            }
        }
        return categorieen;
    }

    private static Set<OverdrachtStatus> statussen(String lijst) {
        if (lijst == null || lijst.isBlank()) {
            return Set.of();
        }
        Set<OverdrachtStatus> statussen = new LinkedHashSet<>();
        for (String naam : lijst.split(",")) {
            try {
                statussen.add(OverdrachtStatus.valueOf(naam.strip()));
            } catch (IllegalArgumentException e) {
                throw new ValidatieFout("API-002", "Onbekende status.", List.of(new OngeldigeParameter(
                        "status", "Een of meer van " + List.of(OverdrachtStatus.values()) + ".")));
            }
        }
        return statussen;
    }

    private static List<UUID> betrokkenen(OverdrachtInhoud inhoud) {
        List<UUID> ids = new ArrayList<>();
        for (Betrokkene betrokkene : inhoud.betrokkenenOfLeeg()) {
            if (betrokkene != null && betrokkene.id() != null) {
                ids.add(betrokkene.id());
            }
        }
        return ids;
    }

    private static Bron bron(UUID id) {
        return new Bron(BRONTYPE, id);
    }

    private Instant nu() {
        return Instant.now(klok);
    }
}
