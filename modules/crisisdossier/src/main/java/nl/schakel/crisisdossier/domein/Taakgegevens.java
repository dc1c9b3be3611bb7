package nl.schakel.crisisdossier.domein;

import java.time.Instant;

/** A task as a partner's screen sends it; {@code status} only when changing (a new task is OPEN). */
public record Taakgegevens(String omschrijving, String expertise, String organisatieCode, String medewerker, Boolean gaatErheen,
        Instant gepland, String status) {}
