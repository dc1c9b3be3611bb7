package nl.schakel.web.gebeurtenis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.gedeeld.gebeurtenis.GebeurtenisLezer;
import nl.schakel.gedeeld.gebeurtenis.GenummerdeGebeurtenis;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.web.api.VereisteRol;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The event feed for the integration client (issue 4): the events of every flow from the shared outbox, oldest first,
 * after a cursor. {@code _links.next} is always there and carries the cursor to ask with next, also when the page is
 * empty (then it is the same one), so a client simply follows it. No logboek entry: the feed names no person and no
 * case content.
 */
@Path("gebeurtenissen")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@VereisteRol(Rol.INTEGRATIE_CLAIM)
public class GebeurtenisResource {

    @Inject
    GebeurtenisLezer feed;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Gebeurtenissen van alle stromen",
            description = "Alleen voor de koppeling. Elke gebeurtenis (bij overdrachten: elke statuswijziging en de "
                    + "opschaling), oudste eerst, met volgnummer boven 'na' (standaard 0), ten hoogste 'limiet' "
                    + "(1..500, standaard 100). Volgnummers lopen zonder gaten in commitvolgorde; volg _links.next. "
                    + "De stroom staat in 'bron'.")
    public Map<String, Object> na(@QueryParam("na") String na, @QueryParam("limiet") String limiet) {
        long cursor = getal("na", na, 0, Long.MAX_VALUE, 0, "Een volgnummer: 0 of meer.");
        int grootte = (int) getal("limiet", limiet, 1, GebeurtenisLezer.MAXIMALE_LIMIET, GebeurtenisLezer.STANDAARD_LIMIET,
                "Een getal van 1 tot en met " + GebeurtenisLezer.MAXIMALE_LIMIET + ".");
        List<GenummerdeGebeurtenis> gebeurtenissen = feed.na(cursor, grootte);
        long volgende = gebeurtenissen.isEmpty() ? cursor : gebeurtenissen.get(gebeurtenissen.size() - 1).volgnummer();

        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", Map.of("href", uri.getRequestUri().toString()));
        links.put("next", Map.of("href", uri.getRequestUriBuilder()
                .replaceQueryParam("na", volgende).replaceQueryParam("limiet", grootte).build().toString()));
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("_embedded", Map.of("gebeurtenissen", gebeurtenissen.stream()
                .map(g -> GebeurtenisJson.van(g, onderwerp(g))).toList()));
        antwoord.put("_links", links);
        return antwoord;
    }

    /** The subject's path below the API base, made absolute: e.g. {@code https://…/api/v1/overdrachten/<id>}. */
    private String onderwerp(GenummerdeGebeurtenis genummerd) {
        return uri.getBaseUriBuilder().path(genummerd.gebeurtenis().onderwerp().pad()).build().toString();
    }

    private static long getal(String naam, String waarde, long minimum, long maximum, long standaard, String reden) {
        if (waarde == null) {
            return standaard;
        }
        try {
            long getal = Long.parseLong(waarde.strip());
            if (getal >= minimum && getal <= maximum) {
                return getal;
            }
        } catch (NumberFormatException e) {
            // below: the same answer as for a number out of range
        }
        throw new ValidatieFout("API-002", "Een parameter van de feed is ongeldig.",
                List.of(new OngeldigeParameter(naam, reden)));
    }
}
