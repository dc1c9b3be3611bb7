package nl.schakel.web.verzoek;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.gedeeld.invoer.Ids;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.verzoek.Verzoek;
import nl.schakel.toegang.toepassing.Inzagerapport;
import nl.schakel.toegang.toepassing.Verzoekbehandeling;
import nl.schakel.web.api.Lijst;
import nl.schakel.web.api.RedenJson;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /verzoeken}: requests of data subjects at their contact point (Veilig Thuis, the Zorg- en Veiligheidshuis).
 * Roles of {@code verzoek.*} (403 TGN-002 otherwise), then the caller's organisation must be a contact point (403
 * AVG-051) and the request its own (404 AVG-052); every refusal is logged.
 */
@Path("verzoeken")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class VerzoekResource {

    static final String PDF = "application/pdf";

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Verzoekbehandeling behandeling;

    @Inject
    Inzagerapport inzage;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registreer een verzoek van een betrokkene",
            description = "Inzage, correctie, vernietiging, beperking of bezwaar; de persoon op BSN en/of achternaam en geboortedatum "
                    + "(alleen als sleutel-hash bewaard), een eigen verwijzing (initialen en kenmerk) en de ontvangstdatum. Termijn: "
                    + "een kalendermaand na ontvangst. Het verzoek gaat als deelverzoek naar elke organisatie die gegevens over de "
                    + "persoon heeft of ontving.")
    public Response registreer(VerzoekregistratieJson body) {
        VerzoekregistratieJson b = body == null ? new VerzoekregistratieJson(null, null, null, null, null, null, null) : body;
        Verzoek verzoek = behandeling.registreer(medewerker(), b.soort(), b.bsn(), b.achternaam(), b.voornaam(), b.geboortedatum(),
                b.weergave(), b.ontvangenOp());
        return Response.created(uri.getAbsolutePathBuilder().path(verzoek.id().toString()).build())
                .entity(VerzoekJson.van(verzoek, behandeling.vandaag())).tag(String.valueOf(verzoek.versie())).build();
    }

    @GET
    @Operation(summary = "Verzoeken van het contactpunt", description = "Lopende eerst (vroegste uiterste datum voorop), dan afgeronde.")
    public Map<String, Object> lijst() {
        return Lijst.volledig("verzoeken", behandeling.lijst(medewerker()).stream().map(v -> VerzoekJson.van(v, behandeling.vandaag())).toList(),
                uri);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén verzoek", description = "Met de termijn en de voortgang van elk deelverzoek.")
    public Response lees(@PathParam("id") String id) {
        return metVersie(behandeling.lees(medewerker(), uuid(id)));
    }

    @POST
    @Path("{id}/verlenging")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verleng de termijn", description = "Eenmaal, met twee maanden, met een reden. Vereist If-Match.")
    public Response verleng(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RedenJson reden) {
        return metVersie(behandeling.verleng(medewerker(), uuid(id), ifMatch, reden == null ? null : reden.reden()));
    }

    @POST
    @Path("{id}/verzoeker-geinformeerd")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "De verzoeker is geïnformeerd", description = "Als elk deelverzoek beantwoord is; rondt het verzoek af. Vereist If-Match.")
    public Response geinformeerd(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, DatumJson datum) {
        return metVersie(behandeling.verzoekerGeinformeerd(medewerker(), uuid(id), ifMatch, datum == null ? null : datum.datum()));
    }

    @GET
    @Path("{id}/inzage")
    @Produces(PDF)
    @Operation(summary = "Inzagerapport als PDF", description = "Voor een inzageverzoek: de gegevens over de persoon per bron en wie "
            + "ze inzag (organisatie, rol, doel, datum); achtergehouden onderdelen alleen in het deel voor de beoordelaar, met reden.")
    public Response inzage(@PathParam("id") String id) {
        return Response.ok(inzage.pdf(medewerker(), uuid(id)), PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"inzagerapport.pdf\"").build();
    }

    private Response metVersie(Verzoek verzoek) {
        return Response.ok(VerzoekJson.van(verzoek, behandeling.vandaag())).tag(String.valueOf(verzoek.versie())).build();
    }

    private Medewerker medewerker() {
        return aanvrager.medewerker().orElseThrow();
    }

    private static UUID uuid(String id) {
        return Ids.uitPad(id, () -> new NietGevondenFout(Verzoekbehandeling.NIET_GEVONDEN, "Dit verzoek bestaat niet."));
    }
}
