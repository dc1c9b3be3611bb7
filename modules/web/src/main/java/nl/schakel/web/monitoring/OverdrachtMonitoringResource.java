package nl.schakel.web.monitoring;

import java.time.LocalDate;
import java.util.List;
import nl.schakel.overdracht.domein.monitoring.Monitoringmoment;
import nl.schakel.overdracht.toepassing.Gezien;
import nl.schakel.overdracht.toepassing.MonitoringDienst;
import nl.schakel.overdracht.toepassing.Monitoringzaken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.gedeeld.invoer.Ids;
import nl.schakel.web.api.Lijst;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The monitoring moments of one overdracht (issue 4): planned at acceptance, 3 and 12 months later, for Veilig
 * Thuis as its owner. The work is done in {@link Monitoringzaken}.
 */
@Path("overdrachten/{id}/monitoringmomenten")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OverdrachtMonitoringResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Monitoringzaken zaken;

    @Inject
    MonitoringDienst dienst;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Monitoringmomenten van een overdracht",
            description = "De momenten na 3 en 12 maanden met geplande datum, fase en (als vastgelegd) de twee "
                    + "veiligheidsscores. Leeg zolang de overdracht niet is geaccepteerd. Voor de eigenaar (Veilig Thuis).")
    public Map<String, Object> momenten(@PathParam("id") String id) {
        Gezien<List<Monitoringmoment>> momenten = zaken.momenten(medewerker(), Ids.uitPad(id, Monitoringzaken::nietGevonden));
        LocalDate vandaag = dienst.vandaag();
        return Lijst.volledig("monitoringmomenten", momenten.waarde().stream()
                .map(m -> MonitoringmomentJson.van(m, momenten.categorieen(), dienst.planning(), vandaag)).toList(), uri);
    }

    @PUT
    @Path("{momentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Leg de veiligheidsscores van een monitoringmoment vast",
            description = "De score van de directbetrokkene en die van de professional, elk een heel getal 0-10; "
                    + "vanaf de geplande datum. Vereist If-Match met de versie van het moment; opnieuw vastleggen "
                    + "corrigeert de scores.")
    public Response legVast(@PathParam("id") String id, @PathParam("momentId") String momentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ScoresJson scores) {
        Gezien<Monitoringmoment> vastgelegd = zaken.legVast(medewerker(), Ids.uitPad(id, Monitoringzaken::nietGevonden), momentId,
                ifMatch, scores == null ? null : scores.scoreDirectbetrokkene(), scores == null ? null : scores.scoreProfessional());
        MonitoringmomentJson moment = MonitoringmomentJson.van(vastgelegd.waarde(), vastgelegd.categorieen(), dienst.planning(),
                dienst.vandaag());
        return Response.ok(moment).tag(String.valueOf(moment.versie())).build();
    }

    private Medewerker medewerker() {
        return aanvrager.medewerker().orElseThrow();
    }

}
