package nl.schakel.gedeeld.persistentie;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A timestamptz column as a native query returns it, which depends on the driver and the pool's settings. */
public final class Tijdstipkolom {

    private Tijdstipkolom() {}

    /** The moment in {@code kolom}: a {@link Timestamp}, an {@link OffsetDateTime} or an {@link Instant}. */
    public static Instant uit(Object kolom) {
        if (kolom instanceof Timestamp t) {
            return t.toInstant();
        }
        if (kolom instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (kolom instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("geen tijdstip: " + kolom);
    }
}
