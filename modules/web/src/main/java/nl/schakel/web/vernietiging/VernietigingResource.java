package nl.schakel.web.vernietiging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.util.Optional;
import java.util.UUID;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.gedeeld.invoer.Ids;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.bewaren.Vernietigingslijst;
import nl.schakel.toegang.toepassing.vernietiging.Vernietiging;
import nl.schakel.web.api.Lijst;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Destruction for the functionaris gegevensbescherming (issue 15): the lists the daily job proposes, approval, legal
 * holds, carrying a list out and its certificate. The work is done in {@link Vernietiging}.
 */
@Path("vernietigingslijsten")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class VernietigingResource {

    static final String PDF = "application/pdf";

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Vernietiging vernietiging;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Vernietigingslijsten", description = "Nieuwste eerst (ten hoogste 100), met wat erop staat: soort, kenmerk, "
            + "eigenaar, start van de bewaartermijn, vernietigingsdatum en regel; geen inhoud.")
    public Map<String, Object> lijsten() {
        Medewerker medewerker = medewerker();
        return Lijst.volledig("vernietigingslijsten", vernietiging.lijsten(medewerker).stream().map(l -> json(medewerker, l)).toList(), uri);
    }

    @POST
    @Operation(summary = "Stel nu een vernietigingslijst op", description = "Wat de dagelijkse taak doet: alles wat vandaag of eerder aan "
            + "vernietiging toe is, zonder bewaarplicht en nog op geen lijst. 201 met de lijst, of 204 als er niets nieuws is.")
    public Response stelOp() {
        Medewerker medewerker = medewerker();
        Optional<Vernietigingslijst> lijst = vernietiging.stelOp(medewerker);
        if (lijst.isEmpty()) {
            return Response.noContent().build();
        }
        VernietigingslijstJson json = json(medewerker, lijst.get());
        return Response.created(uri.getAbsolutePathBuilder().path(json.id().toString()).build()).entity(json)
                .tag(String.valueOf(json.versie())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Een vernietigingslijst", description = "Met ETag: de versie die een goedkeuring noemt.")
    public Response lijst(@PathParam("id") String id) {
        Medewerker medewerker = medewerker();
        return metVersie(json(medewerker, vernietiging.lijst(medewerker, uuid(id))));
    }

    @POST
    @Path("{id}/goedkeuring")
    @Operation(summary = "Keur een vernietigingslijst goed", description = "Vereist If-Match met de versie die u beoordeelde; een lijst "
            + "die intussen veranderde (een bewaarplicht) geeft 412 AVG-032. Wie en wanneer liggen vast.")
    public Response keurGoed(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Medewerker medewerker = medewerker();
        return metVersie(json(medewerker, vernietiging.keurGoed(medewerker, uuid(id), ifMatch)));
    }

    @POST
    @Path("{id}/uitvoering")
    @Operation(summary = "Voer een goedgekeurde vernietigingslijst uit", description = "Per bron in een eigen transactie: de inhoud "
            + "verdwijnt uit de tabellen die haar hielden, met toegang en betrokkenen; een grafsteen en de logboekregels blijven.")
    public Response voerUit(@PathParam("id") String id) {
        Medewerker medewerker = medewerker();
        return metVersie(json(medewerker, vernietiging.voerUit(medewerker, uuid(id))));
    }

    @GET
    @Path("{id}/verklaring")
    @Produces(PDF)
    @Operation(summary = "Verklaring van vernietiging (PDF)", description = "Van een uitgevoerde lijst: wat is vernietigd (soort en "
            + "kenmerk), wanneer, onder welke regel en wie goedkeurde. Geen persoonsgegevens.")
    public Response verklaring(@PathParam("id") String id) {
        UUID lijst = uuid(id);
        return Response.ok(vernietiging.verklaring(medewerker(), lijst), PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"verklaring-van-vernietiging-" + lijst + ".pdf\"").build();
    }

    private VernietigingslijstJson json(Medewerker medewerker, Vernietigingslijst lijst) {
        return VernietigingslijstJson.van(lijst, vernietiging.grafstenen(medewerker, lijst.id()));
    }

    private static Response metVersie(VernietigingslijstJson json) {
        return Response.ok(json).tag(String.valueOf(json.versie())).build();
    }

    private static UUID uuid(String id) {
        return Ids.uitPad(id, () -> new NietGevondenFout(Vernietiging.LIJST_ONBEKEND, "Deze vernietigingslijst bestaat niet."));
    }

    private Medewerker medewerker() {
        return aanvrager.medewerker().orElseThrow();
    }

}
