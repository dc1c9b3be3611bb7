package nl.schakel.web.api;

import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.schakel.gedeeld.pagina.Pagina;

/** A collection response in the API conventions' shape: {@code _embedded} with the items, {@code _links} to page on. */
public final class Lijst {

    private Lijst() {}

    public static Map<String, Object> van(String collectie, List<?> items, UriInfo uri, Pagina<?> pagina) {
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", Map.of("href", uri.getRequestUri().toString()));
        pagina.volgende().ifPresent(cursor -> links.put("next",
                Map.of("href", uri.getRequestUriBuilder().replaceQueryParam("pagina", cursor).build().toString())));
        return antwoord(collectie, items, links);
    }

    public static Map<String, Object> volledig(String collectie, List<?> items, UriInfo uri) {
        return antwoord(collectie, items, Map.of("self", Map.of("href", uri.getRequestUri().toString())));
    }

    private static Map<String, Object> antwoord(String collectie, List<?> items, Map<String, Object> links) {
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("_embedded", Map.of(collectie, items));
        antwoord.put("_links", links);
        return antwoord;
    }
}
