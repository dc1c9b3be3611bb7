package nl.schakel.web.partners;

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
import java.util.Optional;
import java.util.UUID;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.gedeeld.pagina.Cursor;
import nl.schakel.gedeeld.pagina.Pagina;
import nl.schakel.partners.domein.Organisatie;
import nl.schakel.partners.domein.OrganisatieType;
import nl.schakel.partners.toepassing.OrganisatieZoekvraag;
import nl.schakel.partners.toepassing.PartnerRegister;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.web.api.Lijst;
import nl.schakel.web.api.VereisteRol;
import nl.schakel.gedeeld.invoer.Versie;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The regional partner register. Everyone with a token reads it; only the register feed writes it. */
@Path("organisaties")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisatieResource {

    @Inject
    PartnerRegister register;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Zoek organisaties", description = "Filter op code, type en gemeente; gepagineerd met een cursor.")
    public Map<String, Object> zoek(
            @QueryParam("code") String code,
            @QueryParam("type") String type,
            @QueryParam("gemeente") String gemeente,
            @QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") Integer paginaGrootte) {
        controleerType(type);
        OrganisatieZoekvraag vraag = new OrganisatieZoekvraag(Optional.ofNullable(code), Optional.ofNullable(type),
                Optional.ofNullable(gemeente), Cursor.lees(pagina), Cursor.grootte(paginaGrootte));
        Pagina<Organisatie> gevonden = register.zoek(vraag);
        return Lijst.van("organisaties", gevonden.items().stream().map(OrganisatieJson::van).toList(), uri, gevonden);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén organisatie")
    public Response organisatie(@PathParam("id") String id) {
        Organisatie organisatie = register.organisatie(uuid(id));
        return Response.ok(OrganisatieJson.van(organisatie)).tag(String.valueOf(organisatie.versie())).build();
    }

    @POST
    @VereisteRol(Rol.INTEGRATIE_CLAIM)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registreer een organisatie", description = "Alleen voor de koppeling met het regionale partnerregister.")
    public Response registreer(OrganisatieInvoerJson invoer) {
        Organisatie organisatie = register.registreer(verplicht(invoer).gegevens());
        return Response.created(uri.getAbsolutePathBuilder().path(organisatie.id().toString()).build())
                .entity(OrganisatieJson.van(organisatie))
                .tag(String.valueOf(organisatie.versie()))
                .build();
    }

    @PUT
    @Path("{id}")
    @VereisteRol(Rol.INTEGRATIE_CLAIM)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Wijzig een organisatie", description = "Vereist If-Match met de ETag van de laatst opgehaalde versie.")
    public Response wijzig(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            OrganisatieInvoerJson invoer) {
        UUID organisatieId = uuid(id);
        int versie = Versie.uitIfMatch(ifMatch);
        Organisatie organisatie = register.wijzig(organisatieId, versie, verplicht(invoer).gegevens());
        return Response.ok(OrganisatieJson.van(organisatie)).tag(String.valueOf(organisatie.versie())).build();
    }

    private static OrganisatieInvoerJson verplicht(OrganisatieInvoerJson invoer) {
        if (invoer == null) {
            throw new ValidatieFout("API-400", "Het verzoek heeft geen inhoud.", java.util.List.of());
        }
        return invoer;
    }

    /** A malformed id cannot exist: the same 404 as an unknown one, so ids cannot be probed. */
    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NietGevondenFout("ORG-404", "Deze organisatie bestaat niet.");
        }
    }

    private static void controleerType(String type) {
        if (type == null) {
            return;
        }
        for (OrganisatieType bekend : OrganisatieType.values()) {
            if (bekend.name().equals(type)) {
                return;
            }
        }
        throw new ValidatieFout("API-002", "Onbekend organisatietype.",
                java.util.List.of(new OngeldigeParameter("type", "Een van " + java.util.Arrays.toString(OrganisatieType.values()))));
    }
}
