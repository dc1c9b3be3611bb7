package nl.schakel.web.meting;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * With the benchmark switched off, {@code /api/v1/meting/...} answers 404 before anything else looks at the request,
 * with or without a token, exactly like a path that does not exist (without this, an anonymous call of a
 * token-only endpoint would get the 401 of an existing one).
 */
@Provider
@PreMatching
public class MetingAfgesloten implements ContainerRequestFilter {

    @Inject
    MetingSchakelaar schakelaar;

    @Override
    public void filter(ContainerRequestContext request) {
        String pad = request.getUriInfo().getPath();
        if (pad.startsWith("meting") || pad.startsWith("/meting")) {
            schakelaar.vereisAan();
        }
    }
}
