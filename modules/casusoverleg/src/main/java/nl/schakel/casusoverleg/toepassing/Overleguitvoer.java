package nl.schakel.casusoverleg.toepassing;

import static nl.schakel.casusoverleg.domein.CasusoverlegHandeling.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Aanmelding;
import nl.schakel.casusoverleg.domein.Agendaoverzicht;
import nl.schakel.casusoverleg.domein.Agendapunt;
import nl.schakel.casusoverleg.domein.AgendapuntStatus;
import nl.schakel.casusoverleg.domein.Bronnen;
import nl.schakel.casusoverleg.domein.CasusoverlegHandeling;
import nl.schakel.casusoverleg.domein.Overleg;
import nl.schakel.casusoverleg.domein.Overlegtafel;
import nl.schakel.casusoverleg.infrastructuur.AanmeldingRepository;
import nl.schakel.casusoverleg.infrastructuur.AgendauitvoerRepository;
import nl.schakel.casusoverleg.infrastructuur.OverlegRepository;
import nl.schakel.casusoverleg.infrastructuur.OverlegtafelRepository;
import nl.schakel.casusoverleg.infrastructuur.UitnodigingRepository;
import nl.schakel.casusoverleg.infrastructuur.uitvoer.AgendaPdf;
import nl.schakel.casusoverleg.infrastructuur.uitvoer.Agendauitnodiging;
import nl.schakel.gedeeld.kalender.Werkdagkalender;
import nl.schakel.partners.domein.Organisatie;
import nl.schakel.partners.toepassing.PartnerRegister;
import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.toepassing.Toegangsdienst;
import nl.schakel.toegang.toepassing.Toegangspoort;

/**
 * The files a meeting's participants take out of Schakel: the agenda PDF and the calendar invitation, each for the
 * caller's organisation and holding only the items its grants open. Which items those are is asked of the access
 * core (the list filter over live grants: the owners' grant on the meeting opens all, an invitation its own item), and
 * then each item passes the gate, so every item in a file has its own logboek row, written in the transaction that
 * made the file. A meeting the caller has no grant on, nor on any of its items, does not exist for it: 404, logged.
 * An owner of a meeting without items yet gets the file too (one row on the meeting).
 */
@ApplicationScoped
@Transactional
public class Overleguitvoer {

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
    AgendauitvoerRepository agenda;

    @Inject
    AanmeldingRepository aanmeldingen;

    @Inject
    UitnodigingRepository uitnodigingen;

    @Inject
    Casusbronnen bronnen;

    Clock klok = Clock.systemUTC();

    /** The agenda as a PDF; each item's row names the case's betrokkenen (the file names the case by its reference). */
    public Uitvoerbestand agendaPdf(Medewerker medewerker, UUID id) {
        Toegestaan toegestaan = beslis(medewerker, id, AGENDA_EXPORTEREN);
        Agendaoverzicht overzicht = overzicht(medewerker, toegestaan);
        String organisatie = overzicht.organisatie();
        String naam = register.organisatieMetCode(organisatie).map(Organisatie::naam).orElse(organisatie);
        byte[] pdf = AgendaPdf.maak(overzicht, naam, nu());
        registreer(toegestaan, true);
        return new Uitvoerbestand("agenda-" + id + ".pdf", AgendaPdf.MEDIATYPE, pdf);
    }

    /**
     * The calendar invitation; its rows name no betrokkenen, because the file holds no case: only the meeting and item
     * numbers.
     */
    public Uitvoerbestand agendaIcs(Medewerker medewerker, UUID id, String webAdres) {
        Toegestaan toegestaan = beslis(medewerker, id, KALENDER_EXPORTEREN);
        Agendaoverzicht overzicht = overzicht(medewerker, toegestaan);
        String ics = Agendauitnodiging.maak(overzicht, nu(), webAdres);
        registreer(toegestaan, false);
        return new Uitvoerbestand("casusoverleg-" + id + ".ics", Agendauitnodiging.MEDIATYPE, ics.getBytes(StandardCharsets.UTF_8));
    }

    /** The decisions a file rests on: one per item it holds, or one on the meeting for an owner of an empty agenda. */
    private record Toegestaan(Overleg overleg, List<Agendapunt> punten, List<Beslissing> beslissingen, boolean eigenaar) {}

    private Toegestaan beslis(Medewerker medewerker, UUID id, CasusoverlegHandeling handeling) {
        List<Agendapunt> zichtbaar = agenda.zichtbareAgenda(id, toegang.zoekfilter(medewerker, handeling, "a.id", "a.overleg_id"));
        List<Beslissing> beslissingen = new ArrayList<>();
        if (zichtbaar.isEmpty()) {
            // no item opens: the meeting's own grant (its owners, before the agenda has items) or nothing at all (404)
            beslissingen.add(poort.beslis(medewerker, bronnen.overleg(id), handeling, () -> Casusbronnen.nietGevonden("Dit overleg")));
        } else {
            for (Agendapunt punt : zichtbaar) {
                beslissingen.add(poort.beslis(medewerker, bronnen.agendapunt(punt.id()), handeling,
                        () -> Casusbronnen.nietGevonden("Dit overleg")));
            }
        }
        Overleg overleg = overleggen.overleg(id).orElseThrow(() -> Casusbronnen.nietGevonden("Dit overleg"));
        // an owner's grant is on the meeting itself; a partner's are on its items
        boolean eigenaar = beslissingen.stream().flatMap(b -> b.toegangen().stream())
                .anyMatch(t -> t.bron().type().equals(Bronnen.OVERLEG) && t.bron().id().equals(id));
        return new Toegestaan(overleg, zichtbaar, beslissingen, eigenaar);
    }

    private Agendaoverzicht overzicht(Medewerker medewerker, Toegestaan toegestaan) {
        Overleg overleg = toegestaan.overleg();
        Overlegtafel tafel = tafels.tafel(overleg.overlegtafelId()).orElseThrow();
        String organisatie = medewerker.organisatieCode().orElse(toegestaan.beslissingen().get(0).grondslag().organisatieCode());
        List<Agendapunt> alle = overleggen.agenda(overleg.id());
        // the invitations of every item at once: one query for the meeting, not one per item
        long uitgenodigd = uitnodigingen.vanOverleg(overleg.id()).stream()
                .filter(u -> u.organisatieCode().equals(organisatie)).count();
        long afgeschaald = alle.stream().filter(p -> p.status() == AgendapuntStatus.AFGESCHAALD).count();
        List<Agendaoverzicht.Regel> regels = toegestaan.punten().stream()
                .map(punt -> Agendaoverzicht.regel(punt, overleg, Werkdagkalender.NEDERLAND)).toList();
        return new Agendaoverzicht(overleg.id(), tafel.naam(), overleg.datum(), overleg.aanvang(), overleg.einde(), overleg.plaats(),
                overleg.onlineLink(), organisatie, toegestaan.eigenaar(), Agendaoverzicht.volgnummer(overleg, uitgenodigd, afgeschaald),
                regels);
    }

    private void registreer(Toegestaan toegestaan, boolean metBetrokkenen) {
        for (int i = 0; i < toegestaan.beslissingen().size(); i++) {
            List<UUID> betrokkenen = !metBetrokkenen || toegestaan.punten().isEmpty() ? List.of()
                    : aanmeldingen.aanmelding(toegestaan.punten().get(i).aanmeldingId()).map(Aanmelding::betrokkeneIds).orElse(List.of());
            poort.registreer(toegestaan.beslissingen().get(i), betrokkenen);
        }
    }

    private Instant nu() {
        return Instant.now(klok);
    }
}
