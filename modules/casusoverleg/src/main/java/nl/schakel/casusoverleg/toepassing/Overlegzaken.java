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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.schakel.casusoverleg.domein.Aanmelding;
import nl.schakel.casusoverleg.domein.CasusoverlegHandeling;
import nl.schakel.casusoverleg.domein.Agenda;
import nl.schakel.casusoverleg.domein.Agendapunt;
import nl.schakel.casusoverleg.domein.Foutcodes;
import nl.schakel.casusoverleg.domein.InbrengStatus;
import nl.schakel.casusoverleg.domein.Overleg;
import nl.schakel.casusoverleg.domein.Overlegplanning;
import nl.schakel.casusoverleg.domein.Overlegtafel;
import nl.schakel.casusoverleg.domein.Verplaatsing;
import nl.schakel.casusoverleg.infrastructuur.AanmeldingRepository;
import nl.schakel.casusoverleg.infrastructuur.InbrengRepository;
import nl.schakel.casusoverleg.infrastructuur.OverlegRepository;
import nl.schakel.casusoverleg.infrastructuur.OverlegtafelRepository;
import nl.schakel.casusoverleg.infrastructuur.UitnodigingRepository;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.gedeeld.invoer.Versie;
import nl.schakel.gedeeld.pagina.Cursor;
import nl.schakel.gedeeld.pagina.Pagina;
import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Toegang;
import nl.schakel.toegang.domein.ToegangReden;
import nl.schakel.toegang.toepassing.Toegangsdienst;
import nl.schakel.toegang.toepassing.Toegangspoort;

/**
 * Meetings and their agenda, one transaction each. The organiser plans a meeting; the organiser and the chair's
 * organisation own it (EIGENAAR on the meeting, which opens all its items). Every change of the agenda needs the
 * meeting's current version (If-Match), so two people building one agenda never lose each other's work.
 */
@ApplicationScoped
@Transactional
public class Overlegzaken {

    @Inject
    Toegangspoort poort;

    @Inject
    Toegangsdienst toegang;

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

    Clock klok = Clock.systemUTC();

    /** The organiser plans a meeting of its table; the organiser and the chair's organisation own it. */
    public Overleginzage plan(Medewerker medewerker, Overlegplanning planning) {
        poort.vereisRol(medewerker, OVERLEG_PLANNEN, Optional.empty());
        UUID tafelId = planning == null ? null : planning.overlegtafel();
        Overlegtafel tafel = Optional.ofNullable(tafelId).flatMap(tafels::tafel).orElseThrow(() -> new ValidatieFout(
                Foutcodes.ONGELDIG_OVERLEG, "Noem de overlegtafel van het overleg.",
                List.of(new OngeldigeParameter("overlegtafel", "Het id van een overlegtafel (GET /overlegtafels)."))));
        String organisatie = medewerker.handeltVoor().orElse("");
        if (!organisatie.equals(tafel.organisatorOrganisatie())) {
            throw poort.weiger(medewerker, OVERLEG_PLANNEN, Optional.empty(), Foutcodes.VERKEERDE_PARTIJ,
                    "Alleen de organisator van " + tafel.naam() + " (" + tafel.organisatorOrganisatie() + ") plant een overleg.");
        }
        Overleg overleg = Overleg.plan(tafel, planning, medewerker, nu());
        overleggen.voegToe(overleg);
        Bron bron = bronnen.overleg(overleg.id());
        Toegang eigen = toegang.verleenAanEigenaar(bron, tafel.organisatorOrganisatie(), Doel.CASUSOVERLEG, medewerker);
        if (!tafel.voorzitterOrganisatie().equals(tafel.organisatorOrganisatie())) {
            toegang.verleenAanEigenaar(bron, tafel.voorzitterOrganisatie(), Doel.CASUSOVERLEG, medewerker);
        }
        poort.registreer(medewerker, OVERLEG_PLANNEN, eigen, List.of());
        return inzage(medewerker, overleg, tafel);
    }

    public Overleginzage lees(Medewerker medewerker, UUID id) {
        Beslissing beslissing = beslis(medewerker, id, OVERLEG_LEZEN);
        Overleg overleg = overleg(id);
        poort.registreer(beslissing, List.of());
        return inzage(medewerker, overleg, tafel(overleg));
    }

    /**
     * Puts an accepted case last on the agenda. Two decisions: the caller owns the meeting, and received the case for
     * triage; both are logged, with the case's betrokkenen, and the new item knows them for later refusals.
     */
    public Overleginzage zetOpAgenda(Medewerker medewerker, UUID id, String ifMatch, UUID aanmeldingId) {
        Beslissing opOverleg = beslis(medewerker, id, AGENDA_WIJZIGEN);
        if (aanmeldingId == null) {
            throw new ValidatieFout(Foutcodes.ONGELDIGE_AGENDAWIJZIGING, "Noem de aanmelding die op de agenda komt.",
                    List.of(new OngeldigeParameter("aanmelding", "Het id van een geaccepteerde aanmelding.")));
        }
        Beslissing opAanmelding = poort.beslis(medewerker, bronnen.aanmelding(aanmeldingId), AANMELDING_INPLANNEN,
                () -> Casusbronnen.nietGevonden("Deze aanmelding"));
        Overleg overleg = opVersie(id, ifMatch);
        Aanmelding aanmelding = aanmeldingen.aanmelding(aanmeldingId).orElseThrow();
        Agenda agenda = new Agenda(overleg, overleggen.agenda(id));
        Agendapunt punt = agenda.zetOp(aanmelding, medewerker, nu());
        overleggen.voegToe(punt);
        overleggen.bewaarAgenda(overleg);
        toegang.legBetrokkenenVast(bronnen.agendapunt(punt.id()), aanmelding.betrokkeneIds());
        gebeurtenissen.agendaGewijzigd(id, genodigden(agenda.punten()));
        poort.registreer(opOverleg, aanmelding.betrokkeneIds());
        poort.registreer(opAanmelding, aanmelding.betrokkeneIds());
        return inzage(medewerker, overleg, tafel(overleg));
    }

    /** Puts the agenda in the order given: exactly its items, each once. */
    public Overleginzage orden(Medewerker medewerker, UUID id, String ifMatch, List<UUID> volgorde) {
        Beslissing beslissing = beslis(medewerker, id, AGENDA_WIJZIGEN);
        Overleg overleg = opVersie(id, ifMatch);
        Agenda agenda = new Agenda(overleg, overleggen.agenda(id));
        agenda.orden(volgorde, nu());
        overleggen.bewaarAgenda(overleg);
        gebeurtenissen.agendaGewijzigd(id, genodigden(agenda.punten()));
        poort.registreer(beslissing, List.of());
        return inzage(medewerker, overleg, tafel(overleg));
    }

    /**
     * The organiser moves its meeting to another day (If-Match, row lock, then the version check). Every running
     * invitation to its items moves its end with it, later or earlier, in this transaction, through the access core
     * ({@code Toegangsdienst.verplaatsEinde}: only live UITGENODIGD grants with an end — an action owner's grant, without
     * end, is never shortened; an ended invitation stays ended), and the table's view of each follows. Logged on the
     * meeting and on each item whose invitations moved (with its betrokkenen); the invitees hear that the agenda changed.
     */
    public Overleginzage verplaats(Medewerker medewerker, UUID id, String ifMatch, Verplaatsing verplaatsing) {
        Beslissing beslissing = beslis(medewerker, id, OVERLEG_VERPLAATSEN);
        Overleg overleg = opVersie(id, ifMatch);
        Overlegtafel tafel = tafel(overleg);
        overleg.verplaats(verplaatsing, nu());
        overleggen.bewaarAgenda(overleg);
        Instant nieuwEinde = overleg.toegangTot(tafel);
        Map<UUID, Instant> verplaatst = toegang.verplaatsEinde(beslissing, ToegangReden.UITGENODIGD, nieuwEinde).stream()
                .collect(Collectors.toMap(Toegang::id, t -> t.geldigTot().orElseThrow()));
        uitnodigingen.vanOverleg(id).stream().filter(u -> verplaatst.containsKey(u.toegangId()))
                .forEach(u -> u.verplaatsEinde(verplaatst.get(u.toegangId())));
        gebeurtenissen.agendaGewijzigd(id, genodigden(overleggen.agenda(id)));
        poort.registreer(beslissing, List.of());
        return inzage(medewerker, overleg, tafel);
    }

    /** The meetings the caller owns, filtered in SQL over its live grants; earliest first. One logboek row each. */
    public Pagina<Overleg> zoek(Medewerker medewerker, String vanaf, String pagina, Integer paginaGrootte) {
        int grootte = Cursor.grootte(paginaGrootte);
        List<Overleg> eenMeer = overleggen.zoek(toegang.zoekfilter(medewerker, OVERLEGGEN_ZOEKEN, "o.id"), Zoekparameters.datum("vanaf", vanaf),
                Zoekparameters.lees(pagina, delen -> new OverlegRepository.Overlegpositie(LocalDate.parse(delen[0]),
                        LocalTime.parse(delen[1]), UUID.fromString(delen[2]))), grootte);
        Pagina<Overleg> gevonden = Pagina.uit(eenMeer, grootte, o -> Zoekparameters.cursor(o.datum(), o.aanvang(), o.id()));
        poort.registreerLijst(medewerker, OVERLEGGEN_ZOEKEN, gevonden.items().stream()
                .map(o -> new Toegangspoort.Vermelding(bronnen.overleg(o.id()), List.of())).toList(), Doel.CASUSOVERLEG);
        return gevonden;
    }

    /** "Why can I see this": the caller's live grants on it. */
    public List<Toegang> toegang(Medewerker medewerker, UUID id) {
        Beslissing beslissing = beslis(medewerker, id, OVERLEG_TOEGANG_BEKIJKEN);
        poort.registreer(beslissing, List.of());
        return beslissing.toegangen();
    }

    private Overleginzage inzage(Medewerker medewerker, Overleg overleg, Overlegtafel tafel) {
        List<Overleginzage.Regel> regels = new ArrayList<>();
        for (Agendapunt punt : overleggen.agenda(overleg.id())) {
            String aanmelder = aanmeldingen.aanmelding(punt.aanmeldingId()).map(Aanmelding::aanmeldendeOrganisatie).orElseThrow();
            Set<String> gedeeld = inbreng.van(punt.id()).stream().filter(i -> i.status() == InbrengStatus.GEDEELD)
                    .map(i -> i.organisatieCode()).collect(Collectors.toCollection(LinkedHashSet::new));
            regels.add(new Overleginzage.Regel(punt, aanmelder, uitnodigingen.van(punt.id()), gedeeld));
        }
        return new Overleginzage(overleg, overleg.toegangTot(tafel), regels, geheimhouding.isBevestigd(medewerker, overleg.id()));
    }

    private Set<String> genodigden(List<Agendapunt> punten) {
        Set<String> organisaties = new LinkedHashSet<>();
        Instant nu = nu();
        for (Agendapunt punt : punten) {
            uitnodigingen.van(punt.id()).stream().filter(u -> u.isLopend(nu)).forEach(u -> organisaties.add(u.organisatieCode()));
        }
        return organisaties;
    }

    private Beslissing beslis(Medewerker medewerker, UUID id, CasusoverlegHandeling handeling) {
        return poort.beslis(medewerker, bronnen.overleg(id), handeling, () -> Casusbronnen.nietGevonden("Dit overleg"));
    }

    private Overleg overleg(UUID id) {
        return overleggen.overleg(id).orElseThrow(() -> Casusbronnen.nietGevonden("Dit overleg"));
    }

    private Overleg opVersie(UUID id, String ifMatch) {
        int versie = Versie.uitIfMatch(ifMatch);
        Overleg overleg = overleggen.voorWijziging(id).orElseThrow(() -> Casusbronnen.nietGevonden("Dit overleg"));
        if (overleg.versie() != versie) {
            throw new VersieConflictFout("API-412", "Het overleg is intussen gewijzigd (versie " + overleg.versie()
                    + "); haal het opnieuw op, zodat u de agenda ziet zoals die nu is.");
        }
        return overleg;
    }

    private Overlegtafel tafel(Overleg overleg) {
        return tafels.tafel(overleg.overlegtafelId()).orElseThrow();
    }

    private Instant nu() {
        return Instant.now(klok);
    }
}
