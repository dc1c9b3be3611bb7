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
import nl.schakel.crisisdossier.domein.Screeningsgegevens;
import nl.schakel.crisisdossier.toepassing.Crisisbronnen;
import nl.schakel.crisisdossier.toepassing.Screeningsinzage;
import nl.schakel.crisisdossier.toepassing.Screeningzaken;
import nl.schakel.gedeeld.invoer.Ids;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.domein.Medewerker;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Screening requests of a crisis file to Filomena's one-stop team: asked by a co-owner, moved by Filomena. */
@Path("crisisdossiers/{dossier}/screeningsverzoeken")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScreeningsverzoekResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Screeningzaken zaken;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Vraag Filomena om een screening", description = "Forensisch-medisch, medisch of forensisch, met een vraag "
            + "(≤ 2000, gezondheidsgegevens) en of het spoed is. Filomena moet partner van het dossier zijn (409 CRS-018).")
    public Response vraagAan(@PathParam("dossier") String dossier, Screeningsgegevens.Aanvraag aanvraag) {
        Screeningsinzage inzage = zaken.vraagAan(medewerker(), CrisisdossierResource.uuid(dossier), aanvraag);
        return Response.created(uri.getAbsolutePathBuilder().path(inzage.verzoek().id().toString()).build())
                .entity(ScreeningsverzoekJson.van(inzage)).tag(String.valueOf(inzage.verzoek().versie())).build();
    }

    @GET
    @Operation(summary = "De screeningsverzoeken", description = "Oudste eerst, elk met zijn status; de vraag alleen als uw toegang "
            + "GEZONDHEID toont of uw organisatie haar stelde (anders vraagAchtergehouden).")
    public Map<String, Object> lijst(@PathParam("dossier") String dossier) {
        return Map.of("screeningsverzoeken",
                zaken.lijst(medewerker(), CrisisdossierResource.uuid(dossier)).stream().map(ScreeningsverzoekJson::van).toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén screeningsverzoek", description = "Met zijn status; de vraag zoals in de lijst.")
    public Response lees(@PathParam("dossier") String dossier, @PathParam("id") String id) {
        Screeningsinzage inzage = zaken.lees(medewerker(), CrisisdossierResource.uuid(dossier),
                Ids.uitPad(id, () -> Crisisbronnen.nietGevonden("Dit screeningsverzoek")));
        return Response.ok(ScreeningsverzoekJson.van(inzage)).tag(String.valueOf(inzage.verzoek().versie())).build();
    }

    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Wijzig de status", description = "Alleen Filomena: INGEPLAND (met gepland), UITGEVOERD of AFGEWEZEN (met "
            + "reden). Vereist If-Match: wie een verouderde versie wijzigt krijgt 412 en verliest niets.")
    public Response wijzigStatus(@PathParam("dossier") String dossier,
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Screeningsgegevens.Statuswijziging wijziging) {
        Screeningsinzage inzage = zaken.wijzigStatus(medewerker(), CrisisdossierResource.uuid(dossier),
                Ids.uitPad(id, () -> Crisisbronnen.nietGevonden("Dit screeningsverzoek")), ifMatch, wijziging);
        return Response.ok(ScreeningsverzoekJson.van(inzage)).tag(String.valueOf(inzage.verzoek().versie())).build();
    }

    private Medewerker medewerker() {
        return aanvrager.medewerker().orElseThrow();
    }
}
