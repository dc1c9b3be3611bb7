package nl.schakel.overdracht.toepassing;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.gedeeld.pagina.Cursor;

/**
 * One return, as the organisation that made it may still see it after its grant ended: its own step on record (when,
 * who, why) and to which Veilig Thuis it went back — nothing of the case itself.
 *
 * @param stap the id of the return step (the list's sort key breaks ties on it)
 * @param overdracht the id of the overdracht; its first 8 characters are the case number the screens show
 * @param op when it was returned
 * @param door the name of the employee who returned it, as recorded then
 * @param reden the reason it gave (a return always has one)
 * @param veiligThuis the organisation code of the owner it went back to
 */
public record Teruglegging(UUID stap, UUID overdracht, Instant op, String door, String reden, String veiligThuis) {

    /** The short case number the screens, lists and notifications share. */
    public String zaaknummer() {
        return overdracht.toString().substring(0, 8);
    }

    /** The cursor of the next page after this row (newest first, the step's id to break ties). */
    public String alsCursor() {
        return Cursor.van(op, stap);
    }

    /** Where a page continues: after the return at {@code op} with step id {@code stap}. */
    public record Positie(Instant op, UUID stap) {

        /** Reads the {@code pagina} parameter; a forged one is 400 API-002, like every other cursor. */
        public static Optional<Positie> uitCursor(String cursor) {
            return Cursor.positie(cursor, delen -> {
                if (delen.length != 2) {
                    throw new IllegalArgumentException("twee delen verwacht");
                }
                return new Positie(Instant.parse(delen[0]), UUID.fromString(delen[1]));
            });
        }
    }
}
