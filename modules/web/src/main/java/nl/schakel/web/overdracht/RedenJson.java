package nl.schakel.web.overdracht;

/** The body of a state change or break-glass that needs a reason. */
public record RedenJson(String reden) {}
