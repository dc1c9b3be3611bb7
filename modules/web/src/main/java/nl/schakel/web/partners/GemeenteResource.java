package nl.schakel.web.partners;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import nl.schakel.partners.toepassing.PartnerRegister;
import nl.schakel.web.api.Lijst;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The fifteen municipalities of the working area in their four regions; a short, fixed list, so not paged. */
@Path("gemeenten")
@ApplicationScoped
public class GemeenteResource {

    @Inject
    PartnerRegister register;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Gemeenten van het werkgebied")
    public Map<String, Object> gemeenten() {
        return Lijst.volledig("gemeenten", register.gemeenten().stream().map(GemeenteJson::van).toList(), uri);
    }
}
