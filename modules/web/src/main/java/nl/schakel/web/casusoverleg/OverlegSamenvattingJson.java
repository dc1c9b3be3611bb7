package nl.schakel.web.casusoverleg;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Overleg;

/** A meeting in a list, or as the context of an agenda item: when and where, who chairs, no agenda. */
@JsonbPropertyOrder({"id", "versie", "laatstGewijzigd", "overlegtafel", "datum", "aanvang", "einde", "plaats", "onlineLink",
    "voorzitter", "notulist"})
public record OverlegSamenvattingJson(UUID id, int versie, Instant laatstGewijzigd, UUID overlegtafel, LocalDate datum,
        LocalTime aanvang, LocalTime einde, String plaats, String onlineLink, String voorzitter, String notulist) {

    static OverlegSamenvattingJson van(Overleg o) {
        return new OverlegSamenvattingJson(o.id(), o.versie(), o.laatstGewijzigd(), o.overlegtafelId(), o.datum(), o.aanvang(),
                o.einde().orElse(null), o.plaats().orElse(null), o.onlineLink().orElse(null), o.voorzitter(), o.notulist());
    }
}
