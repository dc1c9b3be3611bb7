package nl.schakel.gedeeld.fout;

/** One invalid input field: its name as the client sent it and a Dutch reason. */
public record OngeldigeParameter(String name, String reason) {}
