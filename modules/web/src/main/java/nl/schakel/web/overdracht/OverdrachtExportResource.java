package nl.schakel.web.overdracht;

import nl.schakel.overdracht.toepassing.Overdrachtexport;
import nl.schakel.overdracht.toepassing.Overdrachtzaken;
import nl.schakel.overdracht.toepassing.PdfBestand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.gedeeld.invoer.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The PDFs of an overdracht (issue 4): the export as the caller may see it, and the feedback letter to the melder.
 * Offered as a download ({@code Content-Disposition: attachment}) under a name with only the id; like every API
 * answer with personal data, {@code Cache-Control: no-store} (set by {@code AntwoordKoppen}). Errors are problem+json
 * as everywhere.
 */
@Path("overdrachten")
@ApplicationScoped
public class OverdrachtExportResource {

    static final String PDF = "application/pdf";

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Overdrachtexport export;

    @GET
    @Path("{id}/export")
    @Produces(PDF)
    @Operation(summary = "Overdracht als PDF",
            description = "De overdracht precies zoals de toegang van de aanvrager haar laat zien; achtergehouden categorieën "
                    + "worden genoemd, hun inhoud staat er niet in. Vastgelegd in het logboek als export. Niet met noodtoegang.")
    public Response exporteer(@PathParam("id") String id) {
        return download(export.exporteer(aanvrager.medewerker().orElseThrow(), uuid(id)));
    }

    @GET
    @Path("{id}/terugkoppelingsbrief")
    @Produces(PDF)
    @Operation(summary = "Terugkoppelingsbrief aan de melder (PDF)",
            description = "Voor de eigenaar: of er vervolg is en naar welk soort partner, zonder namen of inhoud van de zaak. "
                    + "Niet voor een anonieme melder (OVD-020) of een concept (OVD-021). Vastgelegd in het logboek.")
    public Response terugkoppelingsbrief(@PathParam("id") String id) {
        return download(export.terugkoppelingsbrief(aanvrager.medewerker().orElseThrow(), uuid(id)));
    }

    private static Response download(PdfBestand bestand) {
        return Response.ok(bestand.inhoud(), PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + bestand.bestandsnaam() + "\"")
                .build();
    }

    private static UUID uuid(String id) {
        return Ids.uitPad(id, Overdrachtzaken::nietGevonden);
    }
}
