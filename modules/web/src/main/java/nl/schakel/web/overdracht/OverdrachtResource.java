package nl.schakel.web.overdracht;

import java.time.Instant;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.overdracht.domein.OverdrachtVersie;
import nl.schakel.overdracht.domein.Termijnen;
import nl.schakel.overdracht.toepassing.Gezien;
import nl.schakel.overdracht.toepassing.Inzage;
import nl.schakel.overdracht.toepassing.OverdrachtBewaring;
import nl.schakel.overdracht.toepassing.Overdrachtzaken;
import nl.schakel.overdracht.toepassing.Voorbeeld;
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
import nl.schakel.gedeeld.pagina.Pagina;
import nl.schakel.overdracht.domein.inhoud.OverdrachtInhoud;
import nl.schakel.partners.toepassing.PartnerRegister;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.gedeeld.invoer.Ids;
import nl.schakel.web.api.Lijst;
import nl.schakel.web.api.RedenJson;
import nl.schakel.web.toegang.ToegangJson;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Overdrachten (flow 1): Veilig Thuis hands a case over to a partner. Access is decided per request by the
 * Toegangspoort from the caller's grants and the policy ({@code toegangsbeleid.json}), not by roles on the
 * methods; an overdracht the caller has no grant on does not exist for it (404, the same as a missing id).
 * The work is done in {@link Overdrachtzaken}, one transaction per request with its logboek entry.
 */
@Path("overdrachten")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OverdrachtResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Overdrachtzaken zaken;

    @Inject
    Termijnen termijnen;

    @Inject
    OverdrachtBewaring bewaring;

    @Inject
    PartnerRegister register;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stel een overdracht op",
            description = "Een nieuw concept van de organisatie van de aanvrager, met de inhoud van de overdracht. "
                    + "Alleen voor de procesregisseur.")
    public Response stelOp(OverdrachtInhoud inhoud) {
        OverdrachtJson overdracht = json(zaken.stelOp(medewerker(), inhoud));
        return Response.created(uri.getAbsolutePathBuilder().path(overdracht.id().toString()).build())
                .entity(overdracht).tag(String.valueOf(overdracht.versie())).build();
    }

    @GET
    @Operation(summary = "Zoek overdrachten",
            description = "De overdrachten waarop de aanvrager toegang heeft (als eigenaar, ontvanger of met noodtoegang), "
                    + "nieuwste wijziging eerst; alleen samenvattingen. Filter op status (kommagescheiden) en "
                    + "ontvangendeOrganisatie, zoek op (een deel van) een achternaam met naam (alleen in overdrachten waarvan "
                    + "de aanvrager namen mag zien); gepagineerd met een cursor. Elke samenvatting heeft 'herkenning' "
                    + "(achternaam, kind, gemeente, meldingsdatum) voor zover de toegang die categorieën dekt.")
    public Map<String, Object> zoek(
            @QueryParam("status") String status,
            @QueryParam("ontvangendeOrganisatie") String ontvangendeOrganisatie,
            @QueryParam("naam") String naam,
            @QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") Integer paginaGrootte) {
        Pagina<Gezien<Overdracht>> gevonden = zaken.zoek(medewerker(), status, ontvangendeOrganisatie, naam, pagina, paginaGrootte);
        Instant nu = Instant.now();
        Map<String, String> gemeenten = register.gemeentenamen();
        return Lijst.van("overdrachten", gevonden.items().stream()
                .map(g -> OverdrachtSamenvattingJson.van(g.waarde(), g.categorieen(), gemeenten, termijnen, nu)).toList(),
                uri, gevonden);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén overdracht",
            description = "Alleen de gegevenscategorieën die de toegang van de aanvrager dekt; 'achtergehouden' noemt "
                    + "de categorieën die zijn weggelaten.")
    public Response lees(@PathParam("id") String id) {
        return metVersie(zaken.lees(medewerker(), uuid(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Wijzig een concept-overdracht", description = "Vervangt de inhoud; vereist If-Match.")
    public Response wijzig(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            OverdrachtInhoud inhoud) {
        return metVersie(zaken.wijzig(medewerker(), uuid(id), ifMatch, inhoud));
    }

    @POST
    @Path("{id}/verzending")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verzend een overdracht",
            description = "Naar de ontvangende organisatie, met de gegevenscategorieën die zij mag zien: binnen het "
                    + "toegangsbeleid voor haar type (minder mag, meer niet). Wie ADRES_AFGESCHERMD kiest, geeft in "
                    + "redenAfgeschermdAdres (verplicht, ten hoogste 500 tekens) de reden om het afgeschermde adres te delen; "
                    + "die wordt vastgelegd bij de verzending (zonder reden: 400 OVD-013). In contactpersoonVeiligThuis "
                    + "(verplicht) naam en werktelefoonnummer van wie de ontvanger bij Veilig Thuis over deze zaak belt "
                    + "(ontbreekt of geen Nederlands nummer: 400 OVD-022). Ook voor een teruggelegde overdracht (opnieuw "
                    + "versturen). Vereist If-Match.")
    public Response verzend(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            VerzendingJson verzending) {
        VerzendingJson gegeven = verzending == null ? new VerzendingJson(null, null, null, null) : verzending;
        return metVersie(zaken.verzend(medewerker(), uuid(id), ifMatch, gegeven.ontvangendeOrganisatie(), gegeven.categorieen(),
                gegeven.redenAfgeschermdAdres(), gegeven.contact()));
    }

    @GET
    @Path("{id}/voorbeeld")
    @Operation(summary = "Voorbeeld voor een ontvanger",
            description = "Precies wat de organisatie 'voor' zou zien met de gekozen categorieën (standaard alles wat "
                    + "het beleid toestaat), en wat zij niet zou zien.")
    public VoorbeeldJson voorbeeld(@PathParam("id") String id, @QueryParam("voor") String voor,
            @QueryParam("categorieen") String categorieen) {
        Voorbeeld voorbeeld = zaken.voorbeeld(medewerker(), uuid(id), voor, categorieen);
        return VoorbeeldJson.van(voorbeeld.overdracht(), voorbeeld.voor(), voorbeeld.zichtbaar());
    }

    @POST
    @Path("{id}/ontvangstbevestiging")
    @Operation(summary = "Bevestig de ontvangst", description = "Door de ontvangende organisatie; vereist If-Match.")
    public Response bevestigOntvangst(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return metVersie(zaken.bevestigOntvangst(medewerker(), uuid(id), ifMatch));
    }

    @POST
    @Path("{id}/acceptatie")
    @Operation(summary = "Accepteer de overdracht",
            description = "De ontvangende organisatie neemt de verantwoordelijkheid voor zicht op veiligheid over; vereist If-Match.")
    public Response accepteer(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return metVersie(zaken.accepteer(medewerker(), uuid(id), ifMatch));
    }

    @PUT
    @Path("{id}/warme-overdracht")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan de warme overdracht",
            description = "Door de ontvangende organisatie na de ontvangstbevestiging: datum, tijd en plaats van het "
                    + "gezamenlijke gesprek met Veilig Thuis en het gezin (opnieuw plannen verzet het). Vereist If-Match.")
    public Response planWarmeOverdracht(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            WarmeOverdrachtJson planning) {
        return metVersie(zaken.planWarmeOverdracht(medewerker(), uuid(id), ifMatch, planning == null ? null : planning.alsDomein()));
    }

    @POST
    @Path("{id}/teruglegging")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Leg de overdracht terug",
            description = "Door de ontvangende organisatie, met een reden; haar toegang eindigt direct. Vereist If-Match.")
    public Response legTerug(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RedenJson reden) {
        return metVersie(zaken.legTerug(medewerker(), uuid(id), ifMatch, reden == null ? null : reden.reden()));
    }

    @POST
    @Path("{id}/intrekking")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Trek de overdracht in",
            description = "Door de eigenaar, met een reden; de toegang van de ontvanger eindigt direct. Vereist If-Match.")
    public Response trekIn(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RedenJson reden) {
        return metVersie(zaken.trekIn(medewerker(), uuid(id), ifMatch, reden == null ? null : reden.reden()));
    }

    @GET
    @Path("{id}/versies")
    @Operation(summary = "Versiegeschiedenis", description = "Alle versies, oudste eerst, zonder inhoud. Voor de eigenaar.")
    public Map<String, Object> versies(@PathParam("id") String id) {
        return Lijst.volledig("versies", zaken.versies(medewerker(), uuid(id)).stream().map(VersieJson::samenvatting).toList(), uri);
    }

    @GET
    @Path("{id}/versies/{versie}")
    @Operation(summary = "Eén eerdere versie", description = "De overdracht zoals zij bij die versie was. Voor de eigenaar.")
    public Response versie(@PathParam("id") String id, @PathParam("versie") String versie) {
        Gezien<OverdrachtVersie> gezien = zaken.versie(medewerker(), uuid(id), nummer(versie));
        VersieJson gevonden = VersieJson.volledig(gezien.waarde(), gezien.categorieen());
        return Response.ok(gevonden).tag(String.valueOf(gevonden.versie())).build();
    }

    @GET
    @Path("{id}/toegang")
    @Operation(summary = "Waarom zie ik dit?",
            description = "De geldige toegangen van de aanvrager tot deze overdracht: reden, doel, categorieën en looptijd.")
    public Map<String, Object> toegang(@PathParam("id") String id) {
        return Lijst.volledig("toegangen", zaken.toegang(medewerker(), uuid(id)).stream().map(ToegangJson::van).toList(), uri);
    }

    @POST
    @Path("{id}/noodtoegang")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Noodtoegang (break-glass)",
            description = "Voor crisisrollen zonder toegang, met een reden: een korte, gemarkeerde toegang voor de "
                    + "aanvrager alleen, die de functionaris gegevensbescherming en de eigenaar beoordelen.")
    public Response noodtoegang(@PathParam("id") String id, RedenJson reden) {
        UUID overdrachtId = uuid(id);
        ToegangJson toegang = ToegangJson.van(zaken.noodtoegang(medewerker(), overdrachtId, reden == null ? null : reden.reden()));
        return Response.created(uri.getBaseUriBuilder().path("overdrachten").path(overdrachtId.toString()).build())
                .entity(toegang).build();
    }

    private Medewerker medewerker() {
        return aanvrager.medewerker().orElseThrow();
    }

    /** The answer as the caller may see it: everything outside its grants' categories withheld. */
    private OverdrachtJson json(Inzage inzage) {
        return OverdrachtJson.van(inzage.overdracht(), inzage.categorieen(), inzage.eigenaar(), termijnen, Instant.now(),
                bewaring.vernietigingsdatum(inzage.overdracht()).orElse(null));
    }

    private Response metVersie(Inzage inzage) {
        return metVersie(json(inzage));
    }

    private static Response metVersie(OverdrachtJson overdracht) {
        return Response.ok(overdracht).tag(String.valueOf(overdracht.versie())).build();
    }

    private static int nummer(String versie) {
        try {
            return Integer.parseInt(versie);
        } catch (NumberFormatException e) {
            throw Overdrachtzaken.nietGevonden();
        }
    }

    /** A malformed id cannot exist: the same 404 as an unknown one, so ids cannot be probed. */
    private static UUID uuid(String id) {
        return Ids.uitPad(id, Overdrachtzaken::nietGevonden);
    }
}
