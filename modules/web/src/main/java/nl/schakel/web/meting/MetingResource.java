package nl.schakel.web.meting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.web.api.Openbaar;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Benchmark endpoints (module {@code modules/meting}): each adds one layer of the real
 * {@code GET /api/v1/overdrachten/{id}}, so that the cost of each layer can be measured against the one below.
 * <ul>
 * <li>B0 {@code statisch}: a fixed JSON record, no token ({@link Openbaar});</li>
 * <li>B1 {@code token}: the same, behind the app's bearer-token validation (BearerMechanisme + its filters);</li>
 * <li>B2 {@code overdracht/{id}}: B1 + one read of the overdracht in a transaction, a small summary;</li>
 * <li>B3 {@code beslissing/{id}}: B2 + the Toegangspoort's access decision before the read (no logboek row).</li>
 * </ul>
 * B4 is the real endpoint. Everything here answers 404 with the normal problem body (the same as an unknown path)
 * unless MicroProfile Config {@code schakel.meting.ingeschakeld=true} (launcher setting
 * {@code meting.ingeschakeld}), so a production domain never exposes it: {@link MetingAfgesloten} refuses the
 * paths before matching, and each method checks again.
 */
@Path("meting")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MetingResource {

    private static final MetingJson STATISCH = new MetingJson("schakel", "meting", 1);

    @Inject
    MetingSchakelaar schakelaar;

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Metingzaken zaken;

    @GET
    @Path("statisch")
    @Openbaar
    @Operation(hidden = true)
    public MetingJson statisch() {
        schakelaar.vereisAan();
        return STATISCH;
    }

    @GET
    @Path("token")
    @Operation(hidden = true)
    public MetingJson token() {
        schakelaar.vereisAan();
        return STATISCH;
    }

    @GET
    @Path("overdracht/{id}")
    @Operation(hidden = true)
    public MetingOverdrachtJson overdracht(@PathParam("id") String id) {
        schakelaar.vereisAan();
        return zaken.lees(uuid(id));
    }

    @GET
    @Path("beslissing/{id}")
    @Operation(hidden = true)
    public MetingOverdrachtJson beslissing(@PathParam("id") String id) {
        schakelaar.vereisAan();
        return zaken.beslisEnLees(aanvrager.medewerker().orElseThrow(), uuid(id));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
