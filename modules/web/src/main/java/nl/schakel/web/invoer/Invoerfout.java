package nl.schakel.web.invoer;

import java.util.List;
import nl.schakel.gedeeld.fout.OngeldigeParameter;

/**
 * Why the input policy refuses a request: the status and stable code, a Dutch detail, and the field or
 * parameter it concerns (none when the fault is the request as a whole, such as invalid UTF-8).
 */
public record Invoerfout(int status, String code, String titel, String detail, List<OngeldigeParameter> ongeldig) {

    static Invoerfout body(String detail) {
        return new Invoerfout(400, "API-400", "Ongeldig verzoek", detail, List.of());
    }

    static Invoerfout veld(String naam, String reden) {
        return new Invoerfout(400, "API-400", "Ongeldig verzoek", "Een veld voldoet niet aan het invoerbeleid.",
                List.of(new OngeldigeParameter(naam, reden)));
    }

    static Invoerfout parameter(String naam, String reden) {
        return new Invoerfout(400, "API-002", "Ongeldige parameter", "Een parameter voldoet niet aan het invoerbeleid.",
                List.of(new OngeldigeParameter(naam, reden)));
    }
}
