package nl.schakel.web.monitoring;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.overdracht.domein.monitoring.Monitoringmoment;
import nl.schakel.overdracht.domein.monitoring.Monitoringplanning;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * One monitoring moment of an overdracht. The scores say how safe a family is, so they are category VEILIGHEID:
 * without that category they are left out and named in {@code achtergehouden}, like the overdracht's own fields.
 *
 * @param status GEPLAND or UITGEVOERD (stored); {@code fase} adds TE_DOEN and VERLOPEN from the dates
 * @param uiterlijk the last day the moment is on time
 */
@JsonbPropertyOrder({"id", "versie", "laatstGewijzigd", "overdracht", "maandenNaAcceptatie", "geplandOp", "uiterlijk",
    "status", "fase", "scoreDirectbetrokkene", "scoreProfessional", "uitgevoerdOp", "uitgevoerdDoor", "achtergehouden"})
public record MonitoringmomentJson(UUID id, int versie, Instant laatstGewijzigd, UUID overdracht, int maandenNaAcceptatie,
        LocalDate geplandOp, LocalDate uiterlijk, String status, String fase, Integer scoreDirectbetrokkene,
        Integer scoreProfessional, Instant uitgevoerdOp, String uitgevoerdDoor, List<String> achtergehouden) {

    static MonitoringmomentJson van(Monitoringmoment moment, Set<Gegevenscategorie> categorieen, Monitoringplanning planning,
            LocalDate vandaag) {
        boolean zichtbaar = categorieen.contains(Gegevenscategorie.VEILIGHEID);
        return new MonitoringmomentJson(moment.id(), moment.versie(), moment.laatstGewijzigd(), moment.overdrachtId(),
                moment.maandenNaAcceptatie(), moment.geplandOp(), planning.uiterlijk(moment.geplandOp()),
                status(moment), moment.fase(vandaag, planning).name(),
                zichtbaar ? moment.scoreDirectbetrokkene().orElse(null) : null,
                zichtbaar ? moment.scoreProfessional().orElse(null) : null,
                moment.uitgevoerdOp().orElse(null), moment.uitgevoerdDoorNaam().orElse(null),
                zichtbaar ? List.of() : List.of(Gegevenscategorie.VEILIGHEID.name()));
    }

    static String status(Monitoringmoment moment) {
        return moment.isUitgevoerd() ? "UITGEVOERD" : "GEPLAND";
    }
}
