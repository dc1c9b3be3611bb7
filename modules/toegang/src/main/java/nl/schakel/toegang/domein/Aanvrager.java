package nl.schakel.toegang.domein;

import java.util.Optional;

/**
 * The caller of the current request, or nobody. A wrapper because CDI cannot produce a null
 * {@link Medewerker} for an anonymous request.
 */
public record Aanvrager(Optional<Medewerker> medewerker) {

    public static final Aanvrager ANONIEM = new Aanvrager(Optional.empty());

    public Aanvrager() {
        this(Optional.empty());
    }
}
