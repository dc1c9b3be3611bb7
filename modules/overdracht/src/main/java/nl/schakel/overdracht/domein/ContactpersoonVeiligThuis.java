package nl.schakel.overdracht.domein;

import java.util.regex.Pattern;
import nl.schakel.gedeeld.fout.Validatie;

/**
 * Whom the receiver calls at Veilig Thuis about this case: a name and a work phone number, given by the sender with
 * the sending. It is about a Veilig Thuis employee at work, not about the family, so it belongs to no data category:
 * every grant that may read the overdracht sees it (the receiver's page tells them to ask Veilig Thuis).
 */
public record ContactpersoonVeiligThuis(String naam, String telefoon) {

    public static final String ONGELDIG = "OVD-022";
    static final int MAXIMALE_NAAM = 100;

    /**
     * A Dutch number as people write it (spaces, dashes, a bracketed area code allowed): ten digits starting with 0
     * (010-123 45 67, 06-12345678, 088-...), the same after +31 or 0031 without the 0, or a free or paid service
     * number (0800 or 090x and four to seven digits, such as Veilig Thuis's own 0800-2000).
     */
    private static final Pattern NEDERLANDS_NUMMER = Pattern.compile("0[1-9][0-9]{8}|(\\+|00)31[1-9][0-9]{8}|0(800|90[069])[0-9]{4,7}");
    private static final Pattern SCHRIJFWIJZE = Pattern.compile("[+0-9(][0-9 ()-]{5,24}");

    /** Checks both fields at once (400 OVD-022, each named by its JSON path); the valid one, stripped. */
    public static ContactpersoonVeiligThuis geldig(ContactpersoonVeiligThuis gegeven) {
        String naam = gegeven == null || gegeven.naam() == null ? null : gegeven.naam().strip();
        String telefoon = gegeven == null || gegeven.telefoon() == null ? null : gegeven.telefoon().strip();
        new Validatie()
                .verplicht("contactpersoonVeiligThuis.naam", naam)
                .maximaleLengte("contactpersoonVeiligThuis.naam", naam, MAXIMALE_NAAM)
                .regel(naam == null || naam.lines().count() <= 1, "contactpersoonVeiligThuis.naam", "Eén regel.")
                .verplicht("contactpersoonVeiligThuis.telefoon", telefoon)
                .regel(telefoon == null || telefoon.isEmpty() || isNederlandsNummer(telefoon), "contactpersoonVeiligThuis.telefoon",
                        "Een Nederlands telefoonnummer voor werk, zoals 010-123 45 67, 06-12345678 of +31 10 123 4567.")
                .controleer(ONGELDIG);
        return new ContactpersoonVeiligThuis(naam, telefoon);
    }

    /** Whether {@code nummer}, as a person would type it, is a Dutch phone number. */
    public static boolean isNederlandsNummer(String nummer) {
        if (nummer == null || !SCHRIJFWIJZE.matcher(nummer.strip()).matches()) {
            return false;
        }
        return NEDERLANDS_NUMMER.matcher(nummer.replaceAll("[ ()-]", "")).matches();
    }
}
