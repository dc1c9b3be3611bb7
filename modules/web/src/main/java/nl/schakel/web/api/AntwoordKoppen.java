package nl.schakel.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import nl.schakel.toegang.infrastructuur.HttpVerzoekcontext;
import nl.schakel.toegang.toepassing.Verzoekcontext;
import nl.schakel.web.SchakelApi;

/**
 * Headers every API response carries: the API version (NL API Design Rules), no caching of what may
 * be personal data, and the correlation id.
 */
@Provider
public class AntwoordKoppen implements ContainerResponseFilter {

    @Inject
    Verzoekcontext correlatie;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("API-Version", SchakelApi.VERSIE);
        response.getHeaders().putSingle("Cache-Control", "no-store");
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putSingle(HttpVerzoekcontext.HEADER, correlatie.correlatieId());
    }
}
