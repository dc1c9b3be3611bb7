package nl.schakel.web.monitoring;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.schakel.overdracht.domein.monitoring.Monitoringmoment;
import nl.schakel.overdracht.domein.monitoring.Monitoringplanning;

/** A moment in a list: what is needed to plan the work and open the overdracht, no scores. */
@JsonbPropertyOrder({"id", "versie", "laatstGewijzigd", "overdracht", "maandenNaAcceptatie", "geplandOp", "uiterlijk",
    "status", "fase", "uitgevoerdOp"})
public record MonitoringmomentSamenvattingJson(UUID id, int versie, Instant laatstGewijzigd, UUID overdracht,
        int maandenNaAcceptatie, LocalDate geplandOp, LocalDate uiterlijk, String status, String fase, Instant uitgevoerdOp) {

    static MonitoringmomentSamenvattingJson van(Monitoringmoment moment, Monitoringplanning planning, LocalDate vandaag) {
        return new MonitoringmomentSamenvattingJson(moment.id(), moment.versie(), moment.laatstGewijzigd(),
                moment.overdrachtId(), moment.maandenNaAcceptatie(), moment.geplandOp(), planning.uiterlijk(moment.geplandOp()),
                MonitoringmomentJson.status(moment), moment.fase(vandaag, planning).name(), moment.uitgevoerdOp().orElse(null));
    }
}
