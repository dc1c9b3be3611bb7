package nl.schakel.web.casusoverleg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.HttpHeaders;
import nl.schakel.casusoverleg.domein.Aanwezigheidsgegevens;
import nl.schakel.casusoverleg.domein.Actiegegevens;
import nl.schakel.casusoverleg.domein.Verslag;
import nl.schakel.casusoverleg.toepassing.Actiezaken;
import nl.schakel.casusoverleg.toepassing.Agendapuntsamenvatting;
import nl.schakel.casusoverleg.toepassing.Agendapuntzaken;
import nl.schakel.casusoverleg.toepassing.Casusbronnen;
import nl.schakel.casusoverleg.toepassing.Uitvoerbestand;
import nl.schakel.casusoverleg.toepassing.Verslaguitvoer;
import nl.schakel.gedeeld.invoer.Ids;
import nl.schakel.gedeeld.pagina.Pagina;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.web.api.Lijst;
import nl.schakel.web.toegang.ToegangJson;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Agendapunten: one case on one meeting's agenda. A partner sees only the items it is invited to; an item it is not
 * invited to does not exist for it (404), also at a meeting where it sits for another item. The work is in
 * {@link Agendapuntzaken}.
 */
@Path("agendapunten")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgendapuntResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Agendapuntzaken zaken;

    @Inject
    Actiezaken acties;

    @Inject
    Verslaguitvoer verslagen;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Mijn agendapunten", description = "De agendapunten waarvoor de organisatie van de aanvrager is "
            + "uitgenodigd (of waarvan zij het overleg bezit), per overleg in agendavolgorde; filter op vanaf (JJJJ-MM-DD).")
    public Map<String, Object> zoek(@QueryParam("vanaf") String vanaf, @QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") Integer paginaGrootte) {
        Pagina<Agendapuntsamenvatting> gevonden = zaken.zoek(medewerker(), vanaf, pagina, paginaGrootte);
        return Lijst.van("agendapunten", gevonden.items().stream().map(AgendapuntSamenvattingJson::van).toList(), uri, gevonden);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén agendapunt", description = "Het overleg, de casus, de genodigden en de inbreng die de aanvrager "
            + "mag zien; wat buiten de categorieën van zijn toegang valt, staat in 'achtergehouden'.")
    public Response lees(@PathParam("id") String id) {
        AgendapuntJson agendapunt = AgendapuntJson.van(zaken.lees(medewerker(), uuid(id)));
        return Response.ok(agendapunt).tag(String.valueOf(agendapunt.versie())).build();
    }

    @POST
    @Path("{id}/uitnodigingen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Nodig een partner uit voor dit agendapunt", description = "Door de organisator: een toegang voor dit "
            + "agendapunt alleen, voor de categorieën die het beleid het type van de partner geeft (of minder), tot het einde van "
            + "de termijn na het overleg. Met 'alleenVoor' ({\"team\": …} of {\"gebruikersnaam\": …}) alleen voor één team of één "
            + "persoon van die organisatie: voor haar collega's bestaat het agendapunt dan niet (404). Antwoordt met het agendapunt; "
            + "de genodigde staat in 'uitnodigingen'.")
    public Response nodigUit(@PathParam("id") String id, InvoerJson.Uitnodiging uitnodiging) {
        InvoerJson.AlleenVoor alleenVoor = uitnodiging == null ? null : uitnodiging.alleenVoor();
        AgendapuntJson agendapunt = AgendapuntJson.van(zaken.nodigUit(medewerker(), uuid(id),
                uitnodiging == null ? null : uitnodiging.organisatie(), uitnodiging == null ? null : uitnodiging.categorieen(),
                alleenVoor == null ? null : alleenVoor.team(), alleenVoor == null ? null : alleenVoor.gebruikersnaam()));
        return Response.created(uri.getBaseUriBuilder().path("agendapunten").path(agendapunt.id().toString()).build())
                .entity(agendapunt).tag(String.valueOf(agendapunt.versie())).build();
    }

    @PUT
    @Path("{id}/aanwezigheid")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Leg de aanwezigheid vast", description = "Door de organisator of de voorzitter, na de "
            + "geheimhoudingsverklaring: per organisatie aan dit agendapunt of zij aanwezig was. Vervangt de vorige; vereist If-Match.")
    public Response legAanwezigheidVast(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Aanwezigheidsgegevens aanwezigheid) {
        return metVersie(zaken.legAanwezigheidVast(medewerker(), uuid(id), ifMatch, aanwezigheid));
    }

    @PUT
    @Path("{id}/verslag")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Leg het verslag vast", description = "Door de organisator of de voorzitter, na de "
            + "geheimhoudingsverklaring: analyse, besluiten, plan van aanpak en casusregisseur (teksten tot 4000 tekens). "
            + "Vervangt het vorige; vereist If-Match: wie een verouderde versie stuurt, krijgt 412 en verliest niets van een ander.")
    public Response legVerslagVast(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Verslag verslag) {
        return metVersie(zaken.legVerslagVast(medewerker(), uuid(id), ifMatch, verslag));
    }

    @POST
    @Path("{id}/acties")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Wijs een actie toe", description = "Door de organisator of de voorzitter: een organisatie aan dit "
            + "agendapunt doet iets vóór een datum. Zij krijgt een eigen toegang tot de actie (ACTIEHOUDER) tot die is afgerond.")
    public Response wijsActieToe(@PathParam("id") String id, Actiegegevens actie) {
        ActieJson json = ActieJson.van(acties.wijsToe(medewerker(), uuid(id), actie));
        return Response.created(uri.getBaseUriBuilder().path("acties").path(json.id().toString()).build())
                .entity(json).tag(String.valueOf(json.versie())).build();
    }

    @GET
    @Path("{id}/verslag.pdf")
    @Produces(OverlegUitvoerResource.PDF)
    @Operation(summary = "Verslag van een agendapunt (PDF)",
            description = "Voor wie het verslag van dit agendapunt mag lezen (organisator, voorzitter en de genodigden zolang hun "
                    + "uitnodiging loopt), na de geheimhoudingsverklaring: analyse, besluiten, plan van aanpak met casusregisseur en "
                    + "de acties met eigenaar, datum en status; de casus alleen met haar kenmerk. Getagd (PDF/UA-1). Elke download "
                    + "staat in het logboek als export. Niet uitgenodigd: 404; zonder verklaring: 403 CSO-020.")
    public Response verslagPdf(@PathParam("id") String id) {
        Uitvoerbestand bestand = verslagen.verslagPdf(medewerker(), uuid(id));
        return Response.ok(bestand.inhoud(), bestand.mediatype())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + bestand.bestandsnaam() + "\"").build();
    }

    @GET
    @Path("{id}/toegang")
    @Operation(summary = "Waarom zie ik dit?", description = "De geldige toegangen van de aanvrager tot dit agendapunt of zijn "
            + "overleg: reden, doel, categorieën en looptijd.")
    public Map<String, Object> toegang(@PathParam("id") String id) {
        return Lijst.volledig("toegangen", zaken.toegang(medewerker(), uuid(id)).stream().map(ToegangJson::van).toList(), uri);
    }

    private static Response metVersie(nl.schakel.casusoverleg.toepassing.Agendapuntinzage inzage) {
        AgendapuntJson agendapunt = AgendapuntJson.van(inzage);
        return Response.ok(agendapunt).tag(String.valueOf(agendapunt.versie())).build();
    }

    private Medewerker medewerker() {
        return aanvrager.medewerker().orElseThrow();
    }

    private static UUID uuid(String id) {
        return Ids.uitPad(id, () -> Casusbronnen.nietGevonden("Dit agendapunt"));
    }
}
