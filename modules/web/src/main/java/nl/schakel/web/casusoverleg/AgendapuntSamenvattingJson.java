package nl.schakel.web.casusoverleg;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.UUID;
import nl.schakel.casusoverleg.toepassing.Agendapuntsamenvatting;

/** An item in "Mijn agendapunten": its place and its meeting, no case content. */
@JsonbPropertyOrder({"id", "versie", "laatstGewijzigd", "volgnummer", "status", "geheimhoudingBevestigd", "overleg"})
public record AgendapuntSamenvattingJson(UUID id, int versie, Instant laatstGewijzigd, int volgnummer, String status,
        boolean geheimhoudingBevestigd, OverlegSamenvattingJson overleg) {

    static AgendapuntSamenvattingJson van(Agendapuntsamenvatting samenvatting) {
        return new AgendapuntSamenvattingJson(samenvatting.punt().id(), samenvatting.punt().versie(), samenvatting.punt().laatstGewijzigd(),
                samenvatting.punt().volgnummer(), samenvatting.punt().status().name(), samenvatting.geheimhoudingBevestigd(),
                OverlegSamenvattingJson.van(samenvatting.overleg()));
    }
}
