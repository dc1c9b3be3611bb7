package nl.schakel.web.fout;

import jakarta.ws.rs.WebApplicationException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import nl.schakel.gedeeld.fout.OngeldigeParameter;

/**
 * Jersey answers a query or header parameter it cannot convert ({@code ?paginaGrootte=abc} for an int) with
 * 404, as JAX-RS prescribes for every {@code @*Param}; for a query or header parameter that says "this resource
 * does not exist", which is wrong: the resource exists, the parameter is bad. This recognises Jersey's
 * {@code ParamException} (by name: Jersey is the container's, not on our compile path) and makes it a 400
 * {@code API-002} naming the parameter. A malformed path parameter (an id) stays 404: no such resource.
 */
final class Parameterfout {

    private static final String JERSEY = "org.glassfish.jersey.server.ParamException";

    private Parameterfout() {}

    static Optional<Probleem> probleem(WebApplicationException fout, String correlatie) {
        if (!isJerseyParameterfout(fout.getClass())) {
            return Optional.empty();
        }
        String soort = fout.getClass().getSimpleName();
        if (!soort.equals("QueryParamException") && !soort.equals("HeaderParamException")) {
            return Optional.empty();
        }
        String naam = aanroep(fout, "getParameterName").orElse("parameter");
        return Optional.of(Probleem.van(400, "API-002", "Ongeldige parameter",
                "Een parameter heeft een waarde van de verkeerde soort.", correlatie,
                List.of(new OngeldigeParameter(naam, "Verkeerd type of formaat."))));
    }

    private static boolean isJerseyParameterfout(Class<?> soort) {
        for (Class<?> c = soort; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(JERSEY)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> aanroep(Object doel, String methode) {
        try {
            Method m = doel.getClass().getMethod(methode);
            return Optional.ofNullable(m.invoke(doel)).map(Object::toString);
        } catch (ReflectiveOperationException | RuntimeException onbekend) {
            return Optional.empty();
        }
    }
}
