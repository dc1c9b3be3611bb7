package nl.schakel.web.casusoverleg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.schakel.casusoverleg.toepassing.Casusbronnen;
import nl.schakel.casusoverleg.toepassing.Overleguitvoer;
import nl.schakel.casusoverleg.toepassing.Uitvoerbestand;
import nl.schakel.gedeeld.invoer.Ids;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The files of a casusoverleg for the caller's organisation (issue 12): the agenda as a PDF and the calendar invitation
 * (RFC 5545). Each holds only the items the caller's grants open; the organiser and the chair get all. Offered as a
 * download under a name with only the meeting's id; {@code Cache-Control: no-store} as every API answer with personal
 * data ({@code AntwoordKoppen}). Errors are problem+json as everywhere. The work is in {@link Overleguitvoer}.
 */
@Path("casusoverleggen")
@ApplicationScoped
public class OverlegUitvoerResource {

    static final String PDF = "application/pdf";
    static final String ICS = "text/calendar";

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Overleguitvoer uitvoer;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}/agenda.pdf")
    @Produces(PDF)
    @Operation(summary = "Agenda van een casusoverleg (PDF)",
            description = "Voor de organisatie van de aanvrager: alleen haar agendapunten (organisator en voorzitter: alle), elk "
                    + "met volgnummer, kenmerk van de casus en de uiterste datum voor inbreng. Getagd (PDF/UA-basis). Vastgelegd in "
                    + "het logboek als export, per agendapunt. Niet uitgenodigd: 404.")
    public Response agendaPdf(@PathParam("id") String id) {
        return download(uitvoer.agendaPdf(aanvrager.medewerker().orElseThrow(), uuid(id)), "attachment");
    }

    @GET
    @Path("{id}/agenda.ics")
    @Produces(ICS)
    @Operation(summary = "Agenda-uitnodiging van een casusoverleg (iCalendar, RFC 5545)",
            description = "Eén VEVENT in Nederlandse tijd (met VTIMEZONE): naam van de tafel, datum, tijd, plaats of onlinelink en "
                    + "alleen de nummers van de eigen agendapunten; geen namen, geen casus. UID vast per overleg en organisatie, "
                    + "SEQUENCE groeit met elke wijziging. Vastgelegd in het logboek als export. Niet uitgenodigd: 404.")
    public Response agendaIcs(@PathParam("id") String id) {
        return download(uitvoer.agendaIcs(aanvrager.medewerker().orElseThrow(), uuid(id), webAdres()), "attachment");
    }

    /** The app's address, for the link in the invitation: the API's base without {@code /api/v1}. */
    private String webAdres() {
        String basis = uri.getBaseUri().toString().replaceAll("/+$", "");
        return basis.endsWith("/api/v1") ? basis.substring(0, basis.length() - "/api/v1".length()) : basis;
    }

    private static Response download(Uitvoerbestand bestand, String wijze) {
        String type = bestand.mediatype().startsWith("text/") ? bestand.mediatype() + "; charset=UTF-8" : bestand.mediatype();
        return Response.ok(bestand.inhoud(), type)
                .header(HttpHeaders.CONTENT_DISPOSITION, wijze + "; filename=\"" + bestand.bestandsnaam() + "\"")
                .build();
    }

    private static UUID uuid(String id) {
        return Ids.uitPad(id, () -> Casusbronnen.nietGevonden("Dit overleg"));
    }
}
