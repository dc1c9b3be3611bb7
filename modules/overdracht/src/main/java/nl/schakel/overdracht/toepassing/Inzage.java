package nl.schakel.overdracht.toepassing;

import java.util.Set;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * An overdracht as one caller may see it: the categories of the caller's grants (everything else is withheld when
 * it is shown) and whether the caller speaks for the owner.
 */
public record Inzage(Overdracht overdracht, Set<Gegevenscategorie> categorieen, boolean eigenaar) {

    public Inzage {
        categorieen = Set.copyOf(categorieen);
    }
}
