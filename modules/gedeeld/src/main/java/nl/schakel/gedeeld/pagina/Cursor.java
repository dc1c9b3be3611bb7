package nl.schakel.gedeeld.pagina;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;

/** Opaque page cursors: the sort key of the last row seen, base64url-encoded so clients don't build them. */
public final class Cursor {

    public static final int STANDAARD_GROOTTE = 20;
    public static final int MAXIMALE_GROOTTE = 100;

    private Cursor() {}

    public static String maak(String sleutel) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sleutel.getBytes(StandardCharsets.UTF_8));
    }

    public static Optional<String> lees(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new ValidatieFout("API-002", "De paginaverwijzing is ongeldig.",
                    java.util.List.of(new OngeldigeParameter("pagina", "Gebruik de link uit _links.next.")));
        }
    }

    /** A cursor over a composite sort key (e.g. a moment and an id), its parts joined by {@code |}. */
    public static String van(Object... sleutel) {
        return maak(java.util.stream.Stream.of(sleutel).map(String::valueOf).collect(java.util.stream.Collectors.joining("|")));
    }

    /** The position a composite cursor names; a forged or broken one is the caller's error (400 API-002), never a 500. */
    public static <T> Optional<T> positie(String cursor, java.util.function.Function<String[], T> positie) {
        return lees(cursor).map(sleutel -> {
            try {
                return positie.apply(sleutel.split("\\|"));
            } catch (RuntimeException e) {
                throw new ValidatieFout("API-002", "De paginaverwijzing is ongeldig.",
                        java.util.List.of(new OngeldigeParameter("pagina", "Gebruik de link uit _links.next.")));
            }
        });
    }

    /** The requested page size, defaulted and bounded so no request asks for an unbounded list. */
    public static int grootte(Integer gevraagd) {
        if (gevraagd == null) {
            return STANDAARD_GROOTTE;
        }
        if (gevraagd < 1 || gevraagd > MAXIMALE_GROOTTE) {
            throw new ValidatieFout("API-002", "De paginagrootte ligt buiten de grenzen.",
                    java.util.List.of(new OngeldigeParameter("paginaGrootte", "Tussen 1 en " + MAXIMALE_GROOTTE + ".")));
        }
        return gevraagd;
    }
}
