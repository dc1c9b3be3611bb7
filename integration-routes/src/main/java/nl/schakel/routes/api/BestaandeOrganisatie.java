package nl.schakel.routes.api;

import nl.schakel.routes.organisaties.Organisatie;

/** Een organisatie zoals de API haar teruggeeft: met id en versie (voor If-Match). */
public record BestaandeOrganisatie(String id, String versie, Organisatie gegevens) {
}
