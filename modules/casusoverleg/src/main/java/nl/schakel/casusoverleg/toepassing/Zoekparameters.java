package nl.schakel.casusoverleg.toepassing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.gedeeld.pagina.Cursor;

/** Query parameters of the lists: dates and the opaque page cursors (the sort key of the last row, joined by '|'). */
final class Zoekparameters {

    private Zoekparameters() {}

    static Optional<LocalDate> datum(String naam, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(waarde.strip()));
        } catch (DateTimeParseException e) {
            throw new ValidatieFout("API-002", "Ongeldige datum.", List.of(new OngeldigeParameter(naam, "Een datum als JJJJ-MM-DD.")));
        }
    }

    /** An action's status as a list filter: an unknown one is the caller's error (400 API-002). */
    static nl.schakel.casusoverleg.domein.ActieStatus actiestatus(String waarde) {
        try {
            return nl.schakel.casusoverleg.domein.ActieStatus.valueOf(waarde.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidatieFout("API-002", "Ongeldige status.", List.of(new OngeldigeParameter("status", "OPEN, GEDAAN of NIET_GEDAAN.")));
        }
    }

    static String cursor(Object... sleutel) {
        return Cursor.van(sleutel);
    }

    static <T> Optional<T> lees(String pagina, Function<String[], T> positie) {
        return Cursor.positie(pagina, positie);
    }
}
