package nl.schakel.web.toegang;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.schakel.toegang.domein.Toegang;

/** "Why can I see this": one of the caller's live grants, and when it ends; the same shape for every flow's {@code /toegang}. */
@JsonbPropertyOrder({"id", "reden", "doel", "categorieen", "organisatie", "team", "medewerker", "gebruikersnaam", "geldigVan",
    "geldigTot", "noodtoegang", "toelichting"})
public record ToegangJson(
        UUID id, String reden, String doel, List<String> categorieen, String organisatie, String team, String medewerker,
        String gebruikersnaam, Instant geldigVan, Instant geldigTot, boolean noodtoegang, String toelichting) {

    public static ToegangJson van(Toegang toegang) {
        return new ToegangJson(toegang.id(), toegang.reden().name(), toegang.doel().name(), toegang.categorieen().stream().sorted().map(Enum::name).toList(),
                toegang.organisatieCode(), toegang.team().orElse(null), toegang.medewerkerId().orElse(null),
                toegang.gebruikersnaam().orElse(null), toegang.geldigVan(), toegang.geldigTot().orElse(null), toegang.noodtoegang(), toegang.toelichting().orElse(null));
    }
}
