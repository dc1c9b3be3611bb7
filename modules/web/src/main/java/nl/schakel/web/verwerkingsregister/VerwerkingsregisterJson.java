package nl.schakel.web.verwerkingsregister;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import nl.schakel.toegang.domein.bewaren.Bewaarregel;
import nl.schakel.toegang.domein.register.Registerverwerking;
import nl.schakel.toegang.domein.register.Verwerkingsregister;

/**
 * The register of processing (AVG art. 30) as JSON. A generated document, not a resource with its own versions: it
 * names the versions of the configuration it was generated from instead ({@code beleidsversie},
 * {@code bewaartermijnenversie}). Codes are the API's enums; the screen gives them their Dutch words.
 */
@JsonbPropertyOrder({"beleidsversie", "bewaartermijnenversie", "verwerkingen"})
public record VerwerkingsregisterJson(String beleidsversie, String bewaartermijnenversie, List<VerwerkingJson> verwerkingen) {

    @JsonbPropertyOrder({"doel", "omschrijving", "grondslag", "verwerkingsverantwoordelijken", "gegevenscategorieen", "betrokkenen",
        "ontvangers", "rollen", "bewaartermijnen", "bewaardMet"})
    public record VerwerkingJson(String doel, String omschrijving, String grondslag, List<VerantwoordelijkeJson> verwerkingsverantwoordelijken,
            List<String> gegevenscategorieen, List<String> betrokkenen, List<OntvangerJson> ontvangers, List<RolJson> rollen,
            List<BewaartermijnJson> bewaartermijnen, String bewaardMet) {}

    public record VerantwoordelijkeJson(String organisatietype, List<OrganisatieJson> organisaties) {}

    public record OrganisatieJson(String code, String naam) {}

    public record OntvangerJson(String organisatietype, List<String> gegevenscategorieen) {}

    public record RolJson(String code, String omschrijving) {}

    @JsonbPropertyOrder({"brontype", "eigenaar", "jaren", "maanden", "start", "omschrijving", "toelichting"})
    public record BewaartermijnJson(String brontype, String eigenaar, int jaren, int maanden, String start, String omschrijving,
            String toelichting) {}

    static VerwerkingsregisterJson van(Verwerkingsregister register) {
        return new VerwerkingsregisterJson(register.beleidsversie(), register.bewaartermijnenversie(),
                register.verwerkingen().stream().map(VerwerkingsregisterJson::verwerking).toList());
    }

    private static VerwerkingJson verwerking(Registerverwerking v) {
        return new VerwerkingJson(v.doel().name(), v.omschrijving(), v.grondslag(),
                v.verantwoordelijken().stream().map(r -> new VerantwoordelijkeJson(r.organisatietype(),
                        r.organisaties().stream().map(o -> new OrganisatieJson(o.code(), o.naam())).toList())).toList(),
                v.categorieen().stream().map(Enum::name).sorted().toList(), v.betrokkenen(),
                v.ontvangers().stream().map(o -> new OntvangerJson(o.organisatietype(),
                        o.categorieen().stream().map(Enum::name).sorted().toList())).toList(),
                v.rollen().stream().map(r -> new RolJson(r.code(), r.omschrijving())).toList(),
                v.bewaartermijnen().stream().map(VerwerkingsregisterJson::bewaartermijn).toList(),
                v.bewaardMet().map(Enum::name).orElse(null));
    }

    private static BewaartermijnJson bewaartermijn(Bewaarregel r) {
        return new BewaartermijnJson(r.brontype(), r.eigenaar(), r.termijn().jaren(), r.termijn().maanden(), r.start().name(),
                r.omschrijving(), r.toelichting());
    }
}
