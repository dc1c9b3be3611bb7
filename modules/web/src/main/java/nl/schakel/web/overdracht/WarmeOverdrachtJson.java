package nl.schakel.web.overdracht;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.schakel.overdracht.domein.WarmeOverdracht;

/** The planned warm handover: a day, a Dutch local time ({@code "10:30"}) and a place. In and out. */
@JsonbPropertyOrder({"datum", "tijd", "plaats"})
public record WarmeOverdrachtJson(LocalDate datum, LocalTime tijd, String plaats) {

    WarmeOverdracht alsDomein() {
        return new WarmeOverdracht(datum, tijd, plaats);
    }

    static WarmeOverdrachtJson van(WarmeOverdracht planning) {
        return new WarmeOverdrachtJson(planning.datum(), planning.tijd(), planning.plaats());
    }
}
