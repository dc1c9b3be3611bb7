package nl.schakel.web.bekendheid;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import nl.schakel.toegang.domein.bekendheid.Bekendheid;

/**
 * The answer: {@code bekend} and the organisations with their functional mailbox — nothing else, and always both keys,
 * so a known and an unknown person differ only in these values.
 */
@JsonbPropertyOrder({"bekend", "organisaties"})
public record BekendheidJson(boolean bekend, List<OrganisatieJson> organisaties) {

    static BekendheidJson van(Bekendheid bekendheid) {
        return new BekendheidJson(bekendheid.bekend(), bekendheid.organisaties().stream()
                .map(o -> new OrganisatieJson(o.code(), o.naam(), o.functioneleMailbox().orElse(null))).toList());
    }

    /** {@code functioneleMailbox} is null (and present) when the partner register has none for the organisation. */
    @JsonbNillable
    @JsonbPropertyOrder({"code", "naam", "functioneleMailbox"})
    public record OrganisatieJson(String code, String naam, String functioneleMailbox) {}
}
