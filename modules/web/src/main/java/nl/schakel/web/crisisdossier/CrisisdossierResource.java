package nl.schakel.web.crisisdossier;

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
import nl.schakel.crisisdossier.toepassing.Crisisbronnen;
import nl.schakel.crisisdossier.toepassing.Crisisbewaring;
import nl.schakel.crisisdossier.toepassing.Crisisdossierzaken;
import nl.schakel.crisisdossier.toepassing.Dossierinzage;
import nl.schakel.gedeeld.invoer.Ids;
import nl.schakel.gedeeld.pagina.Pagina;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Toegang;
import nl.schakel.web.api.Lijst;
import nl.schakel.web.api.RedenJson;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Crisisdossiers (flow 3): the joint file of Veilig Thuis's crisis team, the CIT, the Raad and Filomena. Access is decided
 * per request by the gate from the caller's grants; the work is in {@link Crisisdossierzaken}.
 */
@Path("crisisdossiers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CrisisdossierResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Crisisdossierzaken zaken;

    @Inject
    Crisisbewaring bewaring;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Mijn crises", description = "De crisisdossiers waarvan uw organisatie partner is, nieuwste eerst; filter "
            + "op status (OPEN, GESLOTEN), met sof7=verlopen alleen die waarvan de SOF7-termijn verstreken is en met "
            + "evaluatie=verlopen alleen die met een verlopen DMFI-evaluatiemoment.")
    public Map<String, Object> zoek(@QueryParam("status") String status, @QueryParam("sof7") String sof7,
            @QueryParam("evaluatie") String evaluatie, @QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") Integer paginaGrootte) {
        Pagina<Dossierinzage> gevonden = zaken.zoek(medewerker(), status, sof7, evaluatie, pagina, paginaGrootte);
        return Lijst.van("crisisdossiers", gevonden.items().stream().map(CrisisdossierSamenvattingJson::van).toList(), uri, gevonden);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén crisisdossier", description = "De melding, de betrokkenen, de partners, de SOF7-klok en waarom u het ziet.")
    public Response lees(@PathParam("id") String id) {
        return metVersie(zaken.lees(medewerker(), uuid(id)));
    }

    @POST
    @Path("{id}/sluiting")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sluit het crisisdossier", description = "Naar regulier werk of af te schalen naar een overdracht, met een "
            + "reden. De toegang van elke partner eindigt; elke organisatie houdt haar eigen aantekeningen. Vereist If-Match.")
    public Response sluit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CrisisInvoerJson.Sluiting sluiting) {
        return metVersie(zaken.sluit(medewerker(), uuid(id), ifMatch, sluiting == null ? null : sluiting.uitkomst(),
                sluiting == null ? null : sluiting.reden()));
    }

    @POST
    @Path("{id}/sof7/afronding")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rond het SOF7-onderzoek af", description = "Het crisisteam van Veilig Thuis of het CIT legt vast dat het "
            + "snelle onderzoek klaar is, met een korte conclusie (≤ 2000); daarna is de SOF7-termijn voor niemand meer verlopen. "
            + "Vereist If-Match. Niet gestart: 409 CRS-014; al afgerond: 409 CRS-015; gesloten: 409 CRS-012.")
    public Response rondSof7Af(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            CrisisInvoerJson.Sof7Afronding afronding) {
        return metVersie(zaken.rondSof7Af(medewerker(), uuid(id), ifMatch, afronding == null ? null : afronding.conclusie()));
    }

    @POST
    @Path("{id}/noodtoegang")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Noodtoegang", description = "Voor de dienstdoende crisisrollen op een dossier waarvan zij geen partner zijn: "
            + "met een reden, vier uur, alleen lezen, gemarkeerd en beoordeeld door de functionaris gegevensbescherming en de partners.")
    public Response noodtoegang(@PathParam("id") String id, RedenJson reden) {
        Toegang toegang = zaken.noodtoegang(medewerker(), uuid(id), reden == null ? null : reden.reden());
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("tot", toegang.geldigTot().orElseThrow(), "reden", toegang.toelichting().orElse(""))).build();
    }

    private Medewerker medewerker() {
        return aanvrager.medewerker().orElseThrow();
    }

    private Response metVersie(Dossierinzage inzage) {
        CrisisdossierJson dossier = CrisisdossierJson.van(inzage, bewaring.vernietigingsdatum(inzage.dossier().id()).orElse(null));
        return Response.ok(dossier).tag(String.valueOf(dossier.versie())).build();
    }

    static UUID uuid(String id) {
        return Ids.uitPad(id, Crisisbronnen::dossierNietGevonden);
    }
}
