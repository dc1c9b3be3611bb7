package nl.schakel.web.meting;

import java.util.UUID;
import nl.schakel.overdracht.domein.Overdracht;

/** B2/B3's answer: a small summary of the overdracht read, no personal data. */
public record MetingOverdrachtJson(UUID id, int versie, String status, String eigenaarOrganisatie,
        String ontvangendeOrganisatie, int betrokkenen) {

    static MetingOverdrachtJson van(Overdracht overdracht) {
        return new MetingOverdrachtJson(overdracht.id(), overdracht.versie(), overdracht.status().name(),
                overdracht.eigenaarOrganisatie(), overdracht.ontvangendeOrganisatie().orElse(null),
                overdracht.inhoud().betrokkenenOfLeeg().size());
    }
}
