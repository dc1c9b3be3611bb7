package nl.schakel.web.casusoverleg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.schakel.casusoverleg.toepassing.Casusbronnen;
import nl.schakel.casusoverleg.toepassing.Inbrengzaken;
import nl.schakel.gedeeld.invoer.Ids;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A partner's inbreng kept after the shared copy of its case was destroyed (issue 15): no item or meeting is left above
 * it, so it has an address of its own, and only its owner reads it. The work is in {@link Inbrengzaken#leesBewaard}.
 */
@Path("inbreng")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class BewaardeInbrengResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Inbrengzaken zaken;

    @GET
    @Path("{id}")
    @Operation(summary = "Eigen inbreng na vernietiging van de casus",
            description = "De inbreng die de eigen organisatie langer bewaart dan de gedeelde kopie van de casus aan tafel: "
                    + "na de vernietiging van die kopie zonder agendapunt, alleen voor de eigenaar, met de eigen vernietigingsdatum.")
    public Response lees(@PathParam("id") String id) {
        InbrengJson inbreng = InbrengJson.van(zaken.leesBewaard(aanvrager.medewerker().orElseThrow(),
                Ids.uitPad(id, () -> Casusbronnen.nietGevonden("Deze inbreng"))));
        return Response.ok(inbreng).tag(String.valueOf(inbreng.versie())).build();
    }
}
