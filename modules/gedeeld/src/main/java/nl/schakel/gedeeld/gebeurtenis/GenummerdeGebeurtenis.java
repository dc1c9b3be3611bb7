package nl.schakel.gedeeld.gebeurtenis;

import java.util.Objects;

/**
 * An event as the feed reads it back: with the {@code volgnummer} the database gave it at insert (1, 2, 3, … in
 * commit order, without gaps), the reader's cursor.
 */
public record GenummerdeGebeurtenis(long volgnummer, Gebeurtenis gebeurtenis) {

    public GenummerdeGebeurtenis {
        if (volgnummer < 1) {
            throw new IllegalArgumentException("volgnummer begint bij 1: " + volgnummer);
        }
        Objects.requireNonNull(gebeurtenis, "gebeurtenis");
    }
}
