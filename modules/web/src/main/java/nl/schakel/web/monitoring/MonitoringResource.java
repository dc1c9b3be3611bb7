package nl.schakel.web.monitoring;

import nl.schakel.overdracht.toepassing.Kengetallen;
import nl.schakel.overdracht.toepassing.Monitoringzaken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Monitoring figures (KPIs) for Veilig Thuis: aggregates only. */
@Path("monitoring")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Monitoringzaken zaken;

    @GET
    @Path("kengetallen")
    @Operation(summary = "Kengetallen monitoring",
            description = "Het aandeel veiligheidsscores van 6 of hoger (norm 65 %) over de vastgelegde momenten van de "
                    + "eigen overdrachten: per moment (3 en 12 maanden) en in totaal, voor de directbetrokkene, de "
                    + "professional en samen. Optioneel op geplande datum: vanaf en tot (beide inclusief, JJJJ-MM-DD).")
    public KengetallenJson kengetallen(@QueryParam("vanaf") String vanaf, @QueryParam("tot") String tot) {
        Kengetallen kengetallen = zaken.kengetallen(aanvrager.medewerker().orElseThrow(), vanaf, tot);
        return KengetallenJson.van(kengetallen.tellingen(), kengetallen.vanaf().orElse(null), kengetallen.tot().orElse(null));
    }
}
