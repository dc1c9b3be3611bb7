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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Inbrenggegevens;
import nl.schakel.casusoverleg.toepassing.Casusbronnen;
import nl.schakel.casusoverleg.toepassing.Inbrenginzage;
import nl.schakel.casusoverleg.toepassing.Inbrengzaken;
import nl.schakel.gedeeld.invoer.Ids;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.web.api.Lijst;
import nl.schakel.web.toegang.ToegangJson;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A partner's own inbreng on an agenda item: a draft for its own organisation until it shares it; only the contributor
 * changes, shares or withdraws it (If-Match). The work is in {@link Inbrengzaken}.
 */
@Path("agendapunten/{agendapunt}/inbreng")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class InbrengResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Inbrengzaken zaken;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lever inbreng", description = "Een concept van de organisatie van de aanvrager, in delen met elk een "
            + "gegevenscategorie en een grondslag; één per organisatie per agendapunt.")
    public Response lever(@PathParam("agendapunt") String agendapunt, Inbrenggegevens gegevens) {
        InbrengJson inbreng = InbrengJson.van(zaken.lever(medewerker(), punt(agendapunt), gegevens));
        return Response.created(uri.getAbsolutePathBuilder().path(inbreng.id().toString()).build())
                .entity(inbreng).tag(String.valueOf(inbreng.versie())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén inbreng", description = "De eigen inbreng geheel; die van een ander alleen gedeeld, met de delen die "
            + "de categorieën van de aanvrager dekken.")
    public Response lees(@PathParam("agendapunt") String agendapunt, @PathParam("id") String id) {
        return metVersie(zaken.lees(medewerker(), punt(agendapunt), uuid(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Wijzig de eigen inbreng", description = "Vervangt de delen; vereist If-Match.")
    public Response wijzig(@PathParam("agendapunt") String agendapunt, @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Inbrenggegevens gegevens) {
        return metVersie(zaken.wijzig(medewerker(), punt(agendapunt), uuid(id), ifMatch, gegevens));
    }

    @POST
    @Path("{id}/deling")
    @Operation(summary = "Deel de eigen inbreng", description = "De andere genodigden zien voortaan de delen die hun categorieën "
            + "dekken. Vereist If-Match.")
    public Response deel(@PathParam("agendapunt") String agendapunt, @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return metVersie(zaken.deel(medewerker(), punt(agendapunt), uuid(id), ifMatch));
    }

    @POST
    @Path("{id}/intrekking")
    @Operation(summary = "Trek de eigen inbreng in", description = "Alleen de eigen organisatie ziet haar nog. Vereist If-Match.")
    public Response trekIn(@PathParam("agendapunt") String agendapunt, @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return metVersie(zaken.trekIn(medewerker(), punt(agendapunt), uuid(id), ifMatch));
    }

    @GET
    @Path("{id}/versies")
    @Operation(summary = "Versies van de eigen inbreng", description = "Elke eerdere versie met haar delen, oudste eerst; alleen "
            + "voor de organisatie die de inbreng leverde.")
    public Map<String, Object> versies(@PathParam("agendapunt") String agendapunt, @PathParam("id") String id) {
        return Lijst.volledig("versies", zaken.versies(medewerker(), punt(agendapunt), uuid(id)).stream().map(InbrengversieJson::van)
                .toList(), uri);
    }

    @GET
    @Path("{id}/toegang")
    @Operation(summary = "Waarom zie ik dit?", description = "De geldige toegangen van de aanvrager tot deze inbreng, haar "
            + "agendapunt of haar overleg.")
    public Map<String, Object> toegang(@PathParam("agendapunt") String agendapunt, @PathParam("id") String id) {
        return Lijst.volledig("toegangen", zaken.toegang(medewerker(), punt(agendapunt), uuid(id)).stream().map(ToegangJson::van).toList(),
                uri);
    }

    private Medewerker medewerker() {
        return aanvrager.medewerker().orElseThrow();
    }

    private static UUID punt(String agendapunt) {
        return Ids.uitPad(agendapunt, () -> Casusbronnen.nietGevonden("Dit agendapunt"));
    }

    private static Response metVersie(Inbrenginzage inzage) {
        InbrengJson inbreng = InbrengJson.van(inzage);
        return Response.ok(inbreng).tag(String.valueOf(inbreng.versie())).build();
    }

    private static UUID uuid(String id) {
        return Ids.uitPad(id, () -> Casusbronnen.nietGevonden("Deze inbreng"));
    }
}
