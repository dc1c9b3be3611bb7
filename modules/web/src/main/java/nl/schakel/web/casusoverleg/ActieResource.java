package nl.schakel.web.casusoverleg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import nl.schakel.casusoverleg.toepassing.Actieinzage;
import nl.schakel.casusoverleg.toepassing.Actiezaken;
import nl.schakel.casusoverleg.toepassing.Casusbronnen;
import nl.schakel.gedeeld.invoer.Ids;
import nl.schakel.gedeeld.pagina.Pagina;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.web.api.Lijst;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Acties: what an organisation promised at an agenda item, by when. The owner organisation keeps its action (and the
 * item's decisions and plan) until it closes it, also after the item's window and after afschaling. The work is in
 * {@link Actiezaken}; an action is given at its item ({@code POST /agendapunten/{id}/acties}).
 */
@Path("acties")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ActieResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Actiezaken zaken;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Mijn acties", description = "De acties van de eigen organisatie (en voor de organisator en de voorzitter "
            + "alle acties van hun overleggen), vroegste uiterste datum eerst; filter op status (OPEN, GEDAAN, NIET_GEDAAN).")
    public Map<String, Object> zoek(@QueryParam("status") String status, @QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") Integer paginaGrootte) {
        Pagina<Actieinzage> gevonden = zaken.zoek(medewerker(), status, pagina, paginaGrootte);
        return Lijst.van("acties", gevonden.items().stream().map(ActieJson::van).toList(), uri, gevonden);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén actie", description = "De actie met de samenvatting van haar agendapunt: nummer, datum van het "
            + "overleg, besluiten, plan van aanpak en casusregisseur.")
    public Response lees(@PathParam("id") String id) {
        return metVersie(zaken.lees(medewerker(), uuid(id)));
    }

    @POST
    @Path("{id}/afronding")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rond de actie af", description = "GEDAAN, of NIET_GEDAAN met een reden; door de eigenaar of de "
            + "organisator of voorzitter. Vereist If-Match. Beëindigt de toegang van de eigenaar tot de actie.")
    public Response rondAf(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InvoerJson.Afronding afronding) {
        return metVersie(zaken.rondAf(medewerker(), uuid(id), ifMatch, afronding == null ? null : afronding.status(),
                afronding == null ? null : afronding.reden()));
    }

    private Medewerker medewerker() {
        return aanvrager.medewerker().orElseThrow();
    }

    static Response metVersie(Actieinzage inzage) {
        ActieJson actie = ActieJson.van(inzage);
        return Response.ok(actie).tag(String.valueOf(actie.versie())).build();
    }

    private static UUID uuid(String id) {
        return Ids.uitPad(id, () -> Casusbronnen.nietGevonden("Deze actie"));
    }
}
