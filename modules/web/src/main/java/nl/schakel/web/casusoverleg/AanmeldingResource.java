package nl.schakel.web.casusoverleg;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Aanmeldingsgegevens;
import nl.schakel.casusoverleg.toepassing.AanmeldingInzage;
import nl.schakel.casusoverleg.toepassing.Aanmeldingzaken;
import nl.schakel.casusoverleg.toepassing.Casusbronnen;
import nl.schakel.gedeeld.invoer.Ids;
import nl.schakel.gedeeld.pagina.Pagina;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.bewaren.Vernietigingskalender;
import nl.schakel.web.api.Lijst;
import nl.schakel.web.api.RedenJson;
import nl.schakel.web.toegang.ToegangJson;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Aanmeldingen (flow 2): a member partner registers a case at a table; the table's organiser triages it. Access is
 * decided per request by the gate from the caller's grants and the policy; the work is in {@link Aanmeldingzaken}.
 */
@Path("aanmeldingen")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AanmeldingResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Aanmeldingzaken zaken;

    @Inject
    Vernietigingskalender kalender;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Meld een casus aan", description = "Door een lid van de overlegtafel: de vraag aan het overleg, elk "
            + "criterium beantwoord met een korte reden, de betrokkenen met minimale identiteit en de voorgestelde partners.")
    public Response meldAan(Aanmeldingsgegevens gegevens) {
        AanmeldingJson aanmelding = AanmeldingJson.van(zaken.meldAan(medewerker(), gegevens), kalender);
        return Response.created(uri.getAbsolutePathBuilder().path(aanmelding.id().toString()).build())
                .entity(aanmelding).tag(String.valueOf(aanmelding.versie())).build();
    }

    @GET
    @Operation(summary = "Zoek aanmeldingen", description = "De eigen aanmeldingen, en voor de organisator alle ontvangen, oudste "
            + "indiening eerst, met de triagetermijn en of die verlopen is. Filter op status (kommagescheiden).")
    public Map<String, Object> zoek(@QueryParam("status") String status, @QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") Integer paginaGrootte) {
        Pagina<AanmeldingInzage> gevonden = zaken.zoek(medewerker(), status, pagina, paginaGrootte);
        return Lijst.van("aanmeldingen", gevonden.items().stream().map(AanmeldingSamenvattingJson::van).toList(), uri, gevonden);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén aanmelding", description = "Met de uitkomst van de triage in 'overgangen'.")
    public Response lees(@PathParam("id") String id) {
        return metVersie(zaken.lees(medewerker(), uuid(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Vul een aanmelding aan", description = "Door de aanmelder zolang de triage loopt; na een vraag om "
            + "aanvulling dient dit haar opnieuw in. Vereist If-Match.")
    public Response wijzig(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Aanmeldingsgegevens gegevens) {
        return metVersie(zaken.wijzig(medewerker(), uuid(id), ifMatch, gegevens));
    }

    @POST
    @Path("{id}/acceptatie")
    @Operation(summary = "Accepteer de aanmelding", description = "Door de organisator; daarna kan de casus op een agenda. Vereist If-Match.")
    public Response accepteer(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return metVersie(zaken.accepteer(medewerker(), uuid(id), ifMatch));
    }

    @POST
    @Path("{id}/afwijzing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Wijs de aanmelding af", description = "Door de organisator, met een reden. Vereist If-Match.")
    public Response wijsAf(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RedenJson reden) {
        return metVersie(zaken.wijsAf(medewerker(), uuid(id), ifMatch, reden == null ? null : reden.reden()));
    }

    @POST
    @Path("{id}/aanvullingsverzoek")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Vraag om aanvulling", description = "Door de organisator, met de vraag als reden; de termijn stopt tot "
            + "de aanmelder aanvult. Vereist If-Match.")
    public Response vraagAanvulling(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RedenJson reden) {
        return metVersie(zaken.vraagAanvulling(medewerker(), uuid(id), ifMatch, reden == null ? null : reden.reden()));
    }

    @POST
    @Path("{id}/afschaling")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schaal de casus af", description = "Door de organisator, met een reden: de toegang van elke genodigde "
            + "eindigt direct; elke partner houdt zijn eigen inbreng; de gedeelde kopie krijgt haar bewaardatum. Vereist If-Match.")
    public Response schaalAf(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RedenJson reden) {
        return metVersie(zaken.schaalAf(medewerker(), uuid(id), ifMatch, reden == null ? null : reden.reden()));
    }

    @GET
    @Path("{id}/toegang")
    @Operation(summary = "Waarom zie ik dit?", description = "De geldige toegangen van de aanvrager tot deze aanmelding.")
    public Map<String, Object> toegang(@PathParam("id") String id) {
        return Lijst.volledig("toegangen", zaken.toegang(medewerker(), uuid(id)).stream().map(ToegangJson::van).toList(), uri);
    }

    private Medewerker medewerker() {
        return aanvrager.medewerker().orElseThrow();
    }

    private Response metVersie(AanmeldingInzage inzage) {
        AanmeldingJson aanmelding = AanmeldingJson.van(inzage, kalender);
        return Response.ok(aanmelding).tag(String.valueOf(aanmelding.versie())).build();
    }

    /** A malformed id cannot exist: the same 404 as an unknown one, so ids cannot be probed. */
    private static UUID uuid(String id) {
        return Ids.uitPad(id, () -> Casusbronnen.nietGevonden("Deze aanmelding"));
    }
}
