package nl.schakel.casusoverleg.toepassing;

import static nl.schakel.casusoverleg.domein.CasusoverlegHandeling.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Aanmelding;
import nl.schakel.casusoverleg.domein.Actie;
import nl.schakel.casusoverleg.domein.ActieStatus;
import nl.schakel.casusoverleg.domein.Actiegegevens;
import nl.schakel.casusoverleg.domein.Agendapunt;
import nl.schakel.casusoverleg.domein.Bronnen;
import nl.schakel.casusoverleg.domein.CasusoverlegHandeling;
import nl.schakel.casusoverleg.domein.Foutcodes;
import nl.schakel.casusoverleg.domein.Overleg;
import nl.schakel.casusoverleg.domein.Uitnodiging;
import nl.schakel.casusoverleg.infrastructuur.AanmeldingRepository;
import nl.schakel.casusoverleg.infrastructuur.ActieRepository;
import nl.schakel.casusoverleg.infrastructuur.OverlegRepository;
import nl.schakel.casusoverleg.infrastructuur.UitnodigingRepository;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.gedeeld.invoer.Versie;
import nl.schakel.gedeeld.pagina.Cursor;
import nl.schakel.gedeeld.pagina.Pagina;
import nl.schakel.partners.toepassing.PartnerRegister;
import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.ToegangReden;
import nl.schakel.toegang.toepassing.Toegangsdienst;
import nl.schakel.toegang.toepassing.Toegangspoort;

/**
 * The actions agreed at an agenda item, one transaction each. The organiser or chair gives one to an organisation at
 * the item; that organisation gets a grant of its own on the action (ACTIEHOUDER, no end date), so it keeps reading
 * what it promised (with the item's decisions and plan) after the item's invitations end and after afschaling, until
 * it closes the action: closing ends the grant. The meeting's owners see every action through the meeting.
 */
@ApplicationScoped
@Transactional
public class Actiezaken {

    @Inject
    Toegangspoort poort;

    @Inject
    Toegangsdienst toegang;

    @Inject
    PartnerRegister register;

    @Inject
    OverlegRepository overleggen;

    @Inject
    AanmeldingRepository aanmeldingen;

    @Inject
    UitnodigingRepository uitnodigingen;

    @Inject
    ActieRepository acties;

    @Inject
    Casusbronnen bronnen;

    @Inject
    Casusoverleggebeurtenissen gebeurtenissen;

    Clock klok = Clock.systemUTC();

    /** A new action at the item for an organisation that sits at it (an invitee, the organiser or the chair). */
    public Actieinzage wijsToe(Medewerker medewerker, UUID agendapuntId, Actiegegevens gegevens) {
        Bron opPunt = bronnen.agendapunt(agendapuntId);
        Beslissing beslissing = poort.beslis(medewerker, opPunt, ACTIE_TOEWIJZEN, () -> Casusbronnen.nietGevonden("Dit agendapunt"));
        Agendapunt punt = overleggen.agendapuntVoorWijziging(agendapuntId).orElseThrow(() -> Casusbronnen.nietGevonden("Dit agendapunt"));
        Overleg overleg = overleggen.overleg(punt.overlegId()).orElseThrow();
        Actie actie = Actie.wijsToe(punt, gegevens, aanTafel(punt, overleg), medewerker, nu());
        acties.voegToe(actie);
        Bron bron = Bron.binnen(Bronnen.ACTIE, actie.id(), opPunt);
        toegang.verleenBinnenBeleid(bron, register.organisatieMetCode(actie.eigenaarOrganisatie()).orElseThrow(), Doel.CASUSOVERLEG,
                toegang.toegestaan(Doel.CASUSOVERLEG, actie.eigenaarOrganisatie()), ToegangReden.ACTIEHOUDER, Optional.empty(), medewerker);
        List<UUID> betrokkenen = betrokkenen(punt);
        toegang.legBetrokkenenVast(bron, betrokkenen);
        gebeurtenissen.actieToegewezen(actie.id(), actie.eigenaarOrganisatie());
        poort.registreer(beslissing, betrokkenen);
        return inzage(actie, punt, overleg);
    }

    public Actieinzage lees(Medewerker medewerker, UUID id) {
        Beslissing beslissing = beslis(medewerker, id, ACTIE_LEZEN);
        Actie actie = acties.actie(id).orElseThrow(() -> Casusbronnen.nietGevonden("Deze actie"));
        Agendapunt punt = overleggen.agendapunt(actie.agendapuntId()).orElseThrow();
        poort.registreer(beslissing, betrokkenen(punt));
        return inzage(actie, punt, overleggen.overleg(punt.overlegId()).orElseThrow());
    }

    /**
     * Closes the action (If-Match): GEDAAN, or NIET_GEDAAN with a reason. By its owner organisation, or the meeting's
     * owners. Ends the owner's ACTIEHOUDER grant: from the next request on the action is gone for it.
     */
    public Actieinzage rondAf(Medewerker medewerker, UUID id, String ifMatch, String status, String reden) {
        Beslissing beslissing = beslis(medewerker, id, ACTIE_AFRONDEN);
        int versie = Versie.uitIfMatch(ifMatch);
        ActieStatus uitkomst = status(status);
        Actie actie = acties.voorWijziging(id).orElseThrow(() -> Casusbronnen.nietGevonden("Deze actie"));
        if (actie.versie() != versie) {
            throw new VersieConflictFout("API-412", "De actie is intussen gewijzigd (versie " + actie.versie() + "); haal haar opnieuw op.");
        }
        actie.rondAf(uitkomst, reden, medewerker, nu());
        acties.bewaarWijziging();
        toegang.beeindig(beslissing.bron(), actie.eigenaarOrganisatie(), ToegangReden.ACTIEHOUDER, medewerker);
        Agendapunt punt = overleggen.agendapunt(actie.agendapuntId()).orElseThrow();
        poort.registreer(beslissing, betrokkenen(punt));
        return inzage(actie, punt, overleggen.overleg(punt.overlegId()).orElseThrow());
    }

    /**
     * The actions the caller's grants open (its own organisation's as owner; every action of a meeting for its owners),
     * filtered in SQL; earliest date first. One logboek row per listed action.
     */
    public Pagina<Actieinzage> zoek(Medewerker medewerker, String status, String pagina, Integer paginaGrootte) {
        int grootte = Cursor.grootte(paginaGrootte);
        Optional<ActieStatus> filter = Optional.ofNullable(status).filter(s -> !s.isBlank()).map(Zoekparameters::actiestatus);
        List<Actie> eenMeer = acties.zoek(toegang.zoekfilter(medewerker, ACTIES_ZOEKEN, "x.id", "x.agendapunt_id", "x.overleg_id"),
                filter, Zoekparameters.lees(pagina, delen -> new ActieRepository.Positie(LocalDate.parse(delen[0]),
                        UUID.fromString(delen[1]))), grootte);
        Pagina<Actie> gevonden = Pagina.uit(eenMeer, grootte, a -> Zoekparameters.cursor(a.uiterlijk(), a.id()));
        List<Actieinzage> items = new ArrayList<>();
        poort.registreerLijst(medewerker, ACTIES_ZOEKEN, gevonden.items().stream()
                .map(a -> new Toegangspoort.Vermelding(bronnen.actie(a.id()), List.of())).toList(), Doel.CASUSOVERLEG);
        for (Actie actie : gevonden.items()) {
            Agendapunt punt = overleggen.agendapunt(actie.agendapuntId()).orElseThrow();
            items.add(inzage(actie, punt, overleggen.overleg(punt.overlegId()).orElseThrow()));
        }
        return new Pagina<>(items, gevonden.volgende());
    }

    /** Who may own an action at this item: whoever sits at it. */
    private Set<String> aanTafel(Agendapunt punt, Overleg overleg) {
        Set<String> organisaties = new LinkedHashSet<>();
        organisaties.add(overleg.organisatorOrganisatie());
        organisaties.add(overleg.voorzitterOrganisatie());
        Instant nu = nu();
        uitnodigingen.van(punt.id()).stream().filter(u -> u.isLopend(nu)).map(Uitnodiging::organisatieCode).forEach(organisaties::add);
        return organisaties;
    }

    private Actieinzage inzage(Actie actie, Agendapunt punt, Overleg overleg) {
        return new Actieinzage(actie, punt, overleg, actie.isVerlopen(nu()));
    }

    private static ActieStatus status(String status) {
        try {
            return status == null || status.isBlank() ? null : ActieStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidatieFout(Foutcodes.ONGELDIGE_ACTIE, "Onbekende status.",
                    List.of(new OngeldigeParameter("status", "GEDAAN of NIET_GEDAAN.")));
        }
    }

    private Beslissing beslis(Medewerker medewerker, UUID id, CasusoverlegHandeling handeling) {
        return poort.beslis(medewerker, bronnen.actie(id), handeling, () -> Casusbronnen.nietGevonden("Deze actie"));
    }

    private List<UUID> betrokkenen(Agendapunt punt) {
        return aanmeldingen.aanmelding(punt.aanmeldingId()).map(Aanmelding::betrokkeneIds).orElse(List.of());
    }

    private Instant nu() {
        return Instant.now(klok);
    }
}
