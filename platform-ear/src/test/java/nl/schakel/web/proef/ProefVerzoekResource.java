package nl.schakel.web.proef;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

/**
 * Fixture of ArchitectuurregelsKunnenFalenTest: a resource created per request, holding its request's values in
 * fields (rule 6). The {@code UriInfo} is allowed: injected with {@code @Context} it is a proxy to the current request.
 */
@Path("proef/{dossier}")
@RequestScoped
public class ProefVerzoekResource {

    @PathParam("dossier")
    String dossier;

    @HeaderParam("If-Match")
    String ifMatch;

    @Context
    UriInfo uri;

    @GET
    public String lees() {
        return dossier + ifMatch + uri;
    }
}
