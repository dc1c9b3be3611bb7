package nl.schakel.crisisdossier.domein;

import java.time.Instant;
import java.util.Optional;

/**
 * A file's DMFI at a glance, for the lists: whether it runs, the casusregisseur's organisation, the next planned review
 * moment and whether one is overdue (the clock Mijn crises escalates).
 */
public record Dmfioverzicht(boolean gestart, Optional<String> casusregisseurOrganisatie, Optional<Instant> volgendeEvaluatie,
        boolean evaluatieVerlopen) {

    public static final Dmfioverzicht GEEN = new Dmfioverzicht(false, Optional.empty(), Optional.empty(), false);
}
