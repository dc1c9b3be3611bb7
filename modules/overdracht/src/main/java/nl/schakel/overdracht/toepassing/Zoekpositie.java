package nl.schakel.overdracht.toepassing;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.gedeeld.pagina.Cursor;
import nl.schakel.overdracht.domein.Overdracht;

/**
 * The sort key of the last row of a page: newest change first, the id to break ties. Inside the opaque
 * cursor, so clients do not build it.
 */
public record Zoekpositie(Instant laatstGewijzigd, UUID id) {

    public static Zoekpositie na(Overdracht overdracht) {
        return new Zoekpositie(overdracht.laatstGewijzigd(), overdracht.id());
    }

    public String alsCursor() {
        return Cursor.maak(laatstGewijzigd + "|" + id);
    }

    /** Reads the {@code pagina} parameter; a forged one is {@code API-002}, like every other cursor. */
    public static Optional<Zoekpositie> uitCursor(String cursor) {
        return Cursor.lees(cursor).map(sleutel -> {
            String[] delen = sleutel.split("\\|", -1);
            try {
                if (delen.length != 2) {
                    throw new IllegalArgumentException(sleutel);
                }
                return new Zoekpositie(Instant.parse(delen[0]), UUID.fromString(delen[1]));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new ValidatieFout("API-002", "De paginaverwijzing is ongeldig.",
                        List.of(new OngeldigeParameter("pagina", "Gebruik de link uit _links.next.")));
            }
        });
    }
}
