package nl.schakel.web.crisisdossier;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import nl.schakel.crisisdossier.domein.Veiligheidsbijdrage;
import nl.schakel.crisisdossier.toepassing.Gezamenlijkeveiligheid;

/**
 * The joint veiligheidsbeoordeling and veiligheidsplan: the joint (most severe) {@code oordeel}, whether the parts were
 * withheld from this caller, and every partner's part with its version (the If-Match of its next change).
 */
@JsonbPropertyOrder({"oordeel", "achtergehouden", "bijdragen"})
public record VeiligheidJson(String oordeel, boolean achtergehouden, List<BijdrageJson> bijdragen) {

    @JsonbPropertyOrder({"organisatieCode", "versie", "laatstGewijzigd", "gewijzigdDoor", "oordeel", "risicofactoren",
            "beschermendeFactoren", "afspraken"})
    public record BijdrageJson(String organisatieCode, int versie, Instant laatstGewijzigd, String gewijzigdDoor, String oordeel,
            List<String> risicofactoren, List<String> beschermendeFactoren, List<String> afspraken) {

        static BijdrageJson van(Veiligheidsbijdrage b) {
            return new BijdrageJson(b.organisatieCode(), b.versie(), b.laatstGewijzigd(), b.gewijzigdDoor(), b.oordeel().name(),
                    b.risicofactoren(), b.beschermendeFactoren(), b.afspraken());
        }
    }

    static VeiligheidJson van(Gezamenlijkeveiligheid veiligheid) {
        return new VeiligheidJson(veiligheid.oordeel().map(Enum::name).orElse(null), veiligheid.achtergehouden(),
                veiligheid.bijdragen().stream().map(BijdrageJson::van).toList());
    }
}
