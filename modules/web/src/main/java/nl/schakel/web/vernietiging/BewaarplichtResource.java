package nl.schakel.web.vernietiging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.gedeeld.invoer.Ids;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.bewaren.Bewaarplicht;
import nl.schakel.toegang.toepassing.vernietiging.Vernietiging;
import nl.schakel.web.api.Lijst;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Legal holds (bewaarplichten): while one stands on a resource it is never proposed for destruction, and putting one
 * takes the resource off the list it is on. Lifting is its own action. Only the functionaris gegevensbescherming.
 */
@Path("bewaarplichten")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class BewaarplichtResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Vernietiging vernietiging;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Bewaarplichten", description = "Nieuwste eerst, ten hoogste 100, met reden, wie en wanneer.")
    public Map<String, Object> lijst() {
        return Lijst.volledig("bewaarplichten", vernietiging.bewaarplichten(medewerker()).stream().map(BewaarplichtJson::van).toList(), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Leg een bewaarplicht op", description = "brontype (bijvoorbeeld OVERDRACHT), bronId en een reden (ten "
            + "hoogste 1000 tekens). De bron gaat van haar vernietigingslijst af en wordt niet voorgesteld zolang de bewaarplicht staat.")
    public Response legOp(BewaarplichtJson gevraagd) {
        if (gevraagd == null || gevraagd.bronId() == null) {
            throw new ValidatieFout(Vernietiging.BEWAARPLICHT_ONGELDIG, "Een bewaarplicht heeft een soort bron, een kenmerk en een reden.",
                    List.of(new OngeldigeParameter("bronId", "Het kenmerk (uuid) van de bron.")));
        }
        Bewaarplicht plicht = vernietiging.legBewaarplichtOp(medewerker(), gevraagd.brontype(), gevraagd.bronId(), gevraagd.reden());
        return Response.created(uri.getAbsolutePathBuilder().path(plicht.brontype()).path(plicht.id().toString()).build())
                .entity(BewaarplichtJson.van(plicht)).build();
    }

    @POST
    @Path("{brontype}/{id}/opheffing")
    @Operation(summary = "Hef een bewaarplicht op", description = "De bron kan daarna weer op een vernietigingslijst komen.")
    public Response hefOp(@PathParam("brontype") String brontype, @PathParam("id") String id) {
        UUID bron = Ids.uitPad(id, () -> new NietGevondenFout(Vernietiging.GEEN_BEWAARPLICHT, "Op deze bron staat geen bewaarplicht."));
        vernietiging.hefBewaarplichtOp(medewerker(), brontype, bron);
        return Response.noContent().build();
    }

    private Medewerker medewerker() {
        return aanvrager.medewerker().orElseThrow();
    }
}
