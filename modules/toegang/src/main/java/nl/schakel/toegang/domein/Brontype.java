package nl.schakel.toegang.domein;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A kind of shared resource, declared by the context that owns it (e.g. {@code OVERDRACHT}, or an agenda item
 * whose parent is a meeting). The name is what grants and logboek rows store as {@code bron_type}. A type with a
 * parent is reached through it: a grant on the parent covers its children (an entry of a crisis file, an
 * agenda item of a meeting), a grant on a child covers that child alone.
 */
public record Brontype(String naam, Optional<Brontype> ouder) {

    private static final Pattern NAAM = Pattern.compile("[A-Z][A-Z_]{1,39}");

    public Brontype {
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(ouder, "ouder");
        if (!NAAM.matcher(naam).matches()) {
            throw new IllegalArgumentException("Een brontype heet in hoofdletters, zoals OVERDRACHT: " + naam);
        }
    }

    public static Brontype van(String naam) {
        return new Brontype(naam, Optional.empty());
    }

    /** A type whose resources each belong to one resource of {@code ouder}. */
    public static Brontype binnen(String naam, Brontype ouder) {
        return new Brontype(naam, Optional.of(ouder));
    }
}
