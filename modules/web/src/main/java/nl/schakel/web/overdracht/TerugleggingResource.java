package nl.schakel.web.overdracht;

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
import nl.schakel.overdracht.toepassing.Teruglegging;
import nl.schakel.overdracht.toepassing.Terugleggingzaken;
import nl.schakel.partners.domein.Organisatie;
import nl.schakel.partners.toepassing.PartnerRegister;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.web.api.Lijst;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * "Door ons teruggelegd": the overdrachten the caller's organisation returned, after its grants on them ended (flow 1,
 * issue 11). The rule {@code overdracht.terugleggingen-zoeken} decides by role; the rows are the organisation's own
 * return steps ({@link Terugleggingzaken}).
 */
@Path("terugleggingen")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TerugleggingResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Terugleggingzaken zaken;

    @Inject
    PartnerRegister register;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Door ons teruggelegd",
            description = "De overdrachten die de organisatie van de aanvrager heeft teruggelegd, nieuwste eerst: per "
                    + "teruglegging de overdracht (id en zaaknummer), wanneer, door wie, met welke reden en aan welke "
                    + "Veilig Thuis-organisatie. Geen inhoud van de zaak: de toegang eindigde bij het terugleggen. Voor de "
                    + "rollen die overdrachten terugleggen; gepagineerd met een cursor (pagina, paginaGrootte ten hoogste 100).")
    public Map<String, Object> zoek(@QueryParam("pagina") String pagina, @QueryParam("paginaGrootte") Integer paginaGrootte) {
        Pagina<Teruglegging> gevonden = zaken.zoek(aanvrager.medewerker().orElseThrow(), pagina, paginaGrootte);
        return Lijst.van("terugleggingen", gevonden.items().stream()
                .map(t -> TerugleggingJson.van(t, register.organisatieMetCode(t.veiligThuis()).map(Organisatie::naam)
                        .orElse(t.veiligThuis())))
                .toList(), uri, gevonden);
    }
}
