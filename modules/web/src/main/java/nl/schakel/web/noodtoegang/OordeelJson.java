package nl.schakel.web.noodtoegang;

/** A reviewer's verdict: GERECHTVAARDIGD or NIET_GERECHTVAARDIGD, with a note (required for the latter). */
public record OordeelJson(String oordeel, String opmerking) {}
