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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Aantekening;
import nl.schakel.crisisdossier.domein.Aantekeninggegevens;
import nl.schakel.crisisdossier.toepassing.Aantekeningzaken;
import nl.schakel.crisisdossier.toepassing.Crisisbronnen;
import nl.schakel.crisisdossier.toepassing.Tijdlijn;
import nl.schakel.gedeeld.invoer.Ids;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.web.api.RedenJson;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The entries of a crisis file (aantekeningen): never overwritten. The author organisation corrects by a new version or
 * withdraws with a reason; every co-owner sees the others' entries as the policy lets its grant show their category.
 */
@Path("crisisdossiers/{dossier}/aantekeningen")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AantekeningResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Aantekeningzaken zaken;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schrijf een aantekening", description = "Een notitie, observatie, beoordeling of besluit met één "
            + "gegevenscategorie, van uw organisatie.")
    public Response schrijf(@PathParam("dossier") String dossier, Aantekeninggegevens gegevens) {
        Aantekening aantekening = zaken.schrijf(medewerker(), CrisisdossierResource.uuid(dossier), gegevens);
        return Response.created(uri.getAbsolutePathBuilder().path(aantekening.id().toString()).build())
                .entity(AantekeningJson.van(aantekening)).tag(String.valueOf(aantekening.versie())).build();
    }

    @GET
    @Operation(summary = "De tijdlijn", description = "De aantekeningen die u mag zien, nieuwste eerst, en de categorieën die zijn "
            + "achtergehouden.")
    public Map<String, Object> tijdlijn(@PathParam("dossier") String dossier) {
        Tijdlijn tijdlijn = zaken.tijdlijn(medewerker(), CrisisdossierResource.uuid(dossier));
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("aantekeningen", tijdlijn.aantekeningen().stream().map(AantekeningJson::van).toList());
        antwoord.put("achtergehouden", tijdlijn.achtergehouden().stream().map(Enum::name).toList());
        return antwoord;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén aantekening")
    public Response lees(@PathParam("dossier") String dossier, @PathParam("id") String id) {
        return metVersie(zaken.lees(medewerker(), CrisisdossierResource.uuid(dossier), uuid(id)));
    }

    @GET
    @Path("{id}/versies")
    @Operation(summary = "De geschiedenis van een aantekening", description = "Elke versie, oudste eerst.")
    public Map<String, Object> versies(@PathParam("dossier") String dossier, @PathParam("id") String id) {
        List<Map<String, Object>> versies = zaken.versies(medewerker(), CrisisdossierResource.uuid(dossier), uuid(id)).stream().map(v -> {
            Map<String, Object> versie = new LinkedHashMap<>();
            versie.put("versie", v.versie());
            versie.put("soort", v.soort().name());
            versie.put("categorie", v.categorie().name());
            versie.put("tekst", v.tekst());
            versie.put("op", v.op());
            versie.put("door", Map.of("naam", v.doorNaam(), "organisatieCode", v.doorOrganisatie()));
            return versie;
        }).toList();
        return Map.of("versies", versies);
    }

    @POST
    @Path("{id}/correcties")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Corrigeer een aantekening", description = "Een nieuwe versie, door de organisatie die haar schreef. "
            + "Vereist If-Match.")
    public Response corrigeer(@PathParam("dossier") String dossier,
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Aantekeninggegevens gegevens) {
        return metVersie(zaken.corrigeer(medewerker(), CrisisdossierResource.uuid(dossier), uuid(id), ifMatch, gegevens));
    }

    @POST
    @Path("{id}/intrekking")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Trek een aantekening in", description = "Met een reden, door de organisatie die haar schreef; de "
            + "geschiedenis blijft. Vereist If-Match.")
    public Response trekIn(@PathParam("dossier") String dossier,
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RedenJson reden) {
        return metVersie(zaken.trekIn(medewerker(), CrisisdossierResource.uuid(dossier),
                uuid(id), ifMatch, reden == null ? null : reden.reden()));
    }

    private Medewerker medewerker() {
        return aanvrager.medewerker().orElseThrow();
    }

    private static Response metVersie(Aantekening aantekening) {
        return Response.ok(AantekeningJson.van(aantekening)).tag(String.valueOf(aantekening.versie())).build();
    }

    private static UUID uuid(String id) {
        return Ids.uitPad(id, () -> Crisisbronnen.nietGevonden("Deze aantekening"));
    }
}
