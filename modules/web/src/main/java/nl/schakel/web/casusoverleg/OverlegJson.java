package nl.schakel.web.casusoverleg;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Overleg;
import nl.schakel.casusoverleg.toepassing.Overleginzage;

/**
 * A meeting as its owners see it, with its agenda: per item who registered the case, who is invited (until when) and
 * who has shared its inbreng. No case content; that is read per item. {@code toegangTot} is when the invitations end.
 */
@JsonbPropertyOrder({"id", "versie", "laatstGewijzigd", "overlegtafel", "datum", "aanvang", "einde", "plaats", "onlineLink",
    "voorzitter", "voorzitterOrganisatie", "notulist", "organisator", "toegangTot", "geheimhoudingBevestigd", "agenda"})
public record OverlegJson(UUID id, int versie, Instant laatstGewijzigd, UUID overlegtafel, LocalDate datum, LocalTime aanvang,
        LocalTime einde, String plaats, String onlineLink, String voorzitter, String voorzitterOrganisatie, String notulist,
        String organisator, Instant toegangTot, boolean geheimhoudingBevestigd, List<AgendaregelJson> agenda) {

    @JsonbPropertyOrder({"id", "versie", "volgnummer", "status", "aanmelding", "aanmeldendeOrganisatie", "uitnodigingen",
        "inbrengGedeeldDoor"})
    public record AgendaregelJson(UUID id, int versie, int volgnummer, String status, UUID aanmelding, String aanmeldendeOrganisatie,
            List<UitnodigingJson> uitnodigingen, List<String> inbrengGedeeldDoor) {}

    static OverlegJson van(Overleginzage inzage) {
        Overleg o = inzage.overleg();
        return new OverlegJson(o.id(), o.versie(), o.laatstGewijzigd(), o.overlegtafelId(), o.datum(), o.aanvang(),
                o.einde().orElse(null), o.plaats().orElse(null), o.onlineLink().orElse(null), o.voorzitter(), o.voorzitterOrganisatie(),
                o.notulist(), o.organisatorOrganisatie(), inzage.toegangTot(), inzage.geheimhoudingBevestigd(), inzage.agenda().stream().map(r -> new AgendaregelJson(
                        r.punt().id(), r.punt().versie(), r.punt().volgnummer(), r.punt().status().name(), r.punt().aanmeldingId(),
                        r.aanmeldendeOrganisatie(), UitnodigingJson.van(r.uitnodigingen(), r.gedeeldDoor()),
                        r.gedeeldDoor().stream().sorted().toList())).toList());
    }
}
