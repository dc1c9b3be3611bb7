package nl.schakel.web.verwerkingsregister;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.toepassing.Verwerkingsregisterinzage;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The register of processing activities (AVG art. 30), generated from the access policy, the retention rules and the
 * realm: as JSON, and as a PDF download ({@code /export}, as the overdracht's export). For the roles of
 * {@code verwerkingsregister.lezen}; a refusal is 403 {@code TGN-002}, logged. It holds no personal data, so reading it
 * writes no logboek row.
 */
@Path("verwerkingsregister")
@ApplicationScoped
public class VerwerkingsregisterResource {

    static final String PDF = "application/pdf";
    static final String BESTANDSNAAM = "verwerkingsregister.pdf";

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Verwerkingsregisterinzage inzage;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verwerkingsregister (AVG art. 30)",
            description = "Per doel: verwerkingsverantwoordelijken, categorieën persoonsgegevens en betrokkenen, ontvangers, "
                    + "grondslag, rollen en bewaartermijnen; gegenereerd uit het toegangsbeleid, de bewaartermijnen en de realm. "
                    + "Voor de functionaris gegevensbescherming en de procesregisseurs van Veilig Thuis en het Zorg- en Veiligheidshuis.")
    public VerwerkingsregisterJson lees() {
        return VerwerkingsregisterJson.van(inzage.lees(aanvrager.medewerker().orElseThrow()));
    }

    @GET
    @Path("export")
    @Produces(PDF)
    @Operation(summary = "Verwerkingsregister als PDF", description = "Hetzelfde register als document (download).")
    public Response exporteer() {
        return Response.ok(inzage.pdf(aanvrager.medewerker().orElseThrow()), PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + BESTANDSNAAM + "\"")
                .build();
    }
}
