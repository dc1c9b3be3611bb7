package nl.schakel.overdracht.toepassing;

import java.util.Set;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.toegang.domein.Gegevenscategorie;

/** What the receiver {@code voor} would see of the overdracht: the categories it would get, within the caller's own. */
public record Voorbeeld(Overdracht overdracht, String voor, Set<Gegevenscategorie> zichtbaar) {

    public Voorbeeld {
        zichtbaar = Set.copyOf(zichtbaar);
    }
}
