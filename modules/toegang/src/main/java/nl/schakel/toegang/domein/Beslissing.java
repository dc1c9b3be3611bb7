package nl.schakel.toegang.domein;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An allowed request: who, on what, for which action, and through which grants. The categories are what
 * the response may contain; everything else is withheld.
 */
public record Beslissing(Medewerker medewerker, Bron bron, Handeling handeling, List<Toegang> toegangen) {

    public Beslissing {
        toegangen = List.copyOf(toegangen);
    }

    public Set<Gegevenscategorie> categorieen() {
        Set<Gegevenscategorie> categorieen = EnumSet.noneOf(Gegevenscategorie.class);
        toegangen.forEach(toegang -> categorieen.addAll(toegang.categorieen()));
        return categorieen;
    }

    /** The grant that speaks for this access in the logboek: the first, which the query orders by strength. */
    public Toegang grondslag() {
        return toegangen.get(0);
    }

    public boolean isNoodtoegang() {
        return toegangen.stream().allMatch(Toegang::noodtoegang);
    }

    public Optional<Instant> vervaltOp() {
        return toegangen.stream().map(Toegang::geldigTot).flatMap(Optional::stream).max(Instant::compareTo);
    }
}
