package nl.schakel.toegang.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The validated bearer token of the current request, if it carried one. The web module's authentication mechanism
 * ({@code nl.schakel.web.aanmelding.BearerMechanisme}) runs before any bean of the request and leaves the token's
 * string claims and groups as two request attributes, plain JDK collections, immutable; this reads them there, so
 * neither side needs a class of the other. One instance for all requests: the injected {@code HttpServletRequest} is
 * the container's proxy to the request of the calling thread (a request-scoped bean of the servlet container), so
 * nothing of one request is kept here, and no bean is made per request.
 */
@ApplicationScoped
public class AangemeldToken {

    /** Request attribute: the token's string-valued claims, a {@code Map<String, String>}. */
    public static final String CLAIMS = "nl.schakel.token.claims";
    /** Request attribute: the token's {@code groups}, a {@code Set<String>}. */
    public static final String GROEPEN = "nl.schakel.token.groepen";

    @Inject
    HttpServletRequest request;

    /** The token's string claims; empty when the request carried no valid token. */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, String>> claims() {
        return attribuut(CLAIMS) instanceof Map<?, ?> claims ? Optional.of((Map<String, String>) claims) : Optional.empty();
    }

    /** The token's groups; empty without a token. */
    @SuppressWarnings("unchecked")
    public Set<String> groepen() {
        return attribuut(GROEPEN) instanceof Set<?> groepen ? (Set<String>) groepen : Set.of();
    }

    private Object attribuut(String naam) {
        try {
            return request.getAttribute(naam);
        } catch (IllegalStateException | ContextNotActiveException geenHttpVerzoek) {
            // outside an HTTP request (a timer, an asynchronous task), with or without a request scope: nobody signed in
            return null;
        }
    }
}
