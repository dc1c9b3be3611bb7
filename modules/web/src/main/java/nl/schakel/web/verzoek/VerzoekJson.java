package nl.schakel.web.verzoek;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.toegang.domein.verzoek.Deelverzoek;
import nl.schakel.toegang.domein.verzoek.Verzoek;

/**
 * A request as its contact point sees it: the kind, its own reference, the clock (due date, days left, overdue,
 * extended and why) and the progress of every organisation's part. No person data: the reference is what the contact
 * point typed; the parts name organisations and their answers.
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "versie", "soort", "weergave", "contactpunt", "status", "ontvangenOp", "uiterlijkOp", "dagenOver", "teLaat",
        "verlengd", "verlenging", "verzoekerGeinformeerdOp", "geregistreerdDoor", "geregistreerdOp", "aantalDelen", "aantalBeantwoord", "delen"})
public record VerzoekJson(UUID id, int versie, String soort, String weergave, String contactpunt, String status, String ontvangenOp,
        String uiterlijkOp, long dagenOver, boolean teLaat, boolean verlengd, VerlengingJson verlenging, String verzoekerGeinformeerdOp,
        String geregistreerdDoor, String geregistreerdOp, int aantalDelen, long aantalBeantwoord, List<DeelJson> delen) {

    static VerzoekJson van(Verzoek v, LocalDate vandaag) {
        return new VerzoekJson(v.id(), v.versie(), v.soort().name(), v.weergave(), v.contactpunt(),
                v.isAfgerond() ? "AFGEROND" : "IN_BEHANDELING", v.termijn().ontvangenOp().toString(),
                v.termijn().uiterlijkOp().toString(), v.termijn().dagenOver(vandaag), v.isTeLaat(vandaag), v.termijn().isVerlengd(),
                v.termijn().verlenging().map(l -> new VerlengingJson(l.reden(), l.door(), l.op().toString())).orElse(null),
                v.geinformeerdOp().map(LocalDate::toString).orElse(null), v.geregistreerdDoor(), v.geregistreerdOp().toString(),
                v.delen().size(), v.aantalBeantwoord(), v.delen().stream().map(DeelJson::van).toList());
    }

    @JsonbPropertyOrder({"reden", "door", "op"})
    public record VerlengingJson(String reden, String door, String op) {}

    /** One organisation's part, as the contact point follows it. */
    @JsonbNillable
    @JsonbPropertyOrder({"id", "organisatie", "status", "antwoord", "beantwoordDoor", "beantwoordOp"})
    public record DeelJson(UUID id, String organisatie, String status, String antwoord, String beantwoordDoor, String beantwoordOp) {

        static DeelJson van(Deelverzoek d) {
            return new DeelJson(d.id(), d.organisatie(), d.status().name(), d.antwoord().orElse(null), d.beantwoordDoor().orElse(null),
                    d.beantwoordOp().map(Object::toString).orElse(null));
        }
    }
}
