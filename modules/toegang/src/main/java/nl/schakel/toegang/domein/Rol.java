package nl.schakel.toegang.domein;

import java.util.Optional;

/**
 * The realm roles of the platform (docs/access-model.md). The claim value is what Keycloak puts in the
 * token's {@code groups}; the label is what a professional reads on screen.
 */
public enum Rol {
    PROCESREGISSEUR("procesregisseur", "Procesregisseur Veilig Thuis"),
    CRISISMEDEWERKER("crisismedewerker", "Crisismedewerker Veilig Thuis"),
    /** Gets the overdrachten of the own organisation that passed their acceptance deadline (opschaling). */
    TEAMLEIDER("teamleider", "Teamleider"),
    WIJKTEAMMEDEWERKER("wijkteammedewerker", "Medewerker wijkteam"),
    POLITIEMEDEWERKER("politiemedewerker", "Medewerker politie"),
    OFFICIER_VAN_JUSTITIE("officier-van-justitie", "Officier van justitie"),
    RECLASSERINGSWERKER("reclasseringswerker", "Reclasseringswerker"),
    RAADSONDERZOEKER("raadsonderzoeker", "Raadsonderzoeker"),
    CIT_MEDEWERKER("cit-medewerker", "Medewerker Crisis Interventie Team"),
    FILOMENA_MEDEWERKER("filomena-medewerker", "Medewerker Filomena"),
    ZVH_PROCESREGISSEUR("zvh-procesregisseur", "Procesregisseur Zorg- en Veiligheidshuis"),
    FUNCTIONARIS_GEGEVENSBESCHERMING("functionaris-gegevensbescherming", "Functionaris gegevensbescherming"),
    FUNCTIONEEL_BEHEERDER("functioneel-beheerder", "Functioneel beheerder"),
    INTEGRATIE("integratie", "Koppeling (systeemaccount)");

    /** Role names as constants, for {@code @RolesAllowed}. */
    public static final String INTEGRATIE_CLAIM = "integratie";

    private final String claim;
    private final String label;

    Rol(String claim, String label) {
        this.claim = claim;
        this.label = label;
    }

    public String claim() {
        return claim;
    }

    public String label() {
        return label;
    }

    public static Optional<Rol> vanClaim(String claim) {
        for (Rol rol : values()) {
            if (rol.claim.equals(claim)) {
                return Optional.of(rol);
            }
        }
        return Optional.empty();
    }
}
