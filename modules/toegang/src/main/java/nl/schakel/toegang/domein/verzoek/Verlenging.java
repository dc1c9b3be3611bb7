package nl.schakel.toegang.domein.verzoek;

import java.time.Instant;
import java.util.Objects;

/** The one extension of a request's clock: why (required), by whom (display name), when. */
public record Verlenging(String reden, String door, Instant op) {

    public Verlenging {
        Objects.requireNonNull(reden, "reden");
        Objects.requireNonNull(door, "door");
        Objects.requireNonNull(op, "op");
    }
}
