package nl.schakel.casusoverleg.toepassing;

import static nl.schakel.casusoverleg.domein.CasusoverlegHandeling.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.schakel.casusoverleg.domein.Aanmelding;
import nl.schakel.casusoverleg.domein.Actie;
import nl.schakel.casusoverleg.infrastructuur.ActieRepository;
import nl.schakel.casusoverleg.domein.Aanwezigheidsgegevens;
import nl.schakel.casusoverleg.domein.Verslag;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.gedeeld.invoer.Versie;
import nl.schakel.casusoverleg.domein.Agendapunt;
import nl.schakel.casusoverleg.domein.CasusoverlegHandeling;
import nl.schakel.casusoverleg.domein.Foutcodes;
import nl.schakel.casusoverleg.domein.InbrengStatus;
import nl.schakel.casusoverleg.domein.Overleg;
import nl.schakel.casusoverleg.domein.Uitnodiging;
import nl.schakel.casusoverleg.infrastructuur.AanmeldingRepository;
import nl.schakel.casusoverleg.infrastructuur.InbrengRepository;
import nl.schakel.casusoverleg.infrastructuur.OverlegRepository;
import nl.schakel.casusoverleg.infrastructuur.OverlegtafelRepository;
import nl.schakel.casusoverleg.infrastructuur.UitnodigingRepository;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.OnverwerkbaarFout;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.gedeeld.pagina.Cursor;
import nl.schakel.gedeeld.pagina.Pagina;
import nl.schakel.partners.domein.Organisatie;
import nl.schakel.partners.toepassing.PartnerRegister;
import nl.schakel.toegang.domein.Afbakening;
import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Categoriefilter;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Toegang;
import nl.schakel.toegang.domein.ToegangReden;
import nl.schakel.toegang.toepassing.Toegangsdienst;
import nl.schakel.toegang.toepassing.Toegangspoort;

/**
 * Agenda items, one transaction each. An item is opened by a grant on its meeting (the owners) or on the item itself
 * (an invitation: UITGENODIGD, this item only, until the table's window after the meeting). A partner invited to
 * another item of the same meeting has no grant here, so for it this item does not exist: the same 404 as a missing id.
 */
@ApplicationScoped
@Transactional
public class Agendapuntzaken {

    @Inject
    Toegangspoort poort;

    @Inject
    Toegangsdienst toegang;

    @Inject
    PartnerRegister register;

    @Inject
    OverlegtafelRepository tafels;

    @Inject
    OverlegRepository overleggen;

    @Inject
    AanmeldingRepository aanmeldingen;

    @Inject
    UitnodigingRepository uitnodigingen;

    @Inject
    InbrengRepository inbreng;

    @Inject
    Casusbronnen bronnen;

    @Inject
    Casusoverleggebeurtenissen gebeurtenissen;

    @Inject
    Geheimhouding geheimhouding;

    @Inject
    InbrengBewaring bewaring;

    @Inject
    ActieRepository acties;

    Clock klok = Clock.systemUTC();

    /**
     * The item as the caller may see it; logged with the case's betrokkenen. Only after the caller confirmed the
     * meeting's confidentiality statement (403 CSO-020 before, logged as a refusal).
     */
    public Agendapuntinzage lees(Medewerker medewerker, UUID id) {
        Beslissing beslissing = beslis(medewerker, id, AGENDAPUNT_LEZEN);
        Agendapunt punt = agendapunt(id);
        geheimhouding.vereis(beslissing, punt.overlegId());
        Agendapuntinzage inzage = inzage(beslissing, punt);
        poort.registreer(beslissing, inzage.aanmelding().betrokkeneIds());
        return inzage;
    }

    /**
     * Invites a partner to this item alone: a grant UITGENODIGD on the item, for the categories the policy gives the
     * partner's type in a casusoverleg (or fewer, when chosen: never more, TGN-003), from now until the end of the
     * table's window after the meeting.
     */
    public Agendapuntinzage nodigUit(Medewerker medewerker, UUID id, String organisatieCode, List<String> categorieen) {
        return nodigUit(medewerker, id, organisatieCode, categorieen, null, null);
    }

    /**
     * The same, for only one team or one person (by username) of the partner ({@code alleenVoor}, checked after the
     * gate: 400 TGN-008): the grant is narrowed in the access core, so a colleague outside it gets the same 404 as for a
     * missing id, finds the item in no list and counts it nowhere. One invitation per organisation per item, narrowed or
     * not (CSO-014): who of the partner sits at the item is the partner's one seat.
     */
    public Agendapuntinzage nodigUit(Medewerker medewerker, UUID id, String organisatieCode, List<String> categorieen,
            String alleenVoorTeam, String alleenVoorGebruikersnaam) {
        Beslissing beslissing = beslis(medewerker, id, UITNODIGEN);
        Afbakening alleenVoor = Afbakening.uit("alleenVoor", alleenVoorTeam, alleenVoorGebruikersnaam);
        if (organisatieCode == null || organisatieCode.isBlank()) {
            throw new ValidatieFout(Foutcodes.ONGELDIGE_UITNODIGING, "Noem de organisatie die u uitnodigt.",
                    List.of(new OngeldigeParameter("organisatie", "Een organisatiecode uit het partnerregister, zoals POL-RR.")));
        }
        Agendapunt punt = overleggen.agendapuntVoorWijziging(id).orElseThrow(() -> Casusbronnen.nietGevonden("Dit agendapunt"));
        punt.vereisOpen();
        Organisatie genodigde = register.organisatieMetCode(organisatieCode).orElseThrow(() -> new OnverwerkbaarFout(
                Foutcodes.ONBEKENDE_ORGANISATIE, "De organisatie '" + organisatieCode + "' staat niet in het partnerregister."));
        Set<Gegevenscategorie> beleid = toegang.toegestaan(Doel.CASUSOVERLEG, genodigde.code());
        if (beleid.isEmpty()) {
            throw new OnverwerkbaarFout(Foutcodes.ONBEKENDE_ORGANISATIE, "Het toegangsbeleid geeft " + genodigde.code() + " ("
                    + genodigde.type().name() + ") in een casusoverleg geen gegevenscategorieën; zij kan niet worden uitgenodigd.");
        }
        Set<Gegevenscategorie> gekozen = categorieen == null || categorieen.isEmpty() ? beleid : categorieen(categorieen);
        if (uitnodigingen.van(id, genodigde.code()).isPresent()) {
            throw new ConflictFout(Foutcodes.UITNODIGING_CONFLICT, genodigde.code() + " is al uitgenodigd voor dit agendapunt.");
        }
        Overleg overleg = overleggen.overleg(punt.overlegId()).orElseThrow();
        Instant tot = overleg.toegangTot(tafels.tafel(overleg.overlegtafelId()).orElseThrow());
        if (!tot.isAfter(nu())) {
            throw new ConflictFout(Foutcodes.UITNODIGING_CONFLICT, "Het overleg was op " + overleg.datum()
                    + "; de termijn waarin genodigden het agendapunt mogen zien is voorbij.");
        }
        Toegang uitnodiging = toegang.verleenBinnenBeleid(beslissing.bron(), genodigde, alleenVoor, Doel.CASUSOVERLEG, gekozen,
                ToegangReden.UITGENODIGD, Optional.of(tot), medewerker);
        uitnodigingen.voegToe(Uitnodiging.van(punt, uitnodiging, medewerker, nu()));
        gebeurtenissen.uitgenodigd(id, genodigde.code());
        Agendapuntinzage inzage = inzage(beslissing, punt);
        poort.registreer(beslissing, inzage.aanmelding().betrokkeneIds());
        return inzage;
    }

    /**
     * "Mijn agendapunten": the items the caller may open (through its meeting's grant or its own invitation), filtered in
     * SQL; by meeting date, then in agenda order. No case content; one logboek row per listed item.
     */
    public Pagina<Agendapuntsamenvatting> zoek(Medewerker medewerker, String vanaf, String pagina, Integer paginaGrootte) {
        int grootte = Cursor.grootte(paginaGrootte);
        List<Agendapunt> eenMeer = overleggen.zoekAgendapunten(
                toegang.zoekfilter(medewerker, AGENDAPUNTEN_ZOEKEN, "a.id", "a.overleg_id"), Zoekparameters.datum("vanaf", vanaf),
                Zoekparameters.lees(pagina, delen -> new OverlegRepository.Agendapuntpositie(LocalDate.parse(delen[0]),
                        LocalTime.parse(delen[1]), UUID.fromString(delen[2]), Integer.parseInt(delen[3]))), grootte);
        Map<UUID, Overleg> perOverleg = overleggen.overleggen(eenMeer.stream().map(Agendapunt::overlegId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Overleg::id, Function.identity()));
        Set<UUID> bevestigd = geheimhouding.bevestigd(medewerker, perOverleg.keySet());
        Pagina<Agendapunt> gevonden = Pagina.uit(eenMeer, grootte, a -> {
            Overleg o = perOverleg.get(a.overlegId());
            return Zoekparameters.cursor(o.datum(), o.aanvang(), o.id(), a.volgnummer());
        });
        List<Agendapuntsamenvatting> items = new ArrayList<>();
        poort.registreerLijst(medewerker, AGENDAPUNTEN_ZOEKEN, gevonden.items().stream()
                .map(p -> new Toegangspoort.Vermelding(bronnen.agendapunt(p.id()), List.of())).toList(), Doel.CASUSOVERLEG);
        for (Agendapunt punt : gevonden.items()) {
            items.add(new Agendapuntsamenvatting(punt, perOverleg.get(punt.overlegId()), bevestigd.contains(punt.overlegId())));
        }
        return new Pagina<>(items, gevonden.volgende());
    }

    /**
     * Meeting mode: who was there (organisations at the item). By the organiser or chair, after the confidentiality
     * statement, with the item's version (If-Match): a write from a stale view is 412 and loses nobody's work.
     */
    public Agendapuntinzage legAanwezigheidVast(Medewerker medewerker, UUID id, String ifMatch, Aanwezigheidsgegevens gegevens) {
        return vastleggen(medewerker, id, ifMatch, AANWEZIGHEID_VASTLEGGEN, (punt, aanTafel) ->
                punt.legAanwezigheidVast(gegevens == null ? null : gegevens.aanwezigen(), aanTafel, nu()));
    }

    /** Meeting mode: the verslag (analysis, decisions, plan of aanpak, casusregisseur), as {@link #legAanwezigheidVast}. */
    public Agendapuntinzage legVerslagVast(Medewerker medewerker, UUID id, String ifMatch, Verslag verslag) {
        return vastleggen(medewerker, id, ifMatch, VERSLAG_VASTLEGGEN, (punt, aanTafel) ->
                punt.legVerslagVast(verslag, aanTafel, medewerker, nu()));
    }

    private Agendapuntinzage vastleggen(Medewerker medewerker, UUID id, String ifMatch, CasusoverlegHandeling handeling,
            java.util.function.BiConsumer<Agendapunt, Set<String>> wijziging) {
        Beslissing beslissing = beslis(medewerker, id, handeling);
        UUID overlegId = overleggen.overlegVan(id).orElseThrow(() -> Casusbronnen.nietGevonden("Dit agendapunt"));
        geheimhouding.vereis(beslissing, overlegId);
        int versie = Versie.uitIfMatch(ifMatch);
        Agendapunt punt = overleggen.agendapuntVoorWijziging(id).orElseThrow(() -> Casusbronnen.nietGevonden("Dit agendapunt"));
        if (punt.versie() != versie) {
            throw new VersieConflictFout("API-412", "Het agendapunt is intussen gewijzigd (versie " + punt.versie()
                    + "); haal het opnieuw op, zodat u ziet wat er nu is vastgelegd.");
        }
        wijziging.accept(punt, aanTafel(punt, overleggen.overleg(overlegId).orElseThrow()));
        overleggen.bewaarAgendapunt();
        Agendapuntinzage inzage = inzage(beslissing, punt);
        poort.registreer(beslissing, inzage.aanmelding().betrokkeneIds());
        return inzage;
    }

    /** Whoever sits at the item: the meeting's organiser and chair, and each organisation invited to it. */
    private Set<String> aanTafel(Agendapunt punt, Overleg overleg) {
        Set<String> organisaties = new LinkedHashSet<>();
        organisaties.add(overleg.organisatorOrganisatie());
        organisaties.add(overleg.voorzitterOrganisatie());
        uitnodigingen.van(punt.id()).stream().filter(u -> u.beeindigdOp().isEmpty()).forEach(u -> organisaties.add(u.organisatieCode()));
        return organisaties;
    }

    /** "Why can I see this": the caller's live grants on the item or its meeting. */
    public List<Toegang> toegang(Medewerker medewerker, UUID id) {
        Beslissing beslissing = beslis(medewerker, id, AGENDAPUNT_TOEGANG_BEKIJKEN);
        poort.registreer(beslissing, List.of());
        return beslissing.toegangen();
    }

    /**
     * The item for the decision's caller. Another organisation's inbreng only after the confidentiality statement: the
     * organiser inviting a partner before confirming it sees the item, not what the others brought.
     */
    private Agendapuntinzage inzage(Beslissing beslissing, Agendapunt punt) {
        Overleg overleg = overleggen.overleg(punt.overlegId()).orElseThrow();
        boolean bevestigd = geheimhouding.isBevestigd(beslissing.medewerker(), overleg.id());
        Aanmelding aanmelding = aanmeldingen.aanmelding(punt.aanmeldingId()).orElseThrow();
        Categoriefilter filter = Categoriefilter.voor(beslissing);
        String lezer = beslissing.medewerker().organisatieCode().orElse("");
        List<Inbrenginzage> zichtbaar = new ArrayList<>();
        Set<String> gedeeld = new LinkedHashSet<>();
        inbreng.van(punt.id()).forEach(i -> {
            if (i.status() == InbrengStatus.GEDEELD) {
                gedeeld.add(i.organisatieCode());
            }
            if (i.isZichtbaarVoor(lezer) && (bevestigd || i.organisatieCode().equals(lezer))) {
                zichtbaar.add(Inbrenginzage.van(i, filter, bewaring));
            }
        });
        return new Agendapuntinzage(punt, overleg, aanmelding, Casusinzage.van(aanmelding, filter), uitnodigingen.van(punt.id()),
                gedeeld, zichtbaar, bevestigd, acties.van(punt.id()), openActies(punt, overleg));
    }

    /** The case's actions still open from its items at earlier meetings, by date: they come back on this item. */
    private List<Actie> openActies(Agendapunt punt, Overleg overleg) {
        Map<UUID, LocalDate> datumVan = new java.util.HashMap<>();
        return acties.openVanCasus(punt.aanmeldingId(), punt.id()).stream()
                .filter(a -> datumVan.computeIfAbsent(a.overlegId(), id -> overleggen.overleg(id).orElseThrow().datum())
                        .isBefore(overleg.datum()))
                .toList();
    }

    private Beslissing beslis(Medewerker medewerker, UUID id, CasusoverlegHandeling handeling) {
        Bron bron = bronnen.agendapunt(id);
        return poort.beslis(medewerker, bron, handeling, () -> Casusbronnen.nietGevonden("Dit agendapunt"));
    }

    private Agendapunt agendapunt(UUID id) {
        return overleggen.agendapunt(id).orElseThrow(() -> Casusbronnen.nietGevonden("Dit agendapunt"));
    }

    private static Set<Gegevenscategorie> categorieen(List<String> namen) {
        Set<Gegevenscategorie> categorieen = EnumSet.noneOf(Gegevenscategorie.class);
        for (int i = 0; i < namen.size(); i++) {
            try {
                categorieen.add(Gegevenscategorie.valueOf(String.valueOf(namen.get(i)).strip()));
            } catch (IllegalArgumentException e) {
                throw new ValidatieFout(Foutcodes.ONGELDIGE_UITNODIGING, "Onbekende gegevenscategorie.", List.of(new OngeldigeParameter(
                        "categorieen[" + i + "]", "Een van " + EnumSet.allOf(Gegevenscategorie.class).stream().map(Enum::name).toList() + ".")));
            }
        }
        return categorieen;
    }

    private Instant nu() {
        return Instant.now(klok);
    }
}
