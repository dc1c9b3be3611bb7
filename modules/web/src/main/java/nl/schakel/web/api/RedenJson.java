package nl.schakel.web.api;

/** The body of a state change or break-glass that needs a reason (every flow). */
public record RedenJson(String reden) {}
