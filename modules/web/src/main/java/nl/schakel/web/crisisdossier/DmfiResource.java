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
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Dmfiregie;
import nl.schakel.crisisdossier.domein.Evaluatiemoment;
import nl.schakel.crisisdossier.toepassing.Crisisbronnen;
import nl.schakel.crisisdossier.toepassing.Dmfiinzage;
import nl.schakel.crisisdossier.toepassing.Dmfizaken;
import nl.schakel.gedeeld.invoer.Ids;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.domein.Medewerker;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** DMFI in a crisis file: the casusregisseur and the partners' review moments with their clock. */
@Path("crisisdossiers/{dossier}/dmfi")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DmfiResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Dmfizaken zaken;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "DMFI: de casusregisseur en de evaluatiemomenten",
            description = "Of DMFI loopt, wie de casusregisseur is (met de versie voor If-Match) en de evaluatiemomenten, vroegste "
                    + "eerst, elk met of het verlopen is (gepland, het moment voorbij, niet vastgelegd).")
    public Response lees(@PathParam("dossier") String dossier) {
        return metVersie(zaken.lees(medewerker(), CrisisdossierResource.uuid(dossier)), Response.ok());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Wijs de casusregisseur aan",
            description = "De eerste keer start DMFI (zonder If-Match); een andere casusregisseur daarna met If-Match. De "
                    + "casusregisseur werkt bij een partner van het dossier (400 CRS-023).")
    public Response wijsAan(@PathParam("dossier") String dossier,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CrisisInvoerJson.Casusregie regie) {
        Dmfiregie.Casusregisseur casusregisseur = regie == null || regie.casusregisseur() == null ? null
                : new Dmfiregie.Casusregisseur(regie.casusregisseur().organisatie(), regie.casusregisseur().naam(),
                        regie.casusregisseur().telefoon());
        return metVersie(zaken.wijsCasusregisseurAan(medewerker(), CrisisdossierResource.uuid(dossier),
                ifMatch, casusregisseur), Response.ok());
    }

    @POST
    @Path("evaluatiemomenten")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan een evaluatiemoment",
            description = "Wanneer (datum en tijd met zone, tot een dag terug en een jaar vooruit) en waarover (≤ 200). DMFI moet "
                    + "lopen (409 CRS-026). Wat besloten wordt, schrijft u als aantekening met haar categorie.")
    public Response plan(@PathParam("dossier") String dossier, CrisisInvoerJson.Evaluatieplanning planning) {
        Evaluatiemoment moment = zaken.planEvaluatie(medewerker(), CrisisdossierResource.uuid(dossier),
                planning == null ? null : planning.geplandOp(),
                planning == null ? null : planning.onderwerp());
        return Response.created(uri.getAbsolutePathBuilder().path(moment.id().toString()).build())
                .entity(DmfiJson.EvaluatiemomentJson.van(moment, false)).build();
    }

    @POST
    @Path("evaluatiemomenten/{moment}/vastlegging")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Leg een evaluatiemoment vast als gehouden of vervallen",
            description = "Eenmaal (409 CRS-025 daarna); vervallen vraagt een toelichting (≤ 500).")
    public Response legVast(@PathParam("dossier") String dossier,
            @PathParam("moment") String moment, CrisisInvoerJson.Evaluatievastlegging vastlegging) {
        UUID momentId = Ids.uitPad(moment, () -> Crisisbronnen.nietGevonden("Dit evaluatiemoment"));
        return metVersie(zaken.legEvaluatieVast(medewerker(), CrisisdossierResource.uuid(dossier), momentId,
                vastlegging == null ? null : vastlegging.uitkomst(),
                vastlegging == null ? null : vastlegging.toelichting()), Response.ok());
    }

    private static Response metVersie(Dmfiinzage inzage, Response.ResponseBuilder antwoord) {
        inzage.regie().ifPresent(r -> antwoord.tag(String.valueOf(r.versie())));
        return antwoord.entity(DmfiJson.van(inzage)).build();
    }

    private Medewerker medewerker() {
        return aanvrager.medewerker().orElseThrow();
    }
}
