package nl.schakel.overdracht.toepassing;

import nl.schakel.overdracht.domein.monitoring.Monitoringmoment;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.gedeeld.pagina.Cursor;
import nl.schakel.gedeeld.sql.SqlPredicaat;

/**
 * A search over monitoring moments, earliest planned date first, paged by cursor. {@code toegang} is required
 * (fail closed): the caller's grants as an SQL predicate over {@code m.overdracht_id}.
 *
 * @param uitgevoerd empty = both; true = recorded (UITGEVOERD), false = not yet (GEPLAND)
 * @param geplandTot only moments planned on or before this day (e.g. today: what is due)
 */
public record MonitoringZoekvraag(SqlPredicaat toegang, Optional<Boolean> uitgevoerd, Optional<LocalDate> geplandTot,
        Optional<String> pagina, int grootte) {

    public MonitoringZoekvraag {
        Objects.requireNonNull(toegang, "toegang");
        if (grootte < 1 || grootte > Cursor.MAXIMALE_GROOTTE) {
            throw new IllegalArgumentException("grootte buiten 1.." + Cursor.MAXIMALE_GROOTTE);
        }
    }

    /** The sort key of the last row of the previous page; a forged cursor is {@code API-002}. */
    public Optional<Positie> positie() {
        return pagina.flatMap(Cursor::lees).map(sleutel -> {
            String[] delen = sleutel.split("\\|", -1);
            try {
                return new Positie(LocalDate.parse(delen[0]), java.util.UUID.fromString(delen[1]));
            } catch (RuntimeException e) {
                throw new ValidatieFout("API-002", "De paginaverwijzing is ongeldig.",
                        List.of(new OngeldigeParameter("pagina", "Gebruik de link uit _links.next.")));
            }
        });
    }

    public record Positie(LocalDate geplandOp, java.util.UUID id) {

        public static String cursor(Monitoringmoment moment) {
            return Cursor.maak(moment.geplandOp() + "|" + moment.id());
        }
    }
}
