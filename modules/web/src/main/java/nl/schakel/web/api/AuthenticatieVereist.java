package nl.schakel.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Every endpoint needs a valid bearer token unless it is {@link Openbaar}. The bearer mechanism has already
 * rejected invalid tokens; this turns "no token at all" into a 401 before any resource code runs.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticatieVereist implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (isOpenbaar()) {
            return;
        }
        if (request.getSecurityContext().getUserPrincipal() == null) {
            throw new NotAuthorizedException("Bearer realm=\"schakel\"");
        }
    }

    private boolean isOpenbaar() {
        if (resource == null || resource.getResourceMethod() == null) {
            return false;
        }
        return resource.getResourceMethod().isAnnotationPresent(Openbaar.class)
                || resource.getResourceClass().isAnnotationPresent(Openbaar.class);
    }
}
