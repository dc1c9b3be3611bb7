package nl.schakel.web.verzoek;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.toegang.domein.verzoek.Deelverzoek;
import nl.schakel.toegang.domein.verzoek.Verzoek;
import nl.schakel.toegang.toepassing.Verzoekbehandeling.DeelMetVerzoek;

/**
 * A part as the answering organisation sees it: the kind of request, the contact point, the clock of the request, its
 * own resources about the person (type and id, to open through the flow's own screens, which decide and log that read)
 * and its answer. Not the contact point's reference, not the other organisations.
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "versie", "soort", "contactpunt", "ontvangenOp", "uiterlijkOp", "dagenOver", "teLaat", "status", "bronnen",
        "antwoord", "beantwoordDoor", "beantwoordOp", "vrijgegeven"})
public record DeelverzoekJson(UUID id, int versie, String soort, String contactpunt, String ontvangenOp, String uiterlijkOp,
        long dagenOver, boolean teLaat, String status, List<BronJson> bronnen, String antwoord, String beantwoordDoor,
        String beantwoordOp, boolean vrijgegeven) {

    static DeelverzoekJson van(DeelMetVerzoek deelMetVerzoek, LocalDate vandaag) {
        Deelverzoek d = deelMetVerzoek.deel();
        Verzoek v = deelMetVerzoek.verzoek();
        return new DeelverzoekJson(d.id(), d.versie(), v.soort().name(), v.contactpunt(), v.termijn().ontvangenOp().toString(),
                v.termijn().uiterlijkOp().toString(), v.termijn().dagenOver(vandaag), d.isOpen() && v.isTeLaat(vandaag), d.status().name(),
                d.bronnen().stream().map(BronJson::van).toList(), d.antwoord().orElse(null), d.beantwoordDoor().orElse(null),
                d.beantwoordOp().map(Object::toString).orElse(null), d.vrijgegeven());
    }

    @JsonbPropertyOrder({"type", "id"})
    public record BronJson(String type, String id) {

        static BronJson van(String typeEnId) {
            int scheiding = typeEnId.indexOf(':');
            return new BronJson(typeEnId.substring(0, scheiding), typeEnId.substring(scheiding + 1));
        }
    }
}
