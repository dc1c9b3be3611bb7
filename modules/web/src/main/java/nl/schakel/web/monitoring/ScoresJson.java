package nl.schakel.web.monitoring;

/** The body of {@code PUT /overdrachten/{id}/monitoringmomenten/{momentId}}: both safety scores, 0-10. */
public record ScoresJson(Integer scoreDirectbetrokkene, Integer scoreProfessional) {}
