package nl.schakel.gedeeld.invoer;

import java.util.UUID;
import java.util.function.Supplier;
import nl.schakel.gedeeld.fout.SchakelFout;

/**
 * An id from a URL path. A malformed id cannot exist, so it gets the same 404 as an unknown one (and as one the caller
 * has no grant on): ids cannot be probed by their shape.
 */
public final class Ids {

    private Ids() {}

    public static UUID uitPad(String id, Supplier<? extends SchakelFout> bestaatNiet) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw bestaatNiet.get();
        }
    }
}
