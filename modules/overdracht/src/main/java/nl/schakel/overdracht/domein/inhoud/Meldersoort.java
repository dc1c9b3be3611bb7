package nl.schakel.overdracht.domein.inhoud;

/**
 * What kind of melder reported, because it decides what Veilig Thuis may tell them afterwards: a professional
 * (under the meldcode) gets a feedback letter addressed to them, a private person a plainer one, an anonymous
 * melder none at all (there is nobody to write to, and trying to find them would undo the anonymity).
 */
public enum Meldersoort {
    PROFESSIONEEL,
    PARTICULIER,
    ANONIEM
}
