package nl.schakel.web.werk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.toepassing.werkvoorraad.Werkvoorraadbron;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * "Mijn werk": what waits for the caller in every flow, as counts that each lead to the screen listing them. The
 * resource knows no flow: it asks every {@link Werkvoorraadbron} bean, so a new flow appears here by adding its bean.
 * Each bean counts over the caller's own grants; counts carry no personal data and are not logged.
 */
@Path("mijn-werk")
@ApplicationScoped
public class MijnWerkResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    @Any
    Instance<Werkvoorraadbron> bronnen;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mijn werk", description = "Per stroom wat op de aanvrager wacht, als tellingen over de eigen "
            + "toegang (dezelfde filter als de lijsten), elk met het scherm dat de lijst toont. Geen persoonsgegevens.")
    public MijnWerkJson mijnWerk() {
        Medewerker medewerker = aanvrager.medewerker().orElseThrow();
        List<MijnWerkJson.TegelJson> tegels = new ArrayList<>();
        for (Werkvoorraadbron bron : bronnen) {
            bron.tegelsVoor(medewerker).forEach(tegel -> tegels.add(MijnWerkJson.TegelJson.van(tegel)));
        }
        // beans come in no fixed order: the page groups by flow, and within a flow the bean's own order stays
        tegels.sort(java.util.Comparator.comparingInt(t -> MijnWerkJson.volgorde(t.stroom())));
        return new MijnWerkJson(tegels);
    }
}
