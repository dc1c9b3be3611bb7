package nl.schakel.web.verzoek;

/** The body of {@code POST /deelverzoeken/{id}/antwoord}: what the organisation found and did, ≤ 2000 characters. */
public record AntwoordJson(String antwoord) {}
