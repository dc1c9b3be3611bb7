package nl.schakel.web.termijn;

import nl.schakel.overdracht.domein.OverdrachtHandeling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Optional;
import nl.schakel.toegang.toepassing.Toegangspoort;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Runs the term watcher now. It runs every five minutes by itself; the functioneel beheerder starts it by hand after
 * changing the acceptance term or the calendar, and tests use it instead of waiting for the clock. The answer is a
 * count, no personal data, so there is no logboek entry beyond a refusal.
 */
@Path("termijnbewaking")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TermijnbewakingResource {


    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Toegangspoort poort;

    @Inject
    TermijnbewakingTimer timer;

    @POST
    @Operation(summary = "Voer de termijnbewaking nu uit",
            description = "Schaalt elke overdracht waarvan de acceptatietermijn verstreken is op naar de teamleider van "
                    + "de afzender (eenmalig) en meldt hoeveel. Alleen voor de functioneel beheerder.")
    public Map<String, Integer> voerUit() {
        poort.vereisRol(aanvrager.medewerker().orElseThrow(), OverdrachtHandeling.TERMIJNBEWAKING_UITVOEREN, Optional.empty());
        return Map.of("opgeschaald", timer.nu());
    }
}
