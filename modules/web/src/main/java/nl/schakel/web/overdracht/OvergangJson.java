package nl.schakel.web.overdracht;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import nl.schakel.overdracht.domein.Overgang;

/** One step in an overdracht's life, for the owner: from, to, when, by whom (name at that moment), why. */
@JsonbPropertyOrder({"volgnummer", "van", "naar", "op", "door", "organisatie", "reden"})
public record OvergangJson(int volgnummer, String van, String naar, Instant op, String door, String organisatie, String reden) {

    static OvergangJson van(Overgang overgang) {
        return new OvergangJson(overgang.volgnummer(), overgang.van().map(Enum::name).orElse(null), overgang.naar().name(),
                overgang.op(), overgang.door().naam(), overgang.door().organisatieCode(), overgang.reden().orElse(null));
    }
}
