package nl.schakel.web.casusoverleg;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.schakel.casusoverleg.domein.Uitnodiging;

/** Who sits at an item: the organisation, since and until when, and whether it has shared its inbreng. */
@JsonbPropertyOrder({"organisatie", "uitgenodigdOp", "geldigTot", "beeindigdOp", "inbrengGedeeld"})
public record UitnodigingJson(String organisatie, Instant uitgenodigdOp, Instant geldigTot, Instant beeindigdOp, boolean inbrengGedeeld) {

    static List<UitnodigingJson> van(List<Uitnodiging> uitnodigingen, Set<String> gedeeldDoor) {
        return uitnodigingen.stream().map(u -> new UitnodigingJson(u.organisatieCode(), u.uitgenodigdOp(), u.geldigTot(),
                u.beeindigdOp().orElse(null), gedeeldDoor.contains(u.organisatieCode()))).toList();
    }
}
