package nl.schakel.gedeeld.pagina;

import java.util.List;
import java.util.Optional;

/**
 * One page of a search, with the opaque cursor of the next page when there is one. Cursor paging
 * (not offsets) keeps pages stable while rows are added, and needs no count of the whole result.
 */
public record Pagina<T>(List<T> items, Optional<String> volgende) {

    public Pagina {
        items = List.copyOf(items);
    }

    /**
     * Builds a page from a query that fetched one row more than {@code grootte}: that extra row only
     * tells that a next page exists.
     */
    public static <T> Pagina<T> uit(List<T> eenMeer, int grootte, java.util.function.Function<T, String> cursorVan) {
        if (eenMeer.size() <= grootte) {
            return new Pagina<>(eenMeer, Optional.empty());
        }
        List<T> items = eenMeer.subList(0, grootte);
        return new Pagina<>(items, Optional.of(cursorVan.apply(items.get(grootte - 1))));
    }
}
