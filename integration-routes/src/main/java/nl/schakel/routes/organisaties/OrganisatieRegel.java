package nl.schakel.routes.organisaties;

/** Een goedgekeurde regel uit het bestand: het regelnummer (kopregel = 1) en de organisatie. */
public record OrganisatieRegel(long regel, Organisatie organisatie) {
}
