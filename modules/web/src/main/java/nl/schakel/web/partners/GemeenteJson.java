package nl.schakel.web.partners;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import nl.schakel.partners.domein.Gemeente;

@JsonbPropertyOrder({"code", "naam", "regios", "gebieden", "opgegaanIn"})
public record GemeenteJson(String code, String naam, List<String> regios, List<GebiedJson> gebieden, String opgegaanIn) {

    @JsonbPropertyOrder({"naam", "regio"})
    public record GebiedJson(String naam, String regio) {}

    static GemeenteJson van(Gemeente gemeente) {
        return new GemeenteJson(
                gemeente.code(),
                gemeente.naam(),
                gemeente.regios().stream().map(Enum::name).toList(),
                gemeente.gebieden().stream().map(g -> new GebiedJson(g.naam(), g.regio().name())).toList(),
                gemeente.opgegaanIn().orElse(null));
    }
}
