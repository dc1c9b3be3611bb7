package nl.schakel.web.verzoek;

/**
 * The body of {@code POST /deelverzoeken/{id}/antwoord}: what the organisation found and did (≤ 2000 characters), and
 * optionally {@code vrijgeven: true} to release its holdings for the inzage report (the police and the OM are withheld
 * otherwise).
 */
public record AntwoordJson(String antwoord, Boolean vrijgeven) {}
