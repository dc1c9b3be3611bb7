package nl.schakel.overdracht.toepassing;

import static nl.schakel.toegang.toepassing.Persoonsgegevensbron.dag;
import static nl.schakel.toegang.toepassing.Persoonsgegevensbron.voeg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.overdracht.domein.OverdrachtStatus;
import nl.schakel.overdracht.domein.Overgang;
import nl.schakel.overdracht.domein.inhoud.Aanleiding;
import nl.schakel.overdracht.domein.inhoud.Beoordelingsuitkomst;
import nl.schakel.overdracht.domein.inhoud.Betrokkene;
import nl.schakel.overdracht.domein.inhoud.BetrokkeneRol;
import nl.schakel.overdracht.domein.inhoud.Identiteit;
import nl.schakel.overdracht.domein.inhoud.Veiligheidsbeoordeling;
import nl.schakel.partners.domein.Organisatie;
import nl.schakel.partners.toepassing.PartnerRegister;
import nl.schakel.toegang.toepassing.Persoonsgegevensbron;

/**
 * Flow 1's part of the inzage report: what an overdracht holds about one person. The person is the betrokkene whose id is
 * one of the person's registry ids: the id {@link Registerherkenning} got from the person registry when the overdracht
 * recorded its betrokkenen (BSN, or name and date of birth), so nothing is recognised a second time here.
 * <p>
 * Given: that betrokkene's name, date of birth and role, and the case as a whole: the outcome and date of the safety
 * assessment, the date of the melding, the status, the receiving organisation and the dates of its steps. Left out:
 * every other betrokkene, the melder, the contacts, and all free text (the melding's summary, the hulpvraag, safety
 * conditions, risks, justice and health information): it may be about others, so the owner gives it on request. The BSN,
 * contact details and shelter address are not repeated either: the requester knows them, and a report can go astray.
 */
@ApplicationScoped
public class Overdrachtpersoonsgegevens implements Persoonsgegevensbron {


    @Inject
    OverdrachtDienst dienst;

    @Inject
    PartnerRegister register;

    @Override
    public Set<String> brontypen() {
        return Set.of(Overdrachtzaken.BRONTYPE);
    }

    @Override
    public Optional<Persoonsgegevens> over(String bronType, UUID bronId, Set<UUID> persoon) {
        return dienst.gevonden(bronId).flatMap(o -> over(o, persoon,
                code -> register.organisatieMetCode(code).map(Organisatie::naam).orElse(code)));
    }

    /** The lines about the person in this overdracht; empty when it does not name the person. */
    static Optional<Persoonsgegevens> over(Overdracht overdracht, Set<UUID> persoon, Function<String, String> organisatienaam) {
        List<Betrokkene> zelf = overdracht.inhoud().betrokkenenOfLeeg().stream()
                .filter(b -> b != null && b.id() != null && persoon.contains(b.id())).toList();
        if (zelf.isEmpty()) {
            return Optional.empty();
        }
        List<Gegeven> gegevens = new ArrayList<>();
        for (Betrokkene b : zelf) {
            Identiteit identiteit = b.identiteit();
            if (identiteit != null) {
                voeg(gegevens, "Naam", naam(identiteit.voornaam(), identiteit.achternaam()));
                voeg(gegevens, "Geboortedatum", identiteit.geboortedatum());
            }
            voeg(gegevens, "Uw rol", rol(b.rol()));
        }
        Veiligheidsbeoordeling beoordeling = overdracht.inhoud().veiligheidsbeoordeling();
        if (beoordeling != null) {
            voeg(gegevens, "Uitkomst van de veiligheidsbeoordeling", uitkomst(beoordeling.uitkomst()));
            voeg(gegevens, "Datum van de veiligheidsbeoordeling", beoordeling.datum());
        }
        Aanleiding aanleiding = overdracht.inhoud().aanleiding();
        voeg(gegevens, "Datum van de melding", aanleiding == null ? null : aanleiding.meldingDatum());
        voeg(gegevens, "Status", status(overdracht.status()));
        voeg(gegevens, "Opgesteld op", dag(overdracht.aangemaaktOp()));
        overdracht.ontvangendeOrganisatie().ifPresent(o -> voeg(gegevens, "Overgedragen aan", organisatienaam.apply(o)));
        for (Overgang stap : overdracht.overgangen()) {
            stap(stap.naar()).ifPresent(label -> voeg(gegevens, label, dag(stap.op())));
        }
        return Optional.of(new Persoonsgegevens(zelf.stream().map(Betrokkene::id).distinct().toList(), gegevens));
    }

    private static Optional<String> stap(OverdrachtStatus naar) {
        return Optional.ofNullable(switch (naar) {
            case CONCEPT -> null; // the creation date is given as "opgesteld op"
            case VERZONDEN -> "Verzonden op";
            case ONTVANGEN -> "Ontvangst bevestigd op";
            case GEACCEPTEERD -> "Geaccepteerd op (afgesloten)";
            case TERUGGELEGD -> "Teruggelegd bij Veilig Thuis op";
            case INGETROKKEN -> "Ingetrokken op (afgesloten)";
        });
    }

    static String rol(BetrokkeneRol rol) {
        if (rol == null) {
            return null;
        }
        return switch (rol) {
            case SLACHTOFFER -> "slachtoffer";
            case VERMOEDELIJKE_PLEGER -> "vermoedelijke pleger";
            case KIND -> "kind";
            case OUDER -> "ouder";
            case OVERIG -> "andere betrokkene";
        };
    }

    static String status(OverdrachtStatus status) {
        return switch (status) {
            case CONCEPT -> "in voorbereiding bij Veilig Thuis";
            case VERZONDEN -> "verzonden";
            case ONTVANGEN -> "ontvangen";
            case GEACCEPTEERD -> "geaccepteerd";
            case TERUGGELEGD -> "teruggelegd bij Veilig Thuis";
            case INGETROKKEN -> "ingetrokken";
        };
    }

    private static String uitkomst(Beoordelingsuitkomst uitkomst) {
        if (uitkomst == null) {
            return null;
        }
        return switch (uitkomst) {
            case GEEN_VERVOLG -> "geen vervolg";
            case OVERDRACHT_LOKAAL_VELD -> "overdracht aan het lokale veld";
            case OVERDRACHT_LOPENDE_HULPVERLENING -> "overdracht aan de lopende hulpverlening";
            case OVERDRACHT_MULTIDISCIPLINAIR_TEAM -> "overdracht aan een multidisciplinair team";
            case OVERDRACHT_DIRECTBETROKKENEN -> "overdracht aan de directbetrokkenen";
            case CRISISINTERVENTIE -> "crisisinterventie";
            case ONDERZOEK -> "onderzoek";
            case VOORWAARDEN_EN_VERVOLG -> "voorwaarden en vervolg";
            case TIJDELIJK_HUISVERBOD -> "tijdelijk huisverbod";
        };
    }

    private static String naam(String voornaam, String achternaam) {
        String naam = ((voornaam == null ? "" : voornaam.strip()) + " " + (achternaam == null ? "" : achternaam.strip())).strip();
        return naam.isEmpty() ? null : naam;
    }
}
