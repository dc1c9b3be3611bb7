package nl.schakel.web.verzoek;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.toegang.domein.verzoek.Deelverzoek;
import nl.schakel.toegang.domein.verzoek.Verzoek;

/**
 * A request as the functionaris gegevensbescherming oversees it: its kind, contact point and clock, and per part the
 * organisation, its status and whether it is overdue. Less than the contact point's own list: not its reference (the
 * initials it typed), no answers, no names of employees; the fg asks the contact point about a request by its id.
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "soort", "contactpunt", "status", "ontvangenOp", "uiterlijkOp", "verlengd", "dagenOver", "teLaat", "delen"})
public record VerzoektermijnJson(UUID id, String soort, String contactpunt, String status, String ontvangenOp, String uiterlijkOp,
        boolean verlengd, long dagenOver, boolean teLaat, List<DeelJson> delen) {

    static VerzoektermijnJson van(Verzoek v, LocalDate vandaag) {
        boolean verlopen = vandaag.isAfter(v.termijn().uiterlijkOp());
        return new VerzoektermijnJson(v.id(), v.soort().name(), v.contactpunt(), v.isAfgerond() ? "AFGEROND" : "IN_BEHANDELING",
                v.termijn().ontvangenOp().toString(), v.termijn().uiterlijkOp().toString(), v.termijn().isVerlengd(),
                v.termijn().dagenOver(vandaag), v.isTeLaat(vandaag), v.delen().stream().map(d -> DeelJson.van(d, verlopen)).toList());
    }

    /** One organisation's part: overdue while it is open after the request's due date. */
    @JsonbPropertyOrder({"organisatie", "status", "teLaat"})
    public record DeelJson(String organisatie, String status, boolean teLaat) {

        static DeelJson van(Deelverzoek d, boolean verlopen) {
            return new DeelJson(d.organisatie(), d.status().name(), d.isOpen() && verlopen);
        }
    }
}
