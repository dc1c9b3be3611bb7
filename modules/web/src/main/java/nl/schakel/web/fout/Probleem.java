package nl.schakel.web.fout;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import nl.schakel.gedeeld.fout.OngeldigeParameter;

/**
 * An RFC 9457 problem body with the NL API Design Rules' extensions {@code code} and
 * {@code invalidParams}. It never carries a stack trace, SQL or a class name.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "code", "invalidParams"})
public record Probleem(
        String type, String title, int status, String detail, String instance, String code,
        List<OngeldigeParameter> invalidParams) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Probleem van(int status, String code, String titel, String detail, String correlatieId,
            List<OngeldigeParameter> ongeldig) {
        return new Probleem("urn:schakel:fout:" + code, titel, status, detail, "urn:uuid:" + correlatieId, code,
                ongeldig.isEmpty() ? null : List.copyOf(ongeldig));
    }
}
