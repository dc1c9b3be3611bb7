package nl.schakel.web.overdracht;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.UUID;
import nl.schakel.overdracht.domein.Overdracht;

/** An overdracht in a list: only what is needed to pick it, no personal data. */
@JsonbPropertyOrder({"id", "versie", "laatstGewijzigd", "status", "eigenaarOrganisatie", "ontvangendeOrganisatie"})
public record OverdrachtSamenvattingJson(
        UUID id, int versie, Instant laatstGewijzigd, String status, String eigenaarOrganisatie, String ontvangendeOrganisatie) {

    static OverdrachtSamenvattingJson van(Overdracht overdracht) {
        return new OverdrachtSamenvattingJson(overdracht.id(), overdracht.versie(), overdracht.laatstGewijzigd(),
                overdracht.status().name(), overdracht.eigenaarOrganisatie(), overdracht.ontvangendeOrganisatie().orElse(null));
    }
}
