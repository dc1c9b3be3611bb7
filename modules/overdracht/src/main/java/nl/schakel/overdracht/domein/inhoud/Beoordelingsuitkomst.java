package nl.schakel.overdracht.domein.inhoud;

/**
 * The outcome of the veiligheidsbeoordeling (domain.md, flow 1): no follow-up, one of the overdrachten, or a
 * follow-up at Veilig Thuis after which an overdracht can still follow.
 */
public enum Beoordelingsuitkomst {
    GEEN_VERVOLG,
    OVERDRACHT_LOKAAL_VELD,
    OVERDRACHT_LOPENDE_HULPVERLENING,
    OVERDRACHT_MULTIDISCIPLINAIR_TEAM,
    OVERDRACHT_DIRECTBETROKKENEN,
    CRISISINTERVENTIE,
    ONDERZOEK,
    VOORWAARDEN_EN_VERVOLG,
    TIJDELIJK_HUISVERBOD;

    /** "Geen vervolg" closes the melding: there is nothing to hand over. */
    public boolean laatOverdrachtToe() {
        return this != GEEN_VERVOLG;
    }
}
