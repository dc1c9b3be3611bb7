package nl.schakel.toegang.domein;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Data minimisation for one reader, over any content made of parts that each carry a category and an owner: a part is
 * visible when the reader's grants cover its category, or when the reader's organisation owns it (a partner always
 * sees its own contribution). Everything else is left out, and its category is reported as withheld — only for parts
 * that held data, so that a reader is not sent asking for nothing.
 */
public final class Categoriefilter {

    private final Set<Gegevenscategorie> toegestaan;
    private final Optional<String> lezer;

    private Categoriefilter(Set<Gegevenscategorie> toegestaan, Optional<String> lezer) {
        this.toegestaan = toegestaan.isEmpty() ? EnumSet.noneOf(Gegevenscategorie.class) : EnumSet.copyOf(toegestaan);
        this.lezer = lezer;
    }

    /** For a reader with these categories; {@code lezersorganisatie} sees its own parts whatever their category. */
    public static Categoriefilter voor(Set<Gegevenscategorie> toegestaan, Optional<String> lezersorganisatie) {
        return new Categoriefilter(toegestaan, lezersorganisatie);
    }

    /** For a reader under a decision: its grants' categories, its organisation's own parts. */
    public static Categoriefilter voor(Beslissing beslissing) {
        return new Categoriefilter(beslissing.categorieen(), beslissing.medewerker().organisatieCode());
    }

    public boolean toont(Gecategoriseerd deel) {
        return toegestaan.contains(deel.categorie()) || lezer.filter(deel.eigenaar()::equals).isPresent();
    }

    /** The visible parts in their order, and the categories withheld (sorted by name). */
    public <T extends Gecategoriseerd> Gefilterd<T> filter(Collection<T> delen) {
        List<T> zichtbaar = new ArrayList<>();
        Set<Gegevenscategorie> achtergehouden = EnumSet.noneOf(Gegevenscategorie.class);
        for (T deel : delen) {
            if (!deel.heeftGegevens()) {
                continue;
            }
            if (toont(deel)) {
                zichtbaar.add(deel);
            } else {
                achtergehouden.add(deel.categorie());
            }
        }
        return new Gefilterd<>(zichtbaar, achtergehouden.stream().sorted((a, b) -> a.name().compareTo(b.name())).toList());
    }

    /** What a reader may see of some content: the parts shown, and the categories it should know were withheld. */
    public record Gefilterd<T>(List<T> zichtbaar, List<Gegevenscategorie> achtergehouden) {

        public Gefilterd {
            zichtbaar = List.copyOf(zichtbaar);
            achtergehouden = List.copyOf(achtergehouden);
        }
    }
}
