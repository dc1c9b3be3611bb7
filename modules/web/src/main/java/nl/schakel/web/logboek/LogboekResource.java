package nl.schakel.web.logboek;

import nl.schakel.toegang.domein.ToegangHandeling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.gedeeld.pagina.Cursor;
import nl.schakel.gedeeld.pagina.Pagina;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.toepassing.Toegangspoort;
import nl.schakel.toegang.toepassing.Logboekinzage;
import nl.schakel.toegang.domein.logboek.LogboekZoekvraag;
import nl.schakel.toegang.domein.logboek.Logboekregel;
import nl.schakel.web.api.Lijst;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The access log, for the functionaris gegevensbescherming only: who accessed one betrokkene's data, or
 * what one user accessed, in a period. Reading the logboek is itself logged.
 */
@Path("logboek")
@ApplicationScoped
public class LogboekResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Logboekinzage inzage;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Logboek doorzoeken", description = "Alleen voor de functionaris gegevensbescherming; nieuwste eerst. "
            + "Filter op betrokkene, gebruiker, bron (bronType, bronId: ook de weigeringen op die bron) en periode.")
    public Map<String, Object> zoek(
            @QueryParam("betrokkene") String betrokkene,
            @QueryParam("gebruiker") String gebruiker,
            @QueryParam("bronType") String bronType,
            @QueryParam("bronId") String bronId,
            @QueryParam("van") String van,
            @QueryParam("tot") String tot,
            @QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") Integer paginaGrootte) {
        Medewerker medewerker = aanvrager.medewerker().orElseThrow();
        LogboekZoekvraag vraag = new LogboekZoekvraag(uuid("betrokkene", betrokkene), Optional.ofNullable(gebruiker),
                Optional.ofNullable(bronType), uuid("bronId", bronId), tijdstip("van", van), tijdstip("tot", tot),
                invoegnummer(pagina), Cursor.grootte(paginaGrootte));
        Pagina<Logboekregel> gevonden = inzage.zoek(medewerker, vraag);
        return Lijst.van("logboek", gevonden.items().stream().map(LogboekregelJson::van).toList(), uri, gevonden);
    }

    private static Optional<Long> invoegnummer(String pagina) {
        try {
            return Cursor.lees(pagina).map(Long::valueOf);
        } catch (NumberFormatException e) {
            throw ongeldig("pagina", "Gebruik de link uit _links.next.");
        }
    }

    private static Optional<UUID> uuid(String naam, String waarde) {
        if (waarde == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(waarde));
        } catch (IllegalArgumentException e) {
            throw ongeldig(naam, "Een id (UUID).");
        }
    }

    private static Optional<Instant> tijdstip(String naam, String waarde) {
        if (waarde == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(waarde));
        } catch (DateTimeParseException e) {
            throw ongeldig(naam, "Een tijdstip in UTC, zoals 2026-11-25T09:00:00Z.");
        }
    }

    private static ValidatieFout ongeldig(String naam, String reden) {
        return new ValidatieFout("API-002", "Een zoekparameter is ongeldig.", List.of(new OngeldigeParameter(naam, reden)));
    }
}
