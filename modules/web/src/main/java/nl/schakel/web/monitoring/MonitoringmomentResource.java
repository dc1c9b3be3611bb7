package nl.schakel.web.monitoring;

import java.time.LocalDate;
import nl.schakel.overdracht.domein.monitoring.Monitoringmoment;
import nl.schakel.overdracht.toepassing.MonitoringDienst;
import nl.schakel.overdracht.toepassing.Monitoringzaken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import nl.schakel.gedeeld.pagina.Pagina;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.web.api.Lijst;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The monitoring moments of the caller's organisation across its overdrachten: Veilig Thuis's work list. */
@Path("monitoringmomenten")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringmomentResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Monitoringzaken zaken;

    @Inject
    MonitoringDienst dienst;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Zoek monitoringmomenten",
            description = "De momenten van de overdrachten waarvan de organisatie van de aanvrager eigenaar is, vroegst "
                    + "geplande eerst; zonder scores. Filter op status (GEPLAND, UITGEVOERD) en geplandTot "
                    + "(JJJJ-MM-DD); gepagineerd met een cursor.")
    public Map<String, Object> zoek(
            @QueryParam("status") String status,
            @QueryParam("geplandTot") String geplandTot,
            @QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") Integer paginaGrootte) {
        Pagina<Monitoringmoment> gevonden =
                zaken.zoek(aanvrager.medewerker().orElseThrow(), status, geplandTot, pagina, paginaGrootte);
        LocalDate vandaag = dienst.vandaag();
        return Lijst.van("monitoringmomenten", gevonden.items().stream()
                .map(m -> MonitoringmomentSamenvattingJson.van(m, dienst.planning(), vandaag)).toList(), uri, gevonden);
    }
}
