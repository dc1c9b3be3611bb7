package nl.schakel.web.overdracht;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.UUID;
import nl.schakel.overdracht.toepassing.Teruglegging;

/**
 * One return in "Door ons teruggelegd": the organisation's own step (when, by whom, why) and the Veilig Thuis it went
 * back to; the overdracht by id and case number only, no content (its grant ended with the return).
 */
@JsonbPropertyOrder({"overdracht", "zaaknummer", "teruggelegdOp", "teruggelegdDoor", "reden", "veiligThuis"})
public record TerugleggingJson(UUID overdracht, String zaaknummer, Instant teruggelegdOp, String teruggelegdDoor, String reden,
        OrganisatieNaamJson veiligThuis) {

    /** An organisation by code and the name the partner register gives it (the code when it has none). */
    @JsonbPropertyOrder({"code", "naam"})
    public record OrganisatieNaamJson(String code, String naam) {}

    static TerugleggingJson van(Teruglegging teruglegging, String veiligThuisNaam) {
        return new TerugleggingJson(teruglegging.overdracht(), teruglegging.zaaknummer(), teruglegging.op(), teruglegging.door(),
                teruglegging.reden(), new OrganisatieNaamJson(teruglegging.veiligThuis(), veiligThuisNaam));
    }
}
