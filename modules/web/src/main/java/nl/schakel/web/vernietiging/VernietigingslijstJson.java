package nl.schakel.web.vernietiging;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.toegang.domein.bewaren.Grafsteen;
import nl.schakel.toegang.domein.bewaren.Vernietigingslijst;

/**
 * A destruction list for the functionaris gegevensbescherming: ids, owners, dates and rules, never content. {@code items}
 * are what is (or was) on it; {@code grafstenen} what is left of what it destroyed.
 */
@JsonbPropertyOrder({"id", "versie", "opgesteldOp", "peildatum", "status", "goedgekeurdDoor", "goedgekeurdOp", "uitgevoerdOp", "items",
    "grafstenen"})
public record VernietigingslijstJson(UUID id, int versie, Instant opgesteldOp, LocalDate peildatum, String status, String goedgekeurdDoor,
        Instant goedgekeurdOp, Instant uitgevoerdOp, List<ItemJson> items, List<GrafsteenJson> grafstenen) {

    @JsonbPropertyOrder({"brontype", "bronId", "eigenaar", "klokstart", "vernietigingsdatum", "regel", "vernietigdOp"})
    public record ItemJson(String brontype, UUID bronId, String eigenaar, Instant klokstart, LocalDate vernietigingsdatum, String regel,
            Instant vernietigdOp) {}

    @JsonbPropertyOrder({"brontype", "bronId", "eigenaar", "klokstart", "vernietigingsdatum", "regel", "vernietigdOp", "lijst",
        "goedgekeurdDoor"})
    public record GrafsteenJson(String brontype, UUID bronId, String eigenaar, Instant klokstart, LocalDate vernietigingsdatum, String regel,
            Instant vernietigdOp, UUID lijst, String goedgekeurdDoor) {

        static GrafsteenJson van(Grafsteen g) {
            return new GrafsteenJson(g.brontype(), g.id(), g.eigenaar(), g.klokstart(), g.vernietigingsdatum(), g.regel(), g.vernietigdOp(),
                    g.lijstId(), g.goedgekeurdDoorNaam());
        }
    }

    static VernietigingslijstJson van(Vernietigingslijst lijst, List<Grafsteen> grafstenen) {
        return new VernietigingslijstJson(lijst.id(), lijst.versie(), lijst.opgesteldOp(), lijst.peildatum(), lijst.status().name(),
                lijst.goedgekeurdDoorNaam().orElse(null), lijst.goedgekeurdOp().orElse(null), lijst.uitgevoerdOp().orElse(null),
                lijst.items().stream().map(i -> new ItemJson(i.brontype(), i.id(), i.eigenaar(), i.klokstart(), i.vernietigingsdatum(),
                        i.regel(), i.vernietigdOp().orElse(null))).toList(),
                grafstenen.stream().map(GrafsteenJson::van).toList());
    }
}
