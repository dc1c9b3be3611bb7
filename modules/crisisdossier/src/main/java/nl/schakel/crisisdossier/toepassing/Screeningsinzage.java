package nl.schakel.crisisdossier.toepassing;

import nl.schakel.crisisdossier.domein.Screeningsverzoek;

/**
 * A screening request as one reader may see it: always that it exists and where it stands; its question only when the
 * reader's grants show {@code GEZONDHEID} or its organisation asked it.
 */
public record Screeningsinzage(Screeningsverzoek verzoek, boolean vraagZichtbaar) {}
