package nl.schakel.casusoverleg.toepassing;

import static nl.schakel.casusoverleg.domein.CasusoverlegHandeling.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Overlegtafel;
import nl.schakel.casusoverleg.infrastructuur.OverlegtafelRepository;
import nl.schakel.casusoverleg.infrastructuur.WerkvoorraadRepository;
import nl.schakel.gedeeld.kalender.Werkdagkalender;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.toepassing.Toegangsdienst;
import nl.schakel.toegang.toepassing.werkvoorraad.Werkvoorraadbron;
import nl.schakel.toegang.toepassing.werkvoorraad.Werkvoorraadtegel;

/**
 * The casusoverleg on "Mijn werk": what waits for the caller, counted in SQL over the same filter as the list each
 * tile opens, and only for the actions the caller's roles have a part in (no filter, no tile; no refusal logged).
 * Counts are no access to personal data and are not logged; opening the list behind a tile is.
 */
@ApplicationScoped
@Transactional
public class CasusoverlegWerkvoorraad implements Werkvoorraadbron {

    static final String STROOM = "casusoverleg";

    @Inject
    Toegangsdienst toegang;

    @Inject
    WerkvoorraadRepository tellingen;

    @Inject
    OverlegtafelRepository tafels;

    Clock klok = Clock.systemUTC();
    Werkdagkalender kalender = Werkdagkalender.NEDERLAND;

    @Override
    public List<Werkvoorraadtegel> tegelsVoor(Medewerker medewerker) {
        List<Werkvoorraadtegel> tegels = new ArrayList<>();
        Instant nu = Instant.now(klok);
        LocalDate vandaag = nu.atZone(Overlegtafel.NEDERLAND).toLocalDate();
        String organisatie = medewerker.organisatieCode().orElse("");
        toegang.telfilter(medewerker, AANMELDING_BEOORDELEN, "a.id").ifPresent(filter -> {
            List<WerkvoorraadRepository.Ingediend> ingediend = tellingen.ingediend(filter);
            Map<UUID, Optional<Overlegtafel>> perTafel = new HashMap<>();
            boolean verlopen = ingediend.stream().anyMatch(i -> perTafel.computeIfAbsent(i.overlegtafel(), tafels::tafel)
                    .map(t -> vandaag.isAfter(t.triageUiterlijk(i.ingediendOp(), kalender))).orElse(false));
            tegels.add(new Werkvoorraadtegel(STROOM, "aanmeldingen-triage", "Aanmeldingen die wachten op triage", ingediend.size(),
                    verlopen, "#/casusoverleg/triage"));
        });
        toegang.telfilter(medewerker, INBRENG_LEVEREN, "a.id", "a.overleg_id").ifPresent(filter -> tegels.add(new Werkvoorraadtegel(
                STROOM, "inbreng-gevraagd", "Agendapunten die op uw inbreng wachten", tellingen.inbrengGevraagd(filter, organisatie,
                        vandaag, nu), false, "#/casusoverleg/agendapunten")));
        toegang.telfilter(medewerker, ACTIES_ZOEKEN, "x.id", "x.agendapunt_id", "x.overleg_id").ifPresent(filter -> {
            long[] open = tellingen.openActies(filter, organisatie, vandaag);
            tegels.add(new Werkvoorraadtegel(STROOM, "acties-open", "Open acties van uw organisatie", open[0], open[1] > 0,
                    "#/casusoverleg/acties"));
        });
        toegang.telfilter(medewerker, AANMELDING_WIJZIGEN, "a.id").ifPresent(filter -> {
            long[] eigen = tellingen.eigenAanmeldingen(filter, organisatie);
            tegels.add(new Werkvoorraadtegel(STROOM, "aanmeldingen-eigen", "Eigen aanmeldingen in behandeling", eigen[0], eigen[1] > 0,
                    "#/casusoverleg/aanmeldingen"));
        });
        toegang.telfilter(medewerker, OVERLEGGEN_ZOEKEN, "o.id").ifPresent(filter -> tegels.add(new Werkvoorraadtegel(STROOM,
                "overleggen-gepland", "Geplande casusoverleggen", tellingen.geplandeOverleggen(filter, vandaag), false,
                "#/casusoverleg/overleggen")));
        return tegels;
    }
}
