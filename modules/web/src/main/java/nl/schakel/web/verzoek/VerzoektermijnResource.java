package nl.schakel.web.verzoek;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Map;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.toepassing.Verzoekbehandeling;
import nl.schakel.toegang.toepassing.Verzoektermijnen;
import nl.schakel.web.api.Lijst;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /verzoektermijnen}: the functionaris gegevensbescherming's overview of every contact point's requests of data
 * subjects with their clocks ({@code verzoek.overzien}; 403 TGN-002 for any other role, logged). Each read is logged per
 * request.
 */
@Path("verzoektermijnen")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class VerzoektermijnResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Verzoektermijnen termijnen;

    @Inject
    Verzoekbehandeling behandeling;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Termijnen van alle verzoeken van betrokkenen",
            description = "Voor de functionaris gegevensbescherming: elk verzoek van elk contactpunt met soort, ontvangst, uiterste datum "
                    + "(met verlenging) en per deelverzoek de organisatie, de status en of het te laat is; de te late eerst. Zonder "
                    + "persoonsgegevens en zonder antwoorden.")
    public Map<String, Object> lijst() {
        LocalDate vandaag = behandeling.vandaag();
        return Lijst.volledig("verzoektermijnen",
                termijnen.lijst(aanvrager.medewerker().orElseThrow()).stream().map(v -> VerzoektermijnJson.van(v, vandaag)).toList(), uri);
    }
}
