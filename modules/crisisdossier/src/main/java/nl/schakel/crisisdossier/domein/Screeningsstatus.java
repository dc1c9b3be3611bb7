package nl.schakel.crisisdossier.domein;

import java.util.Set;

/**
 * Where a screening request stands. Filomena plans it (INGEPLAND, with a moment, which it may move), carries it out
 * (UITGEVOERD) or declines it with a reason (AFGEWEZEN); the last two are final.
 */
public enum Screeningsstatus {
    AANGEVRAAGD, INGEPLAND, UITGEVOERD, AFGEWEZEN;

    /** The statuses this one may move to. */
    public Set<Screeningsstatus> volgende() {
        return switch (this) {
            case AANGEVRAAGD -> Set.of(INGEPLAND, AFGEWEZEN);
            case INGEPLAND -> Set.of(INGEPLAND, UITGEVOERD, AFGEWEZEN);
            case UITGEVOERD, AFGEWEZEN -> Set.of();
        };
    }
}
