package nl.schakel.web.meting;

/** B0/B1's fixed answer. */
public record MetingJson(String platform, String soort, int versie) {}
