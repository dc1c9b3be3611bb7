package nl.schakel.web.fout;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.schakel.gedeeld.fout.OngeldigeParameter;

/**
 * A body that is not the JSON the resource expects: unknown fields, wrong types, broken syntax. The
 * reason names the field when the JSON-B runtime tells which one, never the Java class.
 */
final class OnleesbareInvoer {

    private static final Pattern ONBEKEND_VELD = Pattern.compile("(?i)unknown propert(?:y|ies)[^'\"]*['\"]([^'\"]+)['\"]");
    private static final Pattern VELD = Pattern.compile("(?i)propert(?:y|ies)\\s*:?\\s*['\"]?([A-Za-z_][A-Za-z0-9_]*)['\"]?");

    private OnleesbareInvoer() {}

    static JsonbException jsonFout(Throwable fout) {
        for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause()) {
            if (oorzaak instanceof JsonbException json) {
                return json;
            }
        }
        return null;
    }

    static Response antwoord(JsonbException fout, String correlatie) {
        String bericht = alleBerichten(fout);
        Matcher onbekend = ONBEKEND_VELD.matcher(bericht);
        if (onbekend.find()) {
            return Problemen.algemeen(400, "Het verzoek bevat een veld dat deze bron niet kent.", correlatie,
                    List.of(new OngeldigeParameter(onbekend.group(1), "Onbekend veld.")));
        }
        Matcher veld = VELD.matcher(bericht);
        if (veld.find()) {
            return Problemen.algemeen(400, "Een veld heeft een verkeerd type of formaat.", correlatie,
                    List.of(new OngeldigeParameter(veld.group(1), "Verkeerd type of formaat.")));
        }
        return Problemen.algemeen(400, "De inhoud is geen geldige JSON voor deze bron.", correlatie, List.of());
    }

    private static String alleBerichten(Throwable fout) {
        StringBuilder tekst = new StringBuilder();
        for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause()) {
            tekst.append(' ').append(oorzaak.getMessage());
        }
        return tekst.toString();
    }
}
