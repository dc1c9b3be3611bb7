package nl.schakel.casusoverleg.toepassing;

import static nl.schakel.toegang.toepassing.Persoonsgegevensbron.dag;
import static nl.schakel.toegang.toepassing.Persoonsgegevensbron.voeg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.AangemeldeBetrokkene;
import nl.schakel.casusoverleg.domein.Aanmelding;
import nl.schakel.casusoverleg.domein.AanmeldingStatus;
import nl.schakel.casusoverleg.domein.Aanmeldingsovergang;
import nl.schakel.casusoverleg.domein.Agendapunt;
import nl.schakel.casusoverleg.domein.Betrokkenenrol;
import nl.schakel.casusoverleg.domein.Bronnen;
import nl.schakel.casusoverleg.domein.Overleg;
import nl.schakel.casusoverleg.domein.Overlegtafel;
import nl.schakel.casusoverleg.infrastructuur.AanmeldingRepository;
import nl.schakel.casusoverleg.infrastructuur.OverlegRepository;
import nl.schakel.casusoverleg.infrastructuur.OverlegtafelRepository;
import nl.schakel.toegang.toepassing.Persoonsgegevensbron;

/**
 * The casusoverleg's part of the inzage report: what an aanmelding holds about one person. The person is the betrokkene
 * whose id is one of the person's registry ids: the id {@link Aanmeldingzaken} got from the person registry (name and date
 * of birth) when it recorded the aanmelding's betrokkenen, so nothing is recognised a second time here.
 * <p>
 * Given: that betrokkene's name, date of birth and role, and the case as a whole: the table, the status, the dates of its
 * registration and triage, and the dates of the meetings it was on. Left out: every other betrokkene and all free text
 * (the question to the table, the criteria's explanations, a reason for rejection or a question to the aanmelder): it
 * may be about others, so the aanmelder gives it on request. The inbreng, actions and minutes are resources of their
 * own and are not read here.
 */
@ApplicationScoped
public class Aanmeldingpersoonsgegevens implements Persoonsgegevensbron {


    @Inject
    AanmeldingRepository aanmeldingen;

    @Inject
    OverlegtafelRepository tafels;

    @Inject
    OverlegRepository overleggen;

    @Override
    public Set<String> brontypen() {
        return Set.of(Bronnen.AANMELDING.naam());
    }

    @Override
    public Optional<Persoonsgegevens> over(String bronType, UUID bronId, Set<UUID> persoon) {
        return aanmeldingen.aanmelding(bronId).flatMap(a -> over(a, persoon,
                tafels.tafel(a.overlegtafelId()).map(Overlegtafel::naam).orElse(null), overlegdata(a)));
    }

    /** The dates of the meetings with this case on their agenda, earliest first. */
    private List<LocalDate> overlegdata(Aanmelding aanmelding) {
        List<UUID> ids = overleggen.agendapuntenVan(aanmelding.id()).stream().map(Agendapunt::overlegId).distinct().toList();
        return overleggen.overleggen(ids).stream().map(Overleg::datum).sorted().toList();
    }

    /** The lines about the person in this aanmelding; empty when it does not name the person. */
    static Optional<Persoonsgegevens> over(Aanmelding aanmelding, Set<UUID> persoon, String tafel, List<LocalDate> overlegdata) {
        List<AangemeldeBetrokkene> zelf = aanmelding.betrokkenen().stream().filter(b -> persoon.contains(b.id())).toList();
        if (zelf.isEmpty()) {
            return Optional.empty();
        }
        List<Gegeven> gegevens = new ArrayList<>();
        for (AangemeldeBetrokkene b : zelf) {
            voeg(gegevens, "Naam", (b.voornaam() + " " + b.achternaam()).strip());
            voeg(gegevens, "Geboortedatum", b.geboortedatum().orElse(null));
            voeg(gegevens, "Uw rol", rol(b.rol()));
        }
        voeg(gegevens, "Overlegtafel", tafel);
        voeg(gegevens, "Status", status(aanmelding.status()));
        voeg(gegevens, "Aangemeld op", dag(aanmelding.ingediendOp()));
        for (Aanmeldingsovergang stap : aanmelding.overgangen()) {
            stap(stap).ifPresent(label -> voeg(gegevens, label, dag(stap.op())));
        }
        overlegdata.forEach(datum -> voeg(gegevens, "Op de agenda van het casusoverleg van", datum));
        return Optional.of(new Persoonsgegevens(zelf.stream().map(AangemeldeBetrokkene::id).distinct().toList(), gegevens));
    }

    private static Optional<String> stap(Aanmeldingsovergang stap) {
        return Optional.ofNullable(switch (stap.naar()) {
            // the first submission is "aangemeld op"; a later one follows a question
            case INGEDIEND -> stap.van().isPresent() ? "Opnieuw ingediend op" : null;
            case AANVULLING_GEVRAAGD -> "Aanvulling gevraagd op";
            case GEACCEPTEERD -> "Geaccepteerd voor het casusoverleg op";
            case AFGEWEZEN -> "Afgewezen op (afgesloten)";
            case AFGESCHAALD -> "Afgeschaald op (afgesloten)";
        });
    }

    static String rol(Betrokkenenrol rol) {
        return switch (rol) {
            case SLACHTOFFER -> "slachtoffer";
            case VERMOEDELIJKE_PLEGER -> "vermoedelijke pleger";
            case KIND -> "kind";
            case OUDER -> "ouder";
            case OVERIG -> "andere betrokkene";
        };
    }

    static String status(AanmeldingStatus status) {
        return switch (status) {
            case INGEDIEND -> "aangemeld, wacht op beoordeling";
            case AANVULLING_GEVRAAGD -> "aanvulling gevraagd aan de aanmelder";
            case GEACCEPTEERD -> "geaccepteerd voor het casusoverleg";
            case AFGEWEZEN -> "afgewezen";
            case AFGESCHAALD -> "afgeschaald";
        };
    }
}
