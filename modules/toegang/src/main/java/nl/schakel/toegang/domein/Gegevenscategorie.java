package nl.schakel.toegang.domein;

/**
 * The kinds of personal data a field group holds (docs/access-model.md). A grant lists the categories a
 * recipient may see; every other field group is withheld and named in the response.
 */
public enum Gegevenscategorie {
    /** Name, date of birth, gender, municipality (AVG art. 6). */
    IDENTITEIT,
    /** Citizen service number; only where a law allows (art. 87 UAVG). */
    BSN,
    /** Address, phone. */
    CONTACT,
    /** A secret or safe address: its own category, rarely shared. */
    ADRES_AFGESCHERMD,
    /** Veiligheidsbeoordeling, risk and protective factors, veiligheidsvoorwaarden, safety plan. */
    VEILIGHEID,
    /** Help asked and advised, current help, contact persons. */
    HULPVERLENING,
    /** Medical and forensic findings, GGZ (AVG art. 9, special category). */
    GEZONDHEID,
    /** Police and OM information, suspicions, convictions, huisverbod (AVG art. 10). */
    JUSTITIEEL,
    /** Identity of the reporter: never to the family, rarely to partners. */
    MELDER
}
