package nl.schakel.overdracht.toepassing;

import static nl.schakel.overdracht.domein.OverdrachtHandeling.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.gedeeld.fout.NietMeerGedeeldFout;
import nl.schakel.gedeeld.fout.SchakelFout;
import nl.schakel.overdracht.domein.ContactpersoonVeiligThuis;
import nl.schakel.overdracht.domein.Overgang;
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
import nl.schakel.toegang.toepassing.Toegangsdienst;
import nl.schakel.toegang.toepassing.Toegangspoort;
import nl.schakel.toegang.domein.Eigendom;
import nl.schakel.overdracht.domein.OverdrachtHandeling;
import nl.schakel.overdracht.domein.WarmeOverdracht;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import nl.schakel.gedeeld.invoer.Versie;

/**
 * The overdracht use cases. Each method is one transaction: the access decision comes first (the {@link Toegangspoort},
 * before any data is fetched), then the work, the grants it makes or ends (through the {@link Toegangsdienst}), and the
 * logboek row of the access, so that the work and its logboek entry commit together or not at all. Refusals are
 * logged by the gate in a transaction of their own. The answer carries the categories the caller's grants allow; the
 * API maps it to JSON with everything else withheld.
 */
@ApplicationScoped
@Transactional
public class Overdrachtzaken {

    public static final String BRONTYPE = OverdrachtHandeling.OVERDRACHT.naam();
    /** The receiver named for sending or a preview is not in the partner register. */
    public static final String ONBEKENDE_ONTVANGER = "OVD-016";


    @Inject
    Toegangspoort poort;

    @Inject
    Toegangsbeleid beleid;

    @Inject
    Toegangsdienst toegang;

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
    public Inzage stelOp(Medewerker medewerker, OverdrachtInhoud inhoud) {
        poort.vereisRol(medewerker, OPSTELLEN, Optional.empty());
        String eigenaar = medewerker.handeltVoor().orElse(null);
        // the role alone is not enough: an overdracht is Veilig Thuis's hand-over (also when its registration
        // system creates the concept namens Veilig Thuis)
        if (eigenaar == null || register.organisatieMetCode(eigenaar).map(o -> o.type() != OrganisatieType.VEILIG_THUIS).orElse(true)) {
            throw poort.weiger(medewerker, OPSTELLEN, Optional.empty(), Uitvoerder.VERKEERDE_PARTIJ,
                    "Alleen Veilig Thuis stelt een overdracht op; u handelt voor " + (eigenaar == null ? "geen organisatie" : eigenaar) + ".");
        }
        Overdracht overdracht = dienst.stelOp(eigenaar, inhoud, medewerker);
        Toegang eigen = toegang.verleenAanEigenaar(bron(overdracht.id()), eigenaar, Doel.OVERDRACHT, medewerker);
        toegang.legBetrokkenenVast(bron(overdracht.id()), betrokkenen(overdracht.inhoud()));
        poort.registreer(medewerker, OPSTELLEN, eigen, betrokkenen(overdracht.inhoud()));
        return new Inzage(overdracht, eigen.categorieen(), true);
    }

    /**
     * The concept of a crisis file scaled down to an overdracht (flow 3's afschaling): the crisis policy has decided,
     * for the Veilig Thuis organisation {@code eigenaar} that co-owned the file, and the caller's organisation is that
     * Veilig Thuis. The betrokkenen keep the platform ids the crisis file gave them ({@code bekend}), so the person is
     * one person across both flows. Veilig Thuis's procesregisseurs review and send it as any concept.
     */
    public Inzage stelOpBijAfschaling(Medewerker medewerker, String eigenaar, OverdrachtInhoud inhoud, Set<UUID> bekend) {
        if (!medewerker.handeltVoor().map(eigenaar::equals).orElse(false)
                || register.organisatieMetCode(eigenaar).map(o -> o.type() != OrganisatieType.VEILIG_THUIS).orElse(true)) {
            throw poort.weiger(medewerker, OPSTELLEN, Optional.empty(), Uitvoerder.VERKEERDE_PARTIJ,
                    "Alleen Veilig Thuis schaalt een crisis af naar een overdracht.");
        }
        Overdracht overdracht = dienst.stelOp(eigenaar, inhoud, bekend, medewerker);
        Toegang eigen = toegang.verleenAanEigenaar(bron(overdracht.id()), eigenaar, Doel.OVERDRACHT, medewerker);
        toegang.legBetrokkenenVast(bron(overdracht.id()), betrokkenen(overdracht.inhoud()));
        poort.registreer(medewerker, OPSTELLEN, eigen, betrokkenen(overdracht.inhoud()));
        return new Inzage(overdracht, eigen.categorieen(), true);
    }

    public Inzage lees(Medewerker medewerker, UUID id) {
        Beslissing beslissing = poort.beslis(medewerker, bron(id), LEZEN, () -> nietMeerGedeeld(medewerker, id));
        Overdracht overdracht = dienst.overdracht(id);
        return antwoord(beslissing, overdracht);
    }

    public Inzage wijzig(Medewerker medewerker, UUID id, String ifMatch, OverdrachtInhoud inhoud) {
        Beslissing beslissing = beslis(medewerker, id, WIJZIGEN);
        Overdracht overdracht = dienst.wijzig(id, Versie.uitIfMatch(ifMatch), inhoud, medewerker);
        return antwoord(beslissing, overdracht);
    }

    /**
     * Sends the concept: the domain checks status, party and input first; then the receiver must be in the
     * register and the categories within the policy for its type (narrowing is fine, widening is not). The
     * receiver's grant carries exactly the chosen categories.
     */
    public Inzage verzend(Medewerker medewerker, UUID id, String ifMatch, String ontvanger, List<Gegevenscategorie> categorieen,
            ContactpersoonVeiligThuis contact) {
        return verzend(medewerker, id, ifMatch, ontvanger, categorieen, null, contact);
    }

    /**
     * With the reason for sharing the shelter address, recorded with the sending (the send screen asks for it), and
     * whom the receiver calls at Veilig Thuis.
     */
    public Inzage verzend(Medewerker medewerker, UUID id, String ifMatch, String ontvanger, List<Gegevenscategorie> categorieen,
            String redenAfgeschermdAdres, ContactpersoonVeiligThuis contact) {
        Beslissing beslissing = beslis(medewerker, id, VERZENDEN);
        int versie = Versie.uitIfMatch(ifMatch);
        Set<Gegevenscategorie> gekozen = categorieen == null
                ? Set.of()
                : categorieen.stream().filter(Objects::nonNull).collect(() -> EnumSet.noneOf(Gegevenscategorie.class),
                        Set::add, Set::addAll);
        Overdracht overdracht = dienst.verzend(id, versie, ontvanger, gekozen, redenAfgeschermdAdres, contact, medewerker);
        Organisatie ontvangende = bekendeOntvanger("ontvangendeOrganisatie", ontvanger);
        toegang.verleenBinnenBeleid(bron(id), ontvangende, Doel.OVERDRACHT, gekozen, ToegangReden.ONTVANGER, Optional.empty(),
                medewerker);
        return antwoord(beslissing, overdracht);
    }

    /**
     * What {@code voor} would see: the policy for its type, narrowed to {@code categorieen} when given, and never
     * more than the caller may see itself.
     */
    public Voorbeeld voorbeeld(Medewerker medewerker, UUID id, String voor, String categorieen) {
        Beslissing beslissing = beslis(medewerker, id, VOORBEELD);
        if (voor == null || voor.isBlank()) {
            throw new ValidatieFout("API-002", "Noem de ontvanger van het voorbeeld.",
                    List.of(new OngeldigeParameter("voor", "Een organisatiecode uit het partnerregister, zoals WT-RDAM-FEIJ.")));
        }
        Organisatie ontvangende = bekendeOntvanger("voor", voor);
        Set<Gegevenscategorie> gekozen = categorieen == null || categorieen.isBlank()
                ? beleid.toegestaan(Doel.OVERDRACHT, ontvangende.type().name())
                : categorieen(categorieen);
        toegang.binnenBeleid(Doel.OVERDRACHT, ontvangende, gekozen);
        Set<Gegevenscategorie> zichtbaar = EnumSet.noneOf(Gegevenscategorie.class);
        zichtbaar.addAll(gekozen);
        zichtbaar.retainAll(beslissing.categorieen());
        Overdracht overdracht = dienst.overdracht(id);
        poort.registreer(beslissing, betrokkenen(overdracht.inhoud()));
        return new Voorbeeld(overdracht, ontvangende.code(), zichtbaar);
    }

    public Inzage bevestigOntvangst(Medewerker medewerker, UUID id, String ifMatch) {
        Beslissing beslissing = beslis(medewerker, id, ONTVANGST_BEVESTIGEN);
        Overdracht overdracht = dienst.bevestigOntvangst(id, Versie.uitIfMatch(ifMatch), medewerker);
        return antwoord(beslissing, overdracht);
    }

    public Inzage accepteer(Medewerker medewerker, UUID id, String ifMatch) {
        Beslissing beslissing = beslis(medewerker, id, ACCEPTEREN);
        Overdracht overdracht = dienst.accepteer(id, Versie.uitIfMatch(ifMatch), medewerker);
        monitoring.planIn(overdracht); // same transaction: no accepted overdracht without its monitoring moments
        return antwoord(beslissing, overdracht);
    }

    /** The receiver plans (or moves) the joint conversation with Veilig Thuis and the family. */
    public Inzage planWarmeOverdracht(Medewerker medewerker, UUID id, String ifMatch, WarmeOverdracht planning) {
        Beslissing beslissing = beslis(medewerker, id, WARME_OVERDRACHT_PLANNEN);
        Overdracht overdracht = dienst.planWarmeOverdracht(id, Versie.uitIfMatch(ifMatch), planning, medewerker);
        return antwoord(beslissing, overdracht);
    }

    /** The receiver returns it; its grant ends at once (this answer is the last it sees of it). */
    public Inzage legTerug(Medewerker medewerker, UUID id, String ifMatch, String reden) {
        Beslissing beslissing = beslis(medewerker, id, TERUGLEGGEN);
        Overdracht overdracht = dienst.legTerug(id, Versie.uitIfMatch(ifMatch), reden, medewerker);
        overdracht.ontvangendeOrganisatie().ifPresent(code -> toegang.beeindig(bron(id), code, ToegangReden.ONTVANGER, medewerker));
        return antwoord(beslissing, overdracht);
    }

    /** The owner withdraws it; the receiver's grant ends at once. */
    public Inzage trekIn(Medewerker medewerker, UUID id, String ifMatch, String reden) {
        Beslissing beslissing = beslis(medewerker, id, INTREKKEN);
        Overdracht overdracht = dienst.trekIn(id, Versie.uitIfMatch(ifMatch), reden, medewerker);
        overdracht.ontvangendeOrganisatie().ifPresent(code -> toegang.beeindig(bron(id), code, ToegangReden.ONTVANGER, medewerker));
        return antwoord(beslissing, overdracht);
    }

    /** A family name to search for is at most this long (a name, not a text). */
    public static final int MAXIMALE_NAAMLENGTE = 100;

    /**
     * The caller's list, filtered in SQL over the caller's live grants with the reasons the policy names for
     * searching; with {@code naam}, only those where a betrokkene's family name contains it, matched only under grants
     * that show names (IDENTITEIT). Each row comes with the categories the caller's grants give on it, so the list
     * shows of each case what its own page would (the name only with IDENTITEIT). One logboek row per listed
     * overdracht, naming its betrokkenen when their identity is shown.
     */
    public Pagina<Gezien<Overdracht>> zoek(Medewerker medewerker, String status, String ontvangendeOrganisatie,
            String naam, String pagina, Integer paginaGrootte) {
        ZoekVraag vraag = ZoekVraag.binnen(toegang.zoekfilter(medewerker, ZOEKEN, "o.id"))
                .metStatussen(statussen(status))
                .pagina(pagina, Cursor.grootte(paginaGrootte));
        if (ontvangendeOrganisatie != null && !ontvangendeOrganisatie.isBlank()) {
            vraag = vraag.voorOntvanger(ontvangendeOrganisatie);
        }
        if (naam != null && !naam.isBlank()) {
            if (naam.strip().length() > MAXIMALE_NAAMLENGTE) {
                throw new ValidatieFout("API-002", "De naam is te lang.", List.of(new OngeldigeParameter("naam",
                        "Een (deel van een) achternaam van ten hoogste " + MAXIMALE_NAAMLENGTE + " tekens.")));
            }
            vraag = vraag.metNaam(toegang.zoekfilterMetCategorie(medewerker, ZOEKEN, "o.id", Gegevenscategorie.IDENTITEIT),
                    naam.strip());
        }
        Pagina<Overdracht> gevonden = dienst.zoek(vraag);
        // listed means a grant with a searching reason exists; its categories decide what the row shows
        Map<UUID, Beslissing> beslist = poort.beslisLijst(medewerker, OverdrachtHandeling.OVERDRACHT,
                gevonden.items().stream().map(Overdracht::id).toList(), ZOEKEN);
        List<Gezien<Overdracht>> gezien = new ArrayList<>();
        List<Toegangspoort.Vermelding> vermeld = new ArrayList<>();
        for (Overdracht overdracht : gevonden.items()) {
            Beslissing beslissing = beslist.get(overdracht.id());
            if (beslissing == null) {
                continue; // its grant ended since the list's query: not shown, so nothing to log
            }
            List<UUID> genoemd = beslissing.categorieen().contains(Gegevenscategorie.IDENTITEIT)
                    ? betrokkenen(overdracht.inhoud()) : List.of();
            vermeld.add(new Toegangspoort.Vermelding(bron(overdracht.id()), genoemd));
            gezien.add(new Gezien<>(overdracht, beslissing.categorieen()));
        }
        poort.registreerLijst(medewerker, ZOEKEN, vermeld, Doel.OVERDRACHT);
        return new Pagina<>(gezien, gevonden.volgende());
    }

    public List<OverdrachtVersie> versies(Medewerker medewerker, UUID id) {
        Beslissing beslissing = beslis(medewerker, id, VERSIES_LEZEN);
        List<OverdrachtVersie> versies = dienst.versies(id);
        poort.registreer(beslissing, List.of());
        return versies;
    }

    public Gezien<OverdrachtVersie> versie(Medewerker medewerker, UUID id, int nummer) {
        Beslissing beslissing = beslis(medewerker, id, VERSIES_LEZEN);
        OverdrachtVersie versie = dienst.versie(id, nummer);
        poort.registreer(beslissing, betrokkenen(versie.inhoud()));
        return new Gezien<>(versie, beslissing.categorieen());
    }

    /** "Why can I see this": the caller's live grants on it. */
    public List<Toegang> toegang(Medewerker medewerker, UUID id) {
        Beslissing beslissing = beslis(medewerker, id, TOEGANG_BEKIJKEN);
        poort.registreer(beslissing, List.of());
        return beslissing.toegangen();
    }

    /**
     * Break-glass: a crisis role opens an overdracht it has no grant for, giving a reason. The grant is for the
     * caller alone, for the crisis purpose, short, flagged, and queued for review by the privacy officer and the
     * owner. The role is checked before anything else, so nobody can probe ids with it.
     */
    public Toegang noodtoegang(Medewerker medewerker, UUID id, String reden) {
        return toegang.noodtoegang(medewerker, NOODTOEGANG, bron(id), reden, () -> {
            Overdracht overdracht = dienst.overdracht(id);
            return new Eigendom(Set.of(overdracht.eigenaarOrganisatie()), betrokkenen(overdracht.inhoud()));
        });
    }

    /** The receiver that returned an overdracht opens it again: it is no longer shared with them. */
    public static final String NIET_MEER_GEDEELD = "OVD-410";

    /**
     * A caller without a grant gets "does not exist", except the organisation that returned it: that it returned it,
     * when and why is its own action on record (its own words), not the case's content, so it is told that instead of
     * an untruth. Nothing else of the overdracht is in the answer; the refusal is logged by the gate as always.
     */
    private SchakelFout nietMeerGedeeld(Medewerker medewerker, UUID id) {
        Optional<String> eigen = medewerker.organisatieCode();
        Optional<Overgang> teruggelegd = eigen.flatMap(code -> dienst.gevonden(id).flatMap(o -> o.overgangen().stream()
                .filter(g -> g.naar() == OverdrachtStatus.TERUGGELEGD && g.door().organisatieCode().equals(code))
                .reduce((eerder, later) -> later)));
        if (teruggelegd.isEmpty()) {
            return nietGevonden();
        }
        String op = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl"))
                .format(teruggelegd.get().op().atZone(java.time.ZoneId.of("Europe/Amsterdam")));
        String reden = teruggelegd.get().reden().map(r -> ": " + r + (r.matches(".*[.!?]$") ? "" : ".")).orElse(".");
        return new NietMeerGedeeldFout(NIET_MEER_GEDEELD, "U heeft deze overdracht op " + op + " teruggelegd" + reden
                + " Zij is niet meer met u gedeeld; Veilig Thuis beslist wat er verder mee gebeurt.");
    }

    /** The same answer as for an id that does not exist (access-model.md): no grant, no overdracht. */
    public static NietGevondenFout nietGevonden() {
        return new NietGevondenFout(OverdrachtDienst.NIET_GEVONDEN, "Deze overdracht bestaat niet.");
    }

    private Beslissing beslis(Medewerker medewerker, UUID id, OverdrachtHandeling handeling) {
        return poort.beslis(medewerker, bron(id), handeling, Overdrachtzaken::nietGevonden);
    }

    /** Logs the access to the betrokkenen the answer names and maps it for the caller. */
    private Inzage antwoord(Beslissing beslissing, Overdracht overdracht) {
        poort.registreer(beslissing, betrokkenen(overdracht.inhoud()));
        boolean eigenaar = beslissing.toegangen().stream().anyMatch(t -> t.reden() == ToegangReden.EIGENAAR);
        return new Inzage(overdracht, beslissing.categorieen(), eigenaar);
    }

    private Organisatie bekendeOntvanger(String veld, String code) {
        return register.organisatieMetCode(code).orElseThrow(() -> new OnverwerkbaarFout(ONBEKENDE_ONTVANGER,
                "De organisatie '" + code + "' (" + veld + ") staat niet in het partnerregister."));
    }

    private static Set<Gegevenscategorie> categorieen(String lijst) {
        Set<Gegevenscategorie> categorieen = EnumSet.noneOf(Gegevenscategorie.class);
        for (String naam : lijst.split(",")) {
            try {
                categorieen.add(Gegevenscategorie.valueOf(naam.strip()));
            } catch (IllegalArgumentException e) {
                throw new ValidatieFout("API-002", "Onbekende gegevenscategorie.", List.of(new OngeldigeParameter(
                        "categorieen", "Een of meer van " + EnumSet.allOf(Gegevenscategorie.class).stream().map(Enum::name).toList() + ".")));
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

    /** The betrokkenen an answer about this content concerns, for the logboek. */
    static List<UUID> betrokkenen(OverdrachtInhoud inhoud) {
        List<UUID> ids = new ArrayList<>();
        for (Betrokkene betrokkene : inhoud.betrokkenenOfLeeg()) {
            if (betrokkene != null && betrokkene.id() != null) {
                ids.add(betrokkene.id());
            }
        }
        return ids;
    }

    private static Bron bron(UUID id) {
        return new Bron(OverdrachtHandeling.OVERDRACHT, id);
    }

    private Instant nu() {
        return Instant.now(klok);
    }
}
