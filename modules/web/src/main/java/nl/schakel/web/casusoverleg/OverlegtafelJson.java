package nl.schakel.web.casusoverleg;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Overlegtafel;

/** A standing table as configured: chair, organiser, members, purpose and legal basis, criteria and terms. */
@JsonbPropertyOrder({"id", "versie", "laatstGewijzigd", "naam", "voorzitter", "organisator", "leden", "doel", "grondslag",
    "criteria", "toegangsvensterDagen", "triagetermijnWerkdagen", "bewaartermijnMaanden", "bewaarregel"})
public record OverlegtafelJson(UUID id, int versie, Instant laatstGewijzigd, String naam, String voorzitter, String organisator,
        List<String> leden, String doel, String grondslag, List<CriteriumJson> criteria, int toegangsvensterDagen,
        int triagetermijnWerkdagen, int bewaartermijnMaanden, String bewaarregel) {

    @JsonbPropertyOrder({"code", "omschrijving"})
    public record CriteriumJson(String code, String omschrijving) {}

    static OverlegtafelJson van(Overlegtafel tafel) {
        return new OverlegtafelJson(tafel.id(), tafel.versie(), tafel.laatstGewijzigd(), tafel.naam(), tafel.voorzitterOrganisatie(),
                tafel.organisatorOrganisatie(), tafel.leden(), tafel.doel().name(), tafel.grondslag(),
                tafel.criteria().stream().map(c -> new CriteriumJson(c.code(), c.omschrijving())).toList(), tafel.toegangsvensterDagen(),
                tafel.triagetermijnWerkdagen(), tafel.bewaartermijnMaanden(), tafel.bewaarregel());
    }
}
