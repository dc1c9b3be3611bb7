package nl.schakel.crisisdossier.domein;

/** The stable error codes of flow 3 (docs/foutcodes.md); partners may act on them. */
public final class Foutcodes {

    /** The crisismelding breaks a rule; {@code invalidParams} names each field. */
    public static final String ONGELDIGE_MELDING = "CRS-001";
    /** A partner code is unknown, or its organisation type is no crisis partner. */
    public static final String ONBEKENDE_PARTNER = "CRS-002";
    /** An entry breaks a rule (soort or categorie unknown, tekst empty or over 4000, reden missing). */
    public static final String ONGELDIGE_AANTEKENING = "CRS-003";
    /** A task breaks a rule (organisation not a partner of the file, omschrijving empty or over 500, unknown status). */
    public static final String ONGELDIGE_TAAK = "CRS-004";
    /** The closure breaks a rule (unknown uitkomst, reden missing or over 2000). */
    public static final String ONGELDIGE_SLUITING = "CRS-005";
    /** Only the author organisation corrects or withdraws its entry. */
    public static final String NIET_DE_AUTEUR = "CRS-010";
    /** The entry is withdrawn: it takes no more corrections. */
    public static final String AANTEKENING_INGETROKKEN = "CRS-011";
    /** The file is closed: nothing in it changes any more. */
    public static final String DOSSIER_GESLOTEN = "CRS-012";
    /** Only Veilig Thuis scales a crisis down to an overdracht (its own hand-over of flow 1). */
    public static final String ALLEEN_VEILIG_THUIS = "CRS-013";
    /** The SOF7 investigation was never started in this file: there is nothing to record as done. */
    public static final String SOF7_NIET_GESTART = "CRS-014";
    /** The SOF7 investigation is already done: it is recorded once. */
    public static final String SOF7_AL_AFGEROND = "CRS-015";
    /** The SOF7 conclusion breaks a rule (empty or over 2000). */
    public static final String ONGELDIGE_SOF7_AFRONDING = "CRS-016";
    /** A screening request or its status change breaks a rule (soort, vraag, spoed; status, gepland, reden). */
    public static final String ONGELDIG_SCREENINGSVERZOEK = "CRS-017";
    /** Filomena (the Centrum HGKM) is no partner of the file: a screening request has nobody to go to. */
    public static final String FILOMENA_GEEN_PARTNER = "CRS-018";
    /** The screening request's status does not move that way (its end states AFGEWEZEN and UITGEVOERD stay). */
    public static final String SCREENINGSSTATUS_ONMOGELIJK = "CRS-019";
    /** Only the organisation the request went to (Filomena) moves its status. */
    public static final String NIET_DE_UITVOERDER = "CRS-020";
    /** A part of the joint veiligheidsbeoordeling breaks its rules (every rule named at once). */
    public static final String ONGELDIGE_VEILIGHEIDSBIJDRAGE = "CRS-021";
    /** An organisation changes only its own part of the joint veiligheidsbeoordeling. */
    public static final String NIET_DE_EIGEN_BIJDRAGE = "CRS-022";
    /** The DMFI casusregisseur breaks a rule (organisation not a co-owner, name, number). */
    public static final String ONGELDIGE_DMFI = "CRS-023";
    /** A DMFI review moment or its recording breaks a rule (moment, onderwerp, uitkomst, toelichting, the maximum). */
    public static final String ONGELDIG_EVALUATIEMOMENT = "CRS-024";
    /** The review moment is already recorded as held or cancelled: it is recorded once. */
    public static final String EVALUATIE_AL_VASTGELEGD = "CRS-025";
    /** DMFI has not been started in this file: name a casusregisseur first. */
    public static final String DMFI_NIET_GESTART = "CRS-026";
    /** No such file, entry or task (or no grant on it: the same answer). */
    public static final String NIET_GEVONDEN = "CRS-404";

    private Foutcodes() {}
}
