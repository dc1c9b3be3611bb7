package nl.schakel.web.bekendheid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.toepassing.Bekendheidscheck;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /bekendheidscheck}: is this person known to the platform's partners? By BSN, or by family name and date of
 * birth; the answer names only organisations and their functional mailbox. For the roles of
 * {@code bekendheidscheck.vragen} (403 TGN-002 otherwise, logged); at most 10 an hour and 30 a day per user (429 AVG-023
 * with Retry-After, logged). Every check is logged for the asker and for each organisation found.
 */
@Path("bekendheidscheck")
@ApplicationScoped
public class BekendheidscheckResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Bekendheidscheck check;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bekendheidscheck",
            description = "Is deze persoon bekend bij de partners van Schakel? Op BSN, of op achternaam en geboortedatum (voornaam "
                    + "optioneel), precies een van beide. Het antwoord noemt alleen de organisaties en hun functionele mailbox, "
                    + "nooit inhoud; ook de eigen organisatie. Gelogd bij de vrager en bij elke gevonden organisatie; ten hoogste "
                    + "10 per uur en 30 per dag per gebruiker.")
    public BekendheidJson vraag(BekendheidsvraagJson vraag) {
        // no body is a question of neither form (AVG-020), decided after the role check like any other
        BekendheidsvraagJson v = vraag == null ? new BekendheidsvraagJson(null, null, null, null) : vraag;
        return BekendheidJson.van(check.vraag(aanvrager.medewerker().orElseThrow(), v.bsn(), v.achternaam(), v.voornaam(),
                v.geboortedatum()));
    }
}
