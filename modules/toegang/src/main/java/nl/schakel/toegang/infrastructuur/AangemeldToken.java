package nl.schakel.toegang.infrastructuur;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The validated bearer token of the current request, if it carried one. The web module's authentication
 * mechanism runs before the request scope's beans and leaves the token as a request attribute; this reads it
 * there, so the libraries of the EAR need nothing from the WAR.
 */
@RequestScoped
public class AangemeldToken {

    @Inject
    HttpServletRequest request;

    public Optional<GevalideerdToken> token() {
        try {
            return request.getAttribute(GevalideerdToken.ATTRIBUUT) instanceof GevalideerdToken token
                    ? Optional.of(token) : Optional.empty();
        } catch (IllegalStateException geenHttpVerzoek) {
            // a request scope outside an HTTP request (a timer, an asynchronous task): nobody signed in
            return Optional.empty();
        }
    }
}
