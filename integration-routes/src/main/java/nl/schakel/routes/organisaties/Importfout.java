package nl.schakel.routes.organisaties;

/**
 * Eén afgekeurde regel: regelnummer in het bestand (kopregel = 1), de organisatiecode (als die er is),
 * een foutcode ({@code VALIDATIE}, of de code uit het probleem van de API, zoals {@code ORG-002})
 * en de reden in het Nederlands.
 */
public record Importfout(long regel, String code, String foutcode, String reden) {

    public static final String VALIDATIE = "VALIDATIE";
}
