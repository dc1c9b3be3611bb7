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
import nl.schakel.casusoverleg.domein.Overleg;
import nl.schakel.casusoverleg.domein.Overlegplanning;
import nl.schakel.casusoverleg.domein.Verplaatsing;
import nl.schakel.casusoverleg.toepassing.Casusbronnen;
import nl.schakel.casusoverleg.toepassing.Geheimhouding;
import nl.schakel.casusoverleg.toepassing.Overleginzage;
import nl.schakel.casusoverleg.toepassing.Overlegzaken;
import nl.schakel.gedeeld.invoer.Ids;
import nl.schakel.gedeeld.pagina.Pagina;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.web.api.Lijst;
import nl.schakel.web.toegang.ToegangJson;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Casusoverleggen: the meetings of a table and their agenda. The organiser plans; the organiser and the chair's
 * organisation own a meeting and see its whole agenda. The work is in {@link Overlegzaken}.
 */
@Path("casusoverleggen")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OverlegResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Overlegzaken zaken;

    @Inject
    Geheimhouding geheimhouding;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan een casusoverleg", description = "Door de organisator van de overlegtafel: datum, aanvang, plaats "
            + "of onlinelink, voorzitter en notulist. De organisator en de organisatie van de voorzitter worden eigenaar.")
    public Response plan(Overlegplanning planning) {
        OverlegJson overleg = OverlegJson.van(zaken.plan(medewerker(), planning));
        return Response.created(uri.getAbsolutePathBuilder().path(overleg.id().toString()).build())
                .entity(overleg).tag(String.valueOf(overleg.versie())).build();
    }

    @GET
    @Operation(summary = "Zoek casusoverleggen", description = "De overleggen waarvan de organisatie van de aanvrager eigenaar is, "
            + "vroegste eerst; filter op vanaf (JJJJ-MM-DD); gepagineerd met een cursor.")
    public Map<String, Object> zoek(@QueryParam("vanaf") String vanaf, @QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") Integer paginaGrootte) {
        Pagina<Overleg> gevonden = zaken.zoek(medewerker(), vanaf, pagina, paginaGrootte);
        return Lijst.van("casusoverleggen", gevonden.items().stream().map(OverlegSamenvattingJson::van).toList(), uri, gevonden);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén casusoverleg met zijn agenda", description = "Per agendapunt wie de casus aanmeldde, wie is "
            + "uitgenodigd en wie zijn inbreng deelde; de inhoud staat per agendapunt.")
    public Response lees(@PathParam("id") String id) {
        return metVersie(zaken.lees(medewerker(), uuid(id)));
    }

    @POST
    @Path("{id}/agendapunten")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Zet een casus op de agenda", description = "Een geaccepteerde aanmelding van deze overlegtafel komt "
            + "als laatste agendapunt op de agenda. Vereist If-Match met de versie van het overleg; antwoordt met het overleg.")
    public Response zetOpAgenda(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InvoerJson.Agendapunt agendapunt) {
        Overleginzage overleg = zaken.zetOpAgenda(medewerker(), uuid(id), ifMatch, agendapunt == null ? null : agendapunt.aanmelding());
        OverlegJson json = OverlegJson.van(overleg);
        UUID nieuw = overleg.agenda().stream().filter(r -> agendapunt.aanmelding().equals(r.punt().aanmeldingId()))
                .findFirst().orElseThrow().punt().id();
        return Response.created(uri.getBaseUriBuilder().path("agendapunten").path(nieuw.toString()).build())
                .entity(json).tag(String.valueOf(json.versie())).build();
    }

    @PUT
    @Path("{id}/agenda")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Orden de agenda", description = "De agendapunten in de nieuwe volgorde, elk precies één keer. Vereist "
            + "If-Match met de versie van het overleg: wie een verouderde agenda ordent, krijgt 412 en verliest niets van een ander.")
    public Response orden(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InvoerJson.Volgorde volgorde) {
        return metVersie(zaken.orden(medewerker(), uuid(id), ifMatch, volgorde == null ? null : volgorde.agendapunten()));
    }

    @PUT
    @Path("{id}/datum")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verplaats het casusoverleg", description = "Door de organisator, zolang het overleg niet geweest is: "
            + "een nieuwe datum (vandaag tot een jaar vooruit) en desgewenst een nieuwe aanvang en een nieuw einde. Elke lopende "
            + "uitnodiging voor de agendapunten schuift mee: haar toegang eindigt nu aan het einde van de termijn na de nieuwe "
            + "datum, later of eerder; de toegang van een actiehouder blijft ongemoeid. Vereist If-Match met de versie van het "
            + "overleg; antwoordt met het overleg.")
    public Response verplaats(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Verplaatsing verplaatsing) {
        return metVersie(zaken.verplaats(medewerker(), uuid(id), ifMatch, verplaatsing));
    }

    @POST
    @Path("{id}/geheimhoudingsverklaring")
    @Operation(summary = "Bevestig de geheimhoudingsverklaring", description = "Eén keer per overleg per persoon, door wie aan "
            + "het overleg zit (eigenaar of genodigde voor een agendapunt); daarna opent de inhoud van de agendapunten. 201 de "
            + "eerste keer, 200 met het eerste tijdstip daarna. Geen body.")
    public Response bevestigGeheimhouding(@PathParam("id") String id) {
        Geheimhouding.Bevestiging bevestiging = geheimhouding.bevestig(medewerker(), uuid(id));
        GeheimhoudingJson json = new GeheimhoudingJson(bevestiging.overlegId(), bevestiging.bevestigdOp());
        if (bevestiging.nieuw()) {
            return Response.created(uri.getAbsolutePath()).entity(json).build();
        }
        return Response.ok(json).build();
    }

    @GET
    @Path("{id}/toegang")
    @Operation(summary = "Waarom zie ik dit?", description = "De geldige toegangen van de aanvrager tot dit overleg.")
    public Map<String, Object> toegang(@PathParam("id") String id) {
        return Lijst.volledig("toegangen", zaken.toegang(medewerker(), uuid(id)).stream().map(ToegangJson::van).toList(), uri);
    }

    private Medewerker medewerker() {
        return aanvrager.medewerker().orElseThrow();
    }

    private static Response metVersie(Overleginzage inzage) {
        OverlegJson overleg = OverlegJson.van(inzage);
        return Response.ok(overleg).tag(String.valueOf(overleg.versie())).build();
    }

    private static UUID uuid(String id) {
        return Ids.uitPad(id, () -> Casusbronnen.nietGevonden("Dit overleg"));
    }
}
