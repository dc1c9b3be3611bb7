package nl.schakel.routes.organisaties;

/** Organisatietypen volgens de afspraken tussen de onderdelen (docs/afspraken-tussen-onderdelen.md). */
public enum OrganisatieType {
    VEILIG_THUIS,
    WIJKTEAM,
    POLITIE,
    OPENBAAR_MINISTERIE,
    RECLASSERING,
    RAAD_VOOR_DE_KINDERBESCHERMING,
    JEUGDBESCHERMING,
    CRISISINTERVENTIETEAM,
    CENTRUM_HGKM,
    ZORG_EN_VEILIGHEIDSHUIS,
    OPVANG,
    OVERIGE_PARTNER,
    PLATFORMBEHEER;

    public static boolean bestaat(String naam) {
        for (OrganisatieType t : values()) {
            if (t.name().equals(naam)) {
                return true;
            }
        }
        return false;
    }
}
