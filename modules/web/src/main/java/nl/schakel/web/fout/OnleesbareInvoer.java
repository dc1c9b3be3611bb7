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

    // Yasson's wording (Payara 6): "Json property bsn can not be mapped to a class ..."
    private static final Pattern ONBEKEND_VELD = Pattern.compile("Json property (\\S+) can not be mapped");
    // "Unable to deserialize property 'gemeenten' because of: ..."
    private static final Pattern VELD = Pattern.compile("deserialize property '([^']+)'");

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
        return Response.status(400).type(Probleem.MEDIA_TYPE).entity(probleem(fout, correlatie)).build();
    }

    static Probleem probleem(JsonbException fout, String correlatie) {
        String bericht = alleBerichten(fout);
        Matcher onbekend = ONBEKEND_VELD.matcher(bericht);
        if (onbekend.find()) {
            return probleem("Het verzoek bevat een veld dat deze bron niet kent.", correlatie,
                    List.of(new OngeldigeParameter(onbekend.group(1), "Onbekend veld.")));
        }
        Matcher veld = VELD.matcher(bericht);
        if (veld.find()) {
            return probleem("Een veld heeft een verkeerd type of formaat.", correlatie,
                    List.of(new OngeldigeParameter(veld.group(1), "Verkeerd type of formaat.")));
        }
        return probleem("De inhoud is geen geldige JSON voor deze bron.", correlatie, List.of());
    }

    private static Probleem probleem(String detail, String correlatie, List<OngeldigeParameter> ongeldig) {
        return Probleem.van(400, "API-400", "Ongeldig verzoek", detail, correlatie, ongeldig);
    }

    private static String alleBerichten(Throwable fout) {
        StringBuilder tekst = new StringBuilder();
        for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause()) {
            tekst.append(' ').append(oorzaak.getMessage());
        }
        return tekst.toString();
    }
}
