package nl.schakel.web.verzoek;

/**
 * The body of {@code POST /verzoeken}: {@code soort}, the person by {@code bsn} and/or {@code achternaam} +
 * {@code geboortedatum} (optionally {@code voornaam}), the contact point's own {@code weergave} (initials and its file
 * number, ≤ 40) and {@code ontvangenOp}. In the body, never in the URL; the person's data are turned into the registry's
 * keyed hashes and not stored.
 */
public record VerzoekregistratieJson(String soort, String bsn, String achternaam, String voornaam, String geboortedatum, String weergave,
        String ontvangenOp) {}
