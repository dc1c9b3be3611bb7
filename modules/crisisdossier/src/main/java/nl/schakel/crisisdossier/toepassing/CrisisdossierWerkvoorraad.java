package nl.schakel.crisisdossier.toepassing;

import static nl.schakel.crisisdossier.domein.CrisisdossierHandeling.ZOEKEN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.schakel.crisisdossier.infrastructuur.CrisisdossierRepository;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.toepassing.Toegangsdienst;
import nl.schakel.toegang.toepassing.werkvoorraad.Werkvoorraadbron;
import nl.schakel.toegang.toepassing.werkvoorraad.Werkvoorraadtegel;

/**
 * "Mijn crises" on Mijn werk: the open files the caller's grants open, how many of them passed their SOF7 days and how many
 * have an overdue DMFI review moment,
 * counted in SQL over the list's own filter. Numbers only, not logged; opening the list is.
 */
@ApplicationScoped
@Transactional
public class CrisisdossierWerkvoorraad implements Werkvoorraadbron {

    static final String STROOM = "crisisdossier";

    @Inject
    Toegangsdienst toegang;

    @Inject
    CrisisdossierRepository dossiers;

    Clock klok = Clock.systemUTC();

    @Override
    public List<Werkvoorraadtegel> tegelsVoor(Medewerker medewerker) {
        List<Werkvoorraadtegel> tegels = new ArrayList<>();
        toegang.telfilter(medewerker, ZOEKEN, "x.id").ifPresent(filter -> {
            long[] telling = dossiers.tel(filter, Instant.now(klok));
            tegels.add(new Werkvoorraadtegel(STROOM, "crises-open", "Mijn crises", telling[0], false, "#/crisisdossiers"));
            tegels.add(new Werkvoorraadtegel(STROOM, "sof7-verlopen", "SOF7 verlopen", telling[1], telling[1] > 0,
                    "#/crisisdossiers?sof7=verlopen"));
            tegels.add(new Werkvoorraadtegel(STROOM, "evaluatie-verlopen", "DMFI-evaluatie verlopen", telling[2], telling[2] > 0,
                    "#/crisisdossiers?evaluatie=verlopen"));
        });
        return tegels;
    }
}
