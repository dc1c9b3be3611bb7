package nl.schakel.web.overdracht;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.overdracht.domein.Termijnen;

/** An overdracht in a list: only what is needed to pick it, no personal data. */
@JsonbPropertyOrder({"id", "versie", "laatstGewijzigd", "status", "eigenaarOrganisatie", "ontvangendeOrganisatie",
    "acceptatieUiterlijk", "acceptatieVerlopen", "opgeschaaldOp", "warmeOverdrachtOp"})
public record OverdrachtSamenvattingJson(
        UUID id, int versie, Instant laatstGewijzigd, String status, String eigenaarOrganisatie, String ontvangendeOrganisatie,
        LocalDate acceptatieUiterlijk, boolean acceptatieVerlopen, Instant opgeschaaldOp, LocalDate warmeOverdrachtOp) {

    /** Overdue shows in both sides' lists: past the acceptance term while not yet accepted or returned. */
    static OverdrachtSamenvattingJson van(Overdracht overdracht, Termijnen termijnen, Instant nu) {
        return new OverdrachtSamenvattingJson(overdracht.id(), overdracht.versie(), overdracht.laatstGewijzigd(),
                overdracht.status().name(), overdracht.eigenaarOrganisatie(), overdracht.ontvangendeOrganisatie().orElse(null),
                overdracht.acceptatieUiterlijk(termijnen).orElse(null), overdracht.isAcceptatieVerlopen(termijnen, nu),
                overdracht.opgeschaaldOp().orElse(null),
                overdracht.warmeOverdracht().map(w -> w.datum()).orElse(null));
    }
}
