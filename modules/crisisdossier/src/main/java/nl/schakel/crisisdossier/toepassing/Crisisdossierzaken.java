package nl.schakel.crisisdossier.toepassing;

import static nl.schakel.crisisdossier.domein.CrisisdossierHandeling.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Aantekening;
import nl.schakel.crisisdossier.domein.Crisisdossier;
import nl.schakel.crisisdossier.domein.Sluitingsuitkomst;
import nl.schakel.crisisdossier.infrastructuur.AantekeningRepository;
import nl.schakel.crisisdossier.infrastructuur.VeiligheidRepository;
import nl.schakel.overdracht.domein.inhoud.OverdrachtInhoud;
import nl.schakel.overdracht.toepassing.Inzage;
import nl.schakel.overdracht.toepassing.Overdrachtzaken;
import nl.schakel.toegang.domein.Categoriefilter;
import nl.schakel.crisisdossier.domein.Crisismeldinggegevens;
import nl.schakel.crisisdossier.domein.Dossierstatus;
import nl.schakel.crisisdossier.domein.Foutcodes;
import nl.schakel.crisisdossier.domein.Livegebeurtenis.Soort;
import nl.schakel.crisisdossier.infrastructuur.CrisisdossierGebeurtenissen;
import nl.schakel.crisisdossier.infrastructuur.CrisisdossierRepository;
import nl.schakel.crisisdossier.infrastructuur.DmfiRepository;
import nl.schakel.crisisdossier.infrastructuur.Livegebeurtenissen;
import nl.schakel.crisisdossier.infrastructuur.TaakRepository;
import nl.schakel.crisisdossier.domein.Dmfioverzicht;
import nl.schakel.crisisdossier.domein.Taakoverzicht;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.gedeeld.invoer.Versie;
import nl.schakel.gedeeld.pagina.Cursor;
import nl.schakel.gedeeld.pagina.Pagina;
import nl.schakel.partners.domein.Organisatie;
import nl.schakel.partners.domein.OrganisatieType;
import nl.schakel.partners.toepassing.PartnerRegister;
import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Eigendom;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Toegang;
import nl.schakel.toegang.domein.ToegangReden;
import nl.schakel.toegang.domein.betrokkene.Herkenningsvraag;
import nl.schakel.toegang.domein.betrokkene.NaamEnGeboortedatum;
import nl.schakel.toegang.toepassing.Betrokkenenregister;
import nl.schakel.toegang.toepassing.Toegangsdienst;
import nl.schakel.toegang.toepassing.Toegangspoort;

/**
 * The crisis file itself, one transaction per use case: started from the shared intake form, read, listed, closed, and
 * opened by break-glass. Every co-owner, the initiator among them, holds a CRISISPARTNER grant with what the policy gives
 * its organisation type for the purpose CRISIS; closing the file ends them all.
 */
@ApplicationScoped
@Transactional
public class Crisisdossierzaken {

    /** The organisation types that work a crisis together (docs/domain.md, flow 3). */
    public static final Set<OrganisatieType> CRISISPARTNERS = EnumSet.of(OrganisatieType.VEILIG_THUIS,
            OrganisatieType.CRISISINTERVENTIETEAM, OrganisatieType.RAAD_VOOR_DE_KINDERBESCHERMING, OrganisatieType.CENTRUM_HGKM);

    @Inject
    Toegangspoort poort;

    @Inject
    Toegangsdienst toegang;

    @Inject
    Betrokkenenregister register;

    @Inject
    PartnerRegister partners;

    @Inject
    CrisisdossierRepository dossiers;

    @Inject
    Crisisbronnen bronnen;

    @Inject
    TaakRepository taken;

    @Inject
    AantekeningRepository aantekeningen;

    @Inject
    Overdrachtzaken overdrachten;

    @Inject
    VeiligheidRepository veiligheid;

    @Inject
    DmfiRepository dmfi;

    @Inject
    Livegebeurtenissen live;

    @Inject
    CrisisdossierGebeurtenissen gebeurtenissen;

    Clock klok = Clock.systemUTC();

    /**
     * A crisis partner starts the joint file from the intake form, day or night. The chosen partners and the caller's own
     * organisation become co-owners; the partners hear of it through the feed (data-poor).
     */
    public Dossierinzage meld(Medewerker medewerker, Crisismeldinggegevens gegevens) {
        poort.vereisRol(medewerker, MELDEN, Optional.empty());
        Crisisdossier.valideer(gegevens);
        String initiatiefnemer = medewerker.handeltVoor().orElseThrow(() -> poort.weiger(medewerker, MELDEN, Optional.empty(),
                "TGN-002", "Een crisismelding doet u namens een organisatie."));
        Organisatie eigen = crisispartner(initiatiefnemer).orElseThrow(() -> poort.weiger(medewerker, MELDEN,
                Optional.empty(), Foutcodes.ONBEKENDE_PARTNER, "Uw organisatie is geen crisispartner."));
        List<Organisatie> gekozen = gekozenPartners(gegevens.partners(), initiatiefnemer);
        List<UUID> betrokkenen = register.herken(gegevens.betrokkenen().stream().map(Crisisdossierzaken::herkenningsvraag).toList());
        Crisisdossier dossier = Crisisdossier.start(gegevens, initiatiefnemer, gekozen.stream().map(Organisatie::code)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)), betrokkenen, medewerker, nu());
        dossiers.voegToe(dossier);
        Bron bron = bronnen.dossier(dossier.id());
        Toegang eigenToegang = verleen(bron, eigen, medewerker);
        for (Organisatie partner : gekozen) {
            verleen(bron, partner, medewerker);
        }
        toegang.legBetrokkenenVast(bron, dossier.betrokkeneIds());
        gebeurtenissen.gestart(dossier);
        poort.registreer(medewerker, MELDEN, eigenToegang, dossier.betrokkeneIds());
        return inzage(dossier, List.of(eigenToegang));
    }

    public Dossierinzage lees(Medewerker medewerker, UUID id) {
        Beslissing beslissing = poort.beslis(medewerker, bronnen.dossier(id), LEZEN, Crisisbronnen::dossierNietGevonden);
        Crisisdossier dossier = dossiers.dossier(id).orElseThrow(Crisisbronnen::dossierNietGevonden);
        poort.registreer(beslissing, dossier.betrokkeneIds());
        return inzage(dossier, beslissing.toegangen());
    }

    /** The files the caller's grants open, newest first, filtered in SQL; one logboek row per listed file. */
    public Pagina<Dossierinzage> zoek(Medewerker medewerker, String status, String sof7, String evaluatie, String pagina,
            Integer paginaGrootte) {
        int grootte = Cursor.grootte(paginaGrootte);
        Optional<Dossierstatus> filter = Optional.ofNullable(status).filter(s -> !s.isBlank()).map(Crisisdossierzaken::status);
        boolean alleenVerlopen = verlopen("sof7", sof7);
        boolean evaluatieVerlopen = verlopen("evaluatie", evaluatie);
        List<Crisisdossier> eenMeer = dossiers.zoek(toegang.zoekfilter(medewerker, ZOEKEN, "x.id"), filter,
                alleenVerlopen ? Optional.of(nu().minus(Crisisdossier.SOF7_TERMIJN)) : Optional.empty(),
                evaluatieVerlopen ? Optional.of(nu()) : Optional.empty(),
                Cursor.positie(pagina, delen -> new CrisisdossierRepository.Positie(Instant.parse(delen[0]), UUID.fromString(delen[1]))),
                grootte);
        Pagina<Crisisdossier> gevonden = Pagina.uit(eenMeer, grootte, d -> Cursor.van(d.gestartOp(), d.id()));
        List<UUID> ids = gevonden.items().stream().map(Crisisdossier::id).toList();
        Map<UUID, Taakoverzicht> overzicht = taken.overzicht(ids);
        Map<UUID, Dmfioverzicht> regie = dmfi.overzicht(ids, nu());
        List<Dossierinzage> items = new ArrayList<>();
        poort.registreerLijst(medewerker, ZOEKEN, gevonden.items().stream()
                .map(d -> new Toegangspoort.Vermelding(bronnen.dossier(d.id()), d.betrokkeneIds())).toList(), Doel.CRISIS);
        for (Crisisdossier dossier : gevonden.items()) {
            items.add(inzage(dossier, List.of(), overzicht.getOrDefault(dossier.id(), Taakoverzicht.GEEN),
                    regie.getOrDefault(dossier.id(), Dmfioverzicht.GEEN)));
        }
        return new Pagina<>(items, gevonden.volgende());
    }

    /**
     * Closes the file (If-Match): to regular work, or down to an overdracht (see {@link #schaalAf}). Every co-owner's
     * grant ends from the next request on; each organisation keeps its own entries under its own grant. The open screens
     * hear it and stop.
     */
    public Dossierinzage sluit(Medewerker medewerker, UUID id, String ifMatch, String uitkomst, String reden) {
        boolean afschaling = Sluitingsuitkomst.OVERDRACHT.name().equals(uitkomst);
        Beslissing beslissing = poort.beslis(medewerker, bronnen.dossier(id), afschaling ? AFSCHALEN : SLUITEN,
                Crisisbronnen::dossierNietGevonden);
        int versie = Versie.uitIfMatch(ifMatch);
        Crisisdossier dossier = dossiers.voorWijziging(id).orElseThrow(Crisisbronnen::dossierNietGevonden);
        if (dossier.versie() != versie) {
            throw new VersieConflictFout("API-412", "Het crisisdossier is intussen gewijzigd (versie " + dossier.versie()
                    + "); haal het opnieuw op.");
        }
        if (afschaling) {
            schaalAf(beslissing, dossier, reden);
        } else {
            dossier.sluit(uitkomst, reden, medewerker, nu());
        }
        dossiers.bewaarWijziging();
        for (String partner : dossier.partners()) {
            toegang.beeindig(beslissing.bron(), partner, ToegangReden.CRISISPARTNER, medewerker);
        }
        live.legVast(id, Soort.DOSSIER_GESLOTEN, Optional.of(id), Optional.empty(), medewerker.handeltVoor(), nu());
        gebeurtenissen.gesloten(dossier, medewerker.handeltVoor().orElse(""));
        poort.registreer(beslissing, dossier.betrokkeneIds());
        return inzage(dossier, beslissing.toegangen());
    }

    /**
     * Records the SOF7 investigation as done (If-Match), with a short conclusion, by one of the two crisis teams that
     * carry the case: from the commit on it is no longer overdue (list filter, Mijn werk) and every open screen hears
     * {@code sof7-afgerond}. The conclusion is the fast investigation's outcome in a sentence or two; it is part of the
     * file that every co-owner reads.
     */
    public Dossierinzage rondSof7Af(Medewerker medewerker, UUID id, String ifMatch, String conclusie) {
        Beslissing beslissing = poort.beslis(medewerker, bronnen.dossier(id), SOF7_AFRONDEN, Crisisbronnen::dossierNietGevonden);
        int versie = Versie.uitIfMatch(ifMatch);
        Crisisdossier dossier = dossiers.voorWijziging(id).orElseThrow(Crisisbronnen::dossierNietGevonden);
        if (dossier.versie() != versie) {
            throw new VersieConflictFout("API-412", "Het crisisdossier is intussen gewijzigd (versie " + dossier.versie()
                    + "); haal het opnieuw op.");
        }
        dossier.rondSof7Af(conclusie, medewerker.handeltVoor().orElse(""), nu());
        dossiers.bewaarWijziging();
        live.legVast(id, Soort.SOF7_AFGEROND, Optional.of(id), Optional.empty(), medewerker.handeltVoor(), nu());
        poort.registreer(beslissing, dossier.betrokkeneIds());
        return inzage(dossier, beslissing.toegangen());
    }

    /**
     * Afschaling: Veilig Thuis (and only Veilig Thuis: 403 CRS-013) closes the file down to a concept overdracht of its
     * own, pre-filled with what its grant on the file shows ({@link Afschalingsinhoud}); a procesregisseur reviews it and
     * sends it through flow 1. The concept and the closure commit together or not at all.
     */
    private void schaalAf(Beslissing beslissing, Crisisdossier dossier, String reden) {
        Medewerker medewerker = beslissing.medewerker();
        String eigen = medewerker.handeltVoor().orElse("");
        boolean veiligThuis = partners.organisatieMetCode(eigen).map(o -> o.type() == OrganisatieType.VEILIG_THUIS).orElse(false);
        if (!veiligThuis || !dossier.isPartner(eigen)) {
            throw poort.weiger(medewerker, AFSCHALEN, Optional.of(beslissing.bron()), Foutcodes.ALLEEN_VEILIG_THUIS,
                    "Alleen Veilig Thuis schaalt een crisis af naar een overdracht; sluit het dossier anders naar regulier werk.");
        }
        dossier.vereisOpen();
        Crisisdossier.valideerSluiting(Sluitingsuitkomst.OVERDRACHT.name(), reden);
        Categoriefilter filter = Categoriefilter.voor(beslissing);
        List<Aantekening> zichtbaar = filter.filter(aantekeningen.van(dossier.id())).zichtbaar();
        OverdrachtInhoud inhoud = Afschalingsinhoud.van(dossier, zichtbaar, beslissing.categorieen(),
                code -> partners.organisatieMetCode(code).map(Organisatie::naam).orElse(code),
                filter.filter(veiligheid.van(dossier.id())).zichtbaar());
        Inzage concept = overdrachten.stelOpBijAfschaling(medewerker, eigen, inhoud, new LinkedHashSet<>(dossier.betrokkeneIds()));
        dossier.schaalAf(reden, concept.overdracht().id(), medewerker, nu());
    }

    /**
     * Break-glass by an on-call crisis role on a file it is no co-owner of: a reason, four hours, read-only, flagged,
     * queued for review by the privacy officer and every co-owner. The role is checked before anything is read.
     */
    public Toegang noodtoegang(Medewerker medewerker, UUID id, String reden) {
        return toegang.noodtoegang(medewerker, NOODTOEGANG, bronnen.dossier(id), reden, () -> {
            Crisisdossier dossier = dossiers.dossier(id).orElseThrow(Crisisbronnen::dossierNietGevonden);
            return new Eigendom(dossier.partners(), dossier.betrokkeneIds());
        });
    }

    private Toegang verleen(Bron bron, Organisatie organisatie, Medewerker door) {
        return toegang.verleenBinnenBeleid(bron, organisatie, Doel.CRISIS, toegang.toegestaan(Doel.CRISIS, organisatie.code()),
                ToegangReden.CRISISPARTNER, Optional.empty(), door);
    }

    /** Every chosen code known and a crisis partner type (400 CRS-002 naming each one that is not). */
    private List<Organisatie> gekozenPartners(List<String> codes, String initiatiefnemer) {
        List<Organisatie> gekozen = new ArrayList<>();
        List<OngeldigeParameter> fouten = new ArrayList<>();
        List<String> lijst = codes == null ? List.of() : codes;
        for (int i = 0; i < lijst.size(); i++) {
            String code = lijst.get(i) == null ? "" : lijst.get(i).strip();
            if (code.equals(initiatiefnemer) || gekozen.stream().anyMatch(o -> o.code().equals(code))) {
                continue;
            }
            Optional<Organisatie> partner = crisispartner(code);
            partner.ifPresent(gekozen::add);
            if (partner.isEmpty()) {
                fouten.add(new OngeldigeParameter("partners[" + i + "]", "Geen crisispartner: kies uit Veilig Thuis, het CIT, de Raad"
                        + " voor de Kinderbescherming of Filomena."));
            }
        }
        if (!fouten.isEmpty()) {
            throw new ValidatieFout(Foutcodes.ONBEKENDE_PARTNER, "Niet elke gekozen partner is een crisispartner.", fouten);
        }
        return gekozen;
    }

    /**
     * How the registry recognises a betrokkene: by BSN when known, and by the keyed hash of name and birth date when
     * the form has both (so a bekendheidscheck by name finds the crisis too); neither is kept in plain text.
     */
    private static Herkenningsvraag herkenningsvraag(Crisismeldinggegevens.Betrokkenegegevens b) {
        Herkenningsvraag vraag = b.bsn() == null ? Herkenningsvraag.zonderBsn(null) : Herkenningsvraag.metBsn(b.bsn());
        LocalDate geboortedatum = b.geboortedatum() == null ? null : LocalDate.parse(b.geboortedatum());
        return NaamEnGeboortedatum.isBruikbaar(b.achternaam(), geboortedatum)
                ? vraag.metNaam(new NaamEnGeboortedatum(b.achternaam(), b.voornaam(), geboortedatum)) : vraag;
    }

    private Optional<Organisatie> crisispartner(String code) {
        return partners.organisatieMetCode(code).filter(o -> CRISISPARTNERS.contains(o.type()));
    }

    Dossierinzage inzage(Crisisdossier dossier, List<Toegang> toegangen) {
        return inzage(dossier, toegangen, taken.overzicht(List.of(dossier.id())).getOrDefault(dossier.id(), Taakoverzicht.GEEN),
                dmfi.overzicht(List.of(dossier.id()), nu()).getOrDefault(dossier.id(), Dmfioverzicht.GEEN));
    }

    private Dossierinzage inzage(Crisisdossier dossier, List<Toegang> toegangen, Taakoverzicht overzicht, Dmfioverzicht regie) {
        List<Organisatie> namen = dossier.partners().stream().map(code -> partners.organisatieMetCode(code)).flatMap(Optional::stream).toList();
        Optional<Toegang> grond = toegangen.stream().findFirst();
        Set<nl.schakel.toegang.domein.Gegevenscategorie> categorieen = EnumSet.noneOf(nl.schakel.toegang.domein.Gegevenscategorie.class);
        toegangen.forEach(t -> categorieen.addAll(t.categorieen()));
        return new Dossierinzage(dossier, namen, dossier.isSof7Verlopen(nu()), grond.map(Toegang::reden).orElse(ToegangReden.CRISISPARTNER),
                categorieen, toegangen.stream().map(Toegang::geldigTot).flatMap(Optional::stream).max(Instant::compareTo), overzicht,
                dossier.status() == Dossierstatus.OPEN ? regie : new Dmfioverzicht(regie.gestart(), regie.casusregisseurOrganisatie(),
                        Optional.empty(), false));
    }

    /**
     * {@code sof7=verlopen}, {@code evaluatie=verlopen}: only the files whose SOF7 clock ran out or that have an overdue
     * DMFI review moment (the tiles on Mijn werk); anything else is a 400 naming the parameter.
     */
    private static boolean verlopen(String parameter, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return false;
        }
        if (waarde.strip().equals("verlopen")) {
            return true;
        }
        throw new ValidatieFout("API-002", "Ongeldig filter.", List.of(new OngeldigeParameter(parameter, "Alleen 'verlopen'.")));
    }

    private static Dossierstatus status(String waarde) {
        try {
            return Dossierstatus.valueOf(waarde.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidatieFout("API-002", "Ongeldige status.", List.of(new OngeldigeParameter("status", "OPEN of GESLOTEN.")));
        }
    }

    private Instant nu() {
        return Instant.now(klok);
    }
}
