package nl.schakel.web.casusoverleg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import nl.schakel.casusoverleg.toepassing.Casusbronnen;
import nl.schakel.casusoverleg.toepassing.Overlegtafels;
import nl.schakel.gedeeld.invoer.Ids;
import nl.schakel.web.api.Lijst;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The standing case tables as configured (no personal data: every signed-in medewerker may read them). */
@Path("overlegtafels")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OverlegtafelResource {

    @Inject
    Overlegtafels tafels;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Overlegtafels", description = "De vaste overlegtafels met voorzitter, organisator, leden, doel, "
            + "grondslag, criteria voor aanmelding en termijnen.")
    public Map<String, Object> alle() {
        return Lijst.volledig("overlegtafels", tafels.alle().stream().map(OverlegtafelJson::van).toList(), uri);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén overlegtafel")
    public Response tafel(@PathParam("id") String id) {
        OverlegtafelJson tafel = OverlegtafelJson.van(tafels.tafel(Ids.uitPad(id, () -> Casusbronnen.nietGevonden("Deze overlegtafel"))));
        return Response.ok(tafel).tag(String.valueOf(tafel.versie())).build();
    }
}
