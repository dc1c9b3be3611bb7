package nl.schakel.web.verzoek;

/** The body of {@code POST /verzoeken/{id}/verzoeker-geinformeerd}: the day the requester was told ({@code YYYY-MM-DD}). */
public record DatumJson(String datum) {}
