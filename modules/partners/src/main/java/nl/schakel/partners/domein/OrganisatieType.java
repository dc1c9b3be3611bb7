package nl.schakel.partners.domein;

/** The kinds of partner on the platform; the access policy is written per type. */
public enum OrganisatieType {
    VEILIG_THUIS,
    WIJKTEAM,
    POLITIE,
    OPENBAAR_MINISTERIE,
    RECLASSERING,
    RAAD_VOOR_DE_KINDERBESCHERMING,
    JEUGDBESCHERMING,
    CRISISINTERVENTIETEAM,
    /** Centrum huiselijk geweld en kindermishandeling (Filomena). */
    CENTRUM_HGKM,
    ZORG_EN_VEILIGHEIDSHUIS,
    OPVANG,
    OVERIGE_PARTNER,
    PLATFORMBEHEER
}
