package nl.schakel.web.crisisdossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import nl.schakel.crisisdossier.domein.Taak;
import nl.schakel.crisisdossier.domein.Taakgegevens;
import nl.schakel.crisisdossier.toepassing.Crisisbronnen;
import nl.schakel.crisisdossier.toepassing.Taakzaken;
import nl.schakel.gedeeld.invoer.Ids;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.domein.Medewerker;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The taakverdeling of a crisis file: who does what, when, and who goes to the family. */
@Path("crisisdossiers/{dossier}/taken")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TaakResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Taakzaken zaken;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Voeg een taak toe", description = "Wie (een partner van het dossier, eventueel een medewerker) doet wat, "
            + "met welke expertise, wanneer, en of dat bij het gezin is.")
    public Response voegToe(@PathParam("dossier") String dossier, Taakgegevens gegevens) {
        Taak taak = zaken.voegToe(medewerker(), CrisisdossierResource.uuid(dossier), gegevens);
        return Response.created(uri.getAbsolutePathBuilder().path(taak.id().toString()).build())
                .entity(TaakJson.van(taak)).tag(String.valueOf(taak.versie())).build();
    }

    @GET
    @Operation(summary = "De taken", description = "Open en onderweg eerst, dan op gepland moment.")
    public Map<String, Object> lijst(@PathParam("dossier") String dossier) {
        return Map.of("taken", zaken.lijst(medewerker(), CrisisdossierResource.uuid(dossier)).stream().map(TaakJson::van).toList());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Wijzig een taak", description = "De hele taak zoals u haar nu wilt, met status. Vereist If-Match: wie een "
            + "verouderde versie wijzigt krijgt 412 en verliest niets van wat de ander bewaarde.")
    public Response wijzig(@PathParam("dossier") String dossier,
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Taakgegevens gegevens) {
        Taak taak = zaken.wijzig(medewerker(), CrisisdossierResource.uuid(dossier),
                Ids.uitPad(id, () -> Crisisbronnen.nietGevonden("Deze taak")),
                ifMatch, gegevens);
        return Response.ok(TaakJson.van(taak)).tag(String.valueOf(taak.versie())).build();
    }

    private Medewerker medewerker() {
        return aanvrager.medewerker().orElseThrow();
    }
}
