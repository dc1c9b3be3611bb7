package nl.schakel.overdracht.domein.inhoud;

/** The forms of violence Veilig Thuis records for a melding; more than one may apply. */
public enum Geweldsvorm {
    LICHAMELIJK,
    PSYCHISCH,
    SEKSUEEL,
    VERWAARLOZING,
    ECONOMISCH,
    GETUIGE_HUISELIJK_GEWELD,
    EERGERELATEERD,
    STALKING,
    OUDERENMISHANDELING,
    HUWELIJKSDWANG,
    VROUWELIJKE_GENITALE_VERMINKING,
    ACHTERLATING,
    MENSENHANDEL,
    OVERIG
}
