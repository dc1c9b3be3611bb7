package nl.schakel.web.crisisdossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.schakel.crisisdossier.domein.Crisismeldinggegevens;
import nl.schakel.crisisdossier.toepassing.Crisisdossierzaken;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;

/**
 * The shared intake form (crisismelding): any crisis partner submits it, day and night; it creates the joint file with
 * the chosen partners as co-owners, who hear of it through the feed. The file lives at {@code /crisisdossiers/{id}}.
 */
@Path("crisismeldingen")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CrisismeldingResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Crisisdossierzaken zaken;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Doe een crisismelding", description = "Wat er gebeurde, de "
            + "directe veiligheid, de betrokkenen met minimale identiteit en de partners die nodig zijn; start het crisisdossier.")
    public Response meld(Crisismeldinggegevens gegevens) {
        CrisisdossierJson dossier = CrisisdossierJson.van(zaken.meld(aanvrager.medewerker().orElseThrow(), gegevens), null); // open: no clock
        return Response.created(uri.getBaseUriBuilder().path("crisisdossiers").path(dossier.id().toString()).build())
                .entity(dossier).tag(String.valueOf(dossier.versie())).build();
    }
}
