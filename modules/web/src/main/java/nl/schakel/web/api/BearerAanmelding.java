package nl.schakel.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Makes sure every bearer token sent to the API is validated. The container enforces the outcome of its
 * authentication mechanism only on URLs with a security constraint, and on a constrained URL a request without a
 * token gets an empty 200 instead of a 401. So no URL is constrained; instead each request that carries a token is
 * authenticated here through the container ({@code request.authenticate}), which runs
 * {@link nl.schakel.web.aanmelding.BearerMechanisme} (signature from the JWKS, issuer, audience, expiry). A
 * request without a token goes on anonymously, and {@link AuthenticatieVereist} answers 401 unless the endpoint
 * is {@link Openbaar}.
 */
// asyncSupported: the live streams of the crisisdossier (server-sent events) run asynchronously through this filter
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class BearerAanmelding extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String autorisatie = request.getHeader("Authorization");
        // the container's own authentication pass may already have validated this token (same mechanism, same
        // rules); then a second validation only costs time (docs/metingen.md: the token was parsed twice per request)
        if (autorisatie != null && autorisatie.regionMatches(true, 0, "Bearer ", 0, 7) && request.getUserPrincipal() == null) {
            boolean aangemeld;
            try {
                aangemeld = request.authenticate(response);
            } catch (ServletException ongeldig) {
                aangemeld = false;
            }
            if (!aangemeld) {
                // the mechanism refused the token; the container's 401 error page writes the problem body
                if (!response.isCommitted()) {
                    response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
