package nl.schakel.web.crisisdossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.schakel.crisisdossier.domein.Veiligheidsbijdragegegevens;
import nl.schakel.crisisdossier.toepassing.Gezamenlijkeveiligheid;
import nl.schakel.crisisdossier.toepassing.Veiligheidzaken;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.domein.Medewerker;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The joint veiligheidsbeoordeling and veiligheidsplan of a crisis file, each partner writing its own part. */
@Path("crisisdossiers/{dossier}/veiligheid")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class VeiligheidResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Veiligheidzaken zaken;

    @GET
    @Operation(summary = "De gezamenlijke veiligheidsbeoordeling en het veiligheidsplan",
            description = "Het deel van elke partner (oordeel, risicofactoren, beschermende factoren, afspraken) en het "
                    + "gezamenlijke oordeel: het ernstigste dat een partner gaf.")
    public VeiligheidJson lees(@PathParam("dossier") String dossier) {
        return VeiligheidJson.van(zaken.lees(medewerker(), CrisisdossierResource.uuid(dossier)));
    }

    @PUT
    @Path("{organisatie}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schrijf het deel van uw organisatie",
            description = "Alleen het deel van de eigen organisatie. Het eerste deel zonder If-Match; daarna met If-Match (de "
                    + "versie van het deel): wie een verouderde versie wijzigt krijgt 412 en verliest niets van wat de ander bewaarde.")
    public Response draagBij(@PathParam("dossier") String dossier,
            @PathParam("organisatie") String organisatie, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Veiligheidsbijdragegegevens gegevens) {
        Medewerker medewerker = medewerker();
        Gezamenlijkeveiligheid veiligheid = zaken.draagBij(medewerker, CrisisdossierResource.uuid(dossier), organisatie, ifMatch,
                gegevens);
        VeiligheidJson json = VeiligheidJson.van(veiligheid);
        Response.ResponseBuilder antwoord = Response.ok(json);
        json.bijdragen().stream().filter(b -> b.organisatieCode().equals(organisatie)).findFirst()
                .ifPresent(eigen -> antwoord.tag(String.valueOf(eigen.versie())));
        return antwoord.build();
    }

    private Medewerker medewerker() {
        return aanvrager.medewerker().orElseThrow();
    }
}
