package nl.schakel.web.bekendheid;

/**
 * The question of a bekendheidscheck: {@code bsn}, or {@code achternaam} and {@code geboortedatum} (with an optional
 * {@code voornaam}); exactly one of the two (AVG-020). In the body, never in the URL: no personal data in addresses.
 */
public record BekendheidsvraagJson(String bsn, String achternaam, String voornaam, String geboortedatum) {}
