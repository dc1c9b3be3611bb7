package nl.schakel.web.verzoek;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.gedeeld.invoer.Ids;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.toepassing.Verzoekbehandeling;
import nl.schakel.toegang.toepassing.Verzoekbehandeling.DeelMetVerzoek;
import nl.schakel.web.api.Lijst;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /deelverzoeken}: the parts of requests of data subjects that the caller's organisation answers. Roles of
 * {@code deelverzoek.*} (403 TGN-002 otherwise, logged); another organisation's part does not exist (404 AVG-052, logged).
 */
@Path("deelverzoeken")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeelverzoekResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Verzoekbehandeling behandeling;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Te beantwoorden verzoeken", description = "De deelverzoeken van de eigen organisatie, open eerst.")
    public Map<String, Object> lijst() {
        return Lijst.volledig("deelverzoeken", behandeling.delen(aanvrager.medewerker().orElseThrow()).stream()
                .map(d -> DeelverzoekJson.van(d, behandeling.vandaag())).toList(), uri);
    }

    @POST
    @Path("{id}/antwoord")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Beantwoord een deelverzoek", description = "Kort wat de organisatie vond en deed (correctie of vernietiging "
            + "gebeurt in de eigen stroom, met de gewone versies). Eenmaal. Vereist If-Match.")
    public Response beantwoord(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, AntwoordJson antwoord) {
        DeelMetVerzoek deel = behandeling.beantwoord(aanvrager.medewerker().orElseThrow(),
                Ids.uitPad(id, () -> new NietGevondenFout(Verzoekbehandeling.NIET_GEVONDEN, "Dit deelverzoek bestaat niet.")), ifMatch,
                antwoord == null ? null : antwoord.antwoord(), antwoord != null && Boolean.TRUE.equals(antwoord.vrijgeven()));
        return Response.ok(DeelverzoekJson.van(deel, behandeling.vandaag())).tag(String.valueOf(deel.deel().versie())).build();
    }
}
