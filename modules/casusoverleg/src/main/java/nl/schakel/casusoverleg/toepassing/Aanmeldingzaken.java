package nl.schakel.casusoverleg.toepassing;

import static nl.schakel.casusoverleg.domein.CasusoverlegHandeling.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Aanmelding;
import nl.schakel.casusoverleg.domein.AanmeldingStatus;
import nl.schakel.casusoverleg.domein.Aanmeldingsgegevens;
import nl.schakel.casusoverleg.domein.Agendapunt;
import nl.schakel.casusoverleg.domein.CasusoverlegHandeling;
import nl.schakel.casusoverleg.domein.Foutcodes;
import nl.schakel.casusoverleg.domein.Overlegtafel;
import nl.schakel.casusoverleg.domein.Uitnodiging;
import nl.schakel.casusoverleg.infrastructuur.AanmeldingRepository;
import nl.schakel.casusoverleg.infrastructuur.OverlegRepository;
import nl.schakel.casusoverleg.infrastructuur.OverlegtafelRepository;
import nl.schakel.casusoverleg.infrastructuur.UitnodigingRepository;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.gedeeld.invoer.Versie;
import nl.schakel.gedeeld.kalender.Werkdagkalender;
import nl.schakel.gedeeld.pagina.Cursor;
import nl.schakel.gedeeld.pagina.Pagina;
import nl.schakel.partners.domein.Organisatie;
import nl.schakel.partners.toepassing.PartnerRegister;
import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Categoriefilter;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Toegang;
import nl.schakel.toegang.domein.ToegangReden;
import nl.schakel.toegang.domein.betrokkene.Herkenningsvraag;
import nl.schakel.toegang.domein.betrokkene.NaamEnGeboortedatum;
import nl.schakel.toegang.toepassing.Betrokkenenregister;
import nl.schakel.toegang.toepassing.Toegangsdienst;
import nl.schakel.toegang.toepassing.Toegangspoort;

/**
 * Registering a case and its triage, one transaction each: the gate decides first, then the work, the grants it makes
 * or ends, and the logboek row of the access, committed together. The aanmelder owns its registration (EIGENAAR); the
 * table's organiser receives it for triage (ONTVANGER): the policy's rules tell them apart, so the ZVH cannot rewrite a
 * partner's registration and a partner cannot triage its own.
 */
@ApplicationScoped
@Transactional
public class Aanmeldingzaken {

    @Inject
    Toegangspoort poort;

    @Inject
    Toegangsdienst toegang;

    @Inject
    PartnerRegister register;

    @Inject
    OverlegtafelRepository tafels;

    @Inject
    AanmeldingRepository aanmeldingen;

    @Inject
    OverlegRepository overleggen;

    @Inject
    UitnodigingRepository uitnodigingen;

    @Inject
    Casusbronnen bronnen;

    @Inject
    Casusoverleggebeurtenissen gebeurtenissen;

    @Inject
    Betrokkenenregister personen;

    Clock klok = Clock.systemUTC();

    /**
     * A member partner registers a case at a table. The registration is the aanmelder's (EIGENAAR, what the policy gives
     * its type) and goes to the table's organiser for triage (ONTVANGER, within the policy for the organiser's type).
     */
    public AanmeldingInzage meldAan(Medewerker medewerker, Aanmeldingsgegevens gegevens) {
        poort.vereisRol(medewerker, AANMELDEN, Optional.empty());
        Overlegtafel tafel = tafelVan(gegevens);
        String aanmelder = medewerker.handeltVoor().orElse("");
        if (!tafel.isLid(aanmelder)) {
            throw poort.weiger(medewerker, AANMELDEN, Optional.empty(), Foutcodes.VERKEERDE_PARTIJ,
                    "Alleen een lid van " + tafel.naam() + " meldt daar een casus aan; " + (aanmelder.isEmpty() ? "u handelt voor geen organisatie"
                            : aanmelder + " is geen lid") + ".");
        }
        bekendePartners(gegevens.voorgesteldePartners());
        Aanmelding aanmelding = Aanmelding.meldAan(tafel, aanmelder, gegevens, medewerker, nu());
        aanmelding.herkenBetrokkenen(personen.herken(herkenningsvragen(aanmelding)));
        aanmeldingen.voegToe(aanmelding);
        Bron bron = bronnen.aanmelding(aanmelding.id());
        Toegang eigen = toegang.verleenAanEigenaar(bron, aanmelder, Doel.CASUSOVERLEG, medewerker);
        Organisatie organisator = register.organisatieMetCode(tafel.organisatorOrganisatie()).orElseThrow(
                () -> new IllegalStateException("de organisator van " + tafel.naam() + " staat niet in het partnerregister"));
        toegang.verleenBinnenBeleid(bron, organisator, Doel.CASUSOVERLEG, toegang.toegestaan(Doel.CASUSOVERLEG, organisator.code()),
                ToegangReden.ONTVANGER, Optional.empty(), medewerker);
        toegang.legBetrokkenenVast(bron, aanmelding.betrokkeneIds());
        poort.registreer(medewerker, AANMELDEN, eigen, aanmelding.betrokkeneIds());
        return inzage(aanmelding, tafel, Categoriefilter.voor(eigen.categorieen(), Optional.of(aanmelder)));
    }

    public AanmeldingInzage lees(Medewerker medewerker, UUID id) {
        Beslissing beslissing = beslis(medewerker, id, AANMELDING_LEZEN);
        return antwoord(beslissing, aanmelding(id));
    }

    /** The aanmelder completes it while triage runs; after a question this submits it again. */
    public AanmeldingInzage wijzig(Medewerker medewerker, UUID id, String ifMatch, Aanmeldingsgegevens gegevens) {
        Beslissing beslissing = beslis(medewerker, id, AANMELDING_WIJZIGEN);
        Aanmelding aanmelding = opVersie(id, ifMatch);
        bekendePartners(gegevens == null ? null : gegevens.voorgesteldePartners());
        aanmelding.wijzig(tafel(aanmelding), gegevens, medewerker, nu());
        aanmelding.herkenBetrokkenen(personen.herken(herkenningsvragen(aanmelding)));
        aanmeldingen.bewaarWijziging();
        toegang.legBetrokkenenVast(beslissing.bron(), aanmelding.betrokkeneIds());
        return antwoord(beslissing, aanmelding);
    }

    public AanmeldingInzage accepteer(Medewerker medewerker, UUID id, String ifMatch) {
        Beslissing beslissing = beslis(medewerker, id, AANMELDING_BEOORDELEN);
        Aanmelding aanmelding = opVersie(id, ifMatch);
        aanmelding.accepteer(medewerker, nu());
        aanmeldingen.bewaarWijziging();
        return antwoord(beslissing, aanmelding);
    }

    public AanmeldingInzage wijsAf(Medewerker medewerker, UUID id, String ifMatch, String reden) {
        Beslissing beslissing = beslis(medewerker, id, AANMELDING_BEOORDELEN);
        Aanmelding aanmelding = opVersie(id, ifMatch);
        aanmelding.wijsAf(reden, medewerker, nu());
        aanmeldingen.bewaarWijziging();
        return antwoord(beslissing, aanmelding);
    }

    public AanmeldingInzage vraagAanvulling(Medewerker medewerker, UUID id, String ifMatch, String vraag) {
        Beslissing beslissing = beslis(medewerker, id, AANMELDING_BEOORDELEN);
        Aanmelding aanmelding = opVersie(id, ifMatch);
        aanmelding.vraagAanvulling(vraag, medewerker, nu());
        aanmeldingen.bewaarWijziging();
        return antwoord(beslissing, aanmelding);
    }

    /**
     * Closes the case: every item of it on every agenda is closed and every invited partner's grant ends now (the next
     * request, with the same token, is a 404). Each partner keeps its own inbreng under its own grant; the table keeps
     * its shared copy until the retention date.
     */
    public AanmeldingInzage schaalAf(Medewerker medewerker, UUID id, String ifMatch, String reden) {
        Beslissing beslissing = beslis(medewerker, id, AFSCHALEN);
        Aanmelding aanmelding = opVersie(id, ifMatch);
        aanmelding.schaalAf(tafel(aanmelding), reden, medewerker, nu());
        Set<String> uitgenodigd = new LinkedHashSet<>();
        for (Agendapunt punt : overleggen.agendapuntenVan(id)) {
            punt.schaalAf(nu());
            Bron bron = bronnen.agendapunt(punt.id());
            for (Uitnodiging uitnodiging : uitnodigingen.van(punt.id())) {
                toegang.beeindig(bron, uitnodiging.organisatieCode(), ToegangReden.UITGENODIGD, medewerker);
                uitnodiging.beeindig(nu());
                uitgenodigd.add(uitnodiging.organisatieCode());
            }
        }
        aanmeldingen.bewaarWijziging();
        gebeurtenissen.afgeschaald(id, uitgenodigd);
        return antwoord(beslissing, aanmelding);
    }

    /**
     * The caller's aanmeldingen (its own, and for the organiser every one it received), filtered in SQL over its live
     * grants; oldest submission first, the triage queue's order. Summaries only: one logboek row per listed item.
     */
    public Pagina<AanmeldingInzage> zoek(Medewerker medewerker, String status, String pagina, Integer paginaGrootte) {
        int grootte = Cursor.grootte(paginaGrootte);
        List<Aanmelding> eenMeer = aanmeldingen.zoek(toegang.zoekfilter(medewerker, AANMELDINGEN_ZOEKEN, "a.id"), statussen(status),
                positie(pagina), grootte);
        Pagina<Aanmelding> gevonden = Pagina.uit(eenMeer, grootte, a -> Zoekparameters.cursor(a.ingediendOp(), a.id()));
        List<AanmeldingInzage> items = new ArrayList<>();
        poort.registreerLijst(medewerker, AANMELDINGEN_ZOEKEN, gevonden.items().stream()
                .map(a -> new Toegangspoort.Vermelding(bronnen.aanmelding(a.id()), List.of())).toList(), Doel.CASUSOVERLEG);
        for (Aanmelding aanmelding : gevonden.items()) {
            items.add(inzage(aanmelding, tafel(aanmelding), Categoriefilter.voor(Set.of(), Optional.empty())));
        }
        return new Pagina<>(items, gevonden.volgende());
    }

    /** "Why can I see this": the caller's live grants on it. */
    public List<Toegang> toegang(Medewerker medewerker, UUID id) {
        Beslissing beslissing = beslis(medewerker, id, AANMELDING_TOEGANG_BEKIJKEN);
        poort.registreer(beslissing, List.of());
        return beslissing.toegangen();
    }

    /**
     * How the person registry recognises the aanmelding's betrokkenen, as flow 1 and the crisis melding do: an aanmelding
     * carries no BSN (minimal identity), so by the id this aanmelding already holds for the person (a change keeps it)
     * and, with a family name and a date of birth, by their keyed hash, so that the bekendheidscheck by name finds the
     * organisations that hold this case. A new person, or an id the registry does not know, gets a new platform id.
     */
    private static List<Herkenningsvraag> herkenningsvragen(Aanmelding aanmelding) {
        return aanmelding.betrokkenen().stream().map(b -> {
            Herkenningsvraag vraag = Herkenningsvraag.zonderBsn(b.id());
            LocalDate geboortedatum = b.geboortedatum().orElse(null);
            return NaamEnGeboortedatum.isBruikbaar(b.achternaam(), geboortedatum)
                    ? vraag.metNaam(new NaamEnGeboortedatum(b.achternaam(), b.voornaam(), geboortedatum)) : vraag;
        }).toList();
    }

    private Beslissing beslis(Medewerker medewerker, UUID id, CasusoverlegHandeling handeling) {
        return poort.beslis(medewerker, bronnen.aanmelding(id), handeling, () -> Casusbronnen.nietGevonden("Deze aanmelding"));
    }

    private AanmeldingInzage antwoord(Beslissing beslissing, Aanmelding aanmelding) {
        poort.registreer(beslissing, aanmelding.betrokkeneIds());
        return inzage(aanmelding, tafel(aanmelding), Categoriefilter.voor(beslissing));
    }

    private AanmeldingInzage inzage(Aanmelding aanmelding, Overlegtafel tafel, Categoriefilter filter) {
        Instant nu = nu();
        // the term runs only while the organiser is to decide
        LocalDate uiterlijk = aanmelding.status() == AanmeldingStatus.INGEDIEND
                ? aanmelding.triageUiterlijk(tafel, Werkdagkalender.NEDERLAND) : null;
        return new AanmeldingInzage(aanmelding, Casusinzage.van(aanmelding, filter), uiterlijk,
                aanmelding.isTriageVerlopen(tafel, Werkdagkalender.NEDERLAND, nu));
    }

    /** Read after the gate let the caller through: a missing row now is a broken invariant, not a 404 to hide. */
    private Aanmelding aanmelding(UUID id) {
        return aanmeldingen.aanmelding(id).orElseThrow(() -> Casusbronnen.nietGevonden("Deze aanmelding"));
    }

    private Aanmelding opVersie(UUID id, String ifMatch) {
        int versie = Versie.uitIfMatch(ifMatch);
        Aanmelding aanmelding = aanmeldingen.voorWijziging(id).orElseThrow(() -> Casusbronnen.nietGevonden("Deze aanmelding"));
        if (aanmelding.versie() != versie) {
            throw new VersieConflictFout("API-412",
                    "De aanmelding is intussen gewijzigd (versie " + aanmelding.versie() + "); haal haar opnieuw op.");
        }
        return aanmelding;
    }

    private Overlegtafel tafel(Aanmelding aanmelding) {
        return tafels.tafel(aanmelding.overlegtafelId()).orElseThrow();
    }

    private Overlegtafel tafelVan(Aanmeldingsgegevens gegevens) {
        UUID id = gegevens == null ? null : gegevens.overlegtafel();
        return Optional.ofNullable(id).flatMap(tafels::tafel).orElseThrow(() -> new ValidatieFout(Foutcodes.ONGELDIGE_AANMELDING,
                "Noem de overlegtafel waar u de casus aanmeldt.",
                List.of(new OngeldigeParameter("overlegtafel", "Het id van een overlegtafel (GET /overlegtafels)."))));
    }

    /** Proposed partners must be in the register: the organiser invites from this list. */
    private void bekendePartners(List<String> codes) {
        List<OngeldigeParameter> onbekend = new ArrayList<>();
        List<String> lijst = codes == null ? List.of() : codes;
        for (int i = 0; i < lijst.size(); i++) {
            String code = lijst.get(i);
            if (code != null && register.organisatieMetCode(code).isEmpty()) {
                onbekend.add(new OngeldigeParameter("voorgesteldePartners[" + i + "]", "Staat niet in het partnerregister."));
            }
        }
        if (!onbekend.isEmpty()) {
            throw new ValidatieFout(Foutcodes.ONGELDIGE_AANMELDING, "Een voorgestelde partner staat niet in het partnerregister.", onbekend);
        }
    }

    private static Set<AanmeldingStatus> statussen(String lijst) {
        Set<AanmeldingStatus> statussen = new LinkedHashSet<>();
        if (lijst == null || lijst.isBlank()) {
            return statussen;
        }
        for (String naam : lijst.split(",")) {
            try {
                statussen.add(AanmeldingStatus.valueOf(naam.strip()));
            } catch (IllegalArgumentException e) {
                throw new ValidatieFout("API-002", "Onbekende status.", List.of(new OngeldigeParameter("status",
                        "Een of meer van " + List.of(AanmeldingStatus.values()) + " (kommagescheiden).")));
            }
        }
        return statussen;
    }

    private static Optional<AanmeldingRepository.Positie> positie(String pagina) {
        return Zoekparameters.lees(pagina,
                delen -> new AanmeldingRepository.Positie(Instant.parse(delen[0]).atOffset(ZoneOffset.UTC), UUID.fromString(delen[1])));
    }

    private Instant nu() {
        return Instant.now(klok);
    }
}
