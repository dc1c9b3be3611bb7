package nl.schakel.overdracht.toepassing;

import java.util.Set;
import nl.schakel.toegang.domein.Gegevenscategorie;

/** Something read under a decision, with the categories the caller's grants allow of it. */
public record Gezien<T>(T waarde, Set<Gegevenscategorie> categorieen) {

    public Gezien {
        categorieen = Set.copyOf(categorieen);
    }
}
