package nl.schakel.web.casusoverleg;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.schakel.casusoverleg.domein.Uitnodiging;
import nl.schakel.toegang.domein.Afbakening;

/**
 * Who sits at an item: the organisation (and, when the invitation is narrowed, only which team or person of it), since
 * and until when (the end moves when the meeting does), and whether it has shared its inbreng.
 */
@JsonbPropertyOrder({"organisatie", "alleenVoor", "uitgenodigdOp", "geldigTot", "beeindigdOp", "inbrengGedeeld"})
public record UitnodigingJson(String organisatie, AlleenVoorJson alleenVoor, Instant uitgenodigdOp, Instant geldigTot,
        Instant beeindigdOp, boolean inbrengGedeeld) {

    /** One team or one person of the organisation; absent (null) when the whole organisation is invited. */
    @JsonbPropertyOrder({"team", "gebruikersnaam"})
    public record AlleenVoorJson(String team, String gebruikersnaam) {

        static AlleenVoorJson van(Afbakening afbakening) {
            return afbakening.isHeleOrganisatie() ? null
                    : new AlleenVoorJson(afbakening.team().orElse(null), afbakening.gebruikersnaam().orElse(null));
        }
    }

    static List<UitnodigingJson> van(List<Uitnodiging> uitnodigingen, Set<String> gedeeldDoor) {
        return uitnodigingen.stream().map(u -> new UitnodigingJson(u.organisatieCode(), AlleenVoorJson.van(u.afbakening()),
                u.uitgenodigdOp(), u.geldigTot(), u.beeindigdOp().orElse(null), gedeeldDoor.contains(u.organisatieCode()))).toList();
    }
}
