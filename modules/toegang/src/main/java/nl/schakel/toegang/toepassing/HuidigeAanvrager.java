package nl.schakel.toegang.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.infrastructuur.AangemeldToken;
import nl.schakel.toegang.infrastructuur.MedewerkerUitToken;

/**
 * The caller of the request being handled, asked anew at every call: one instance serves every request, so the
 * application-scoped resources can hold it in a field. (A produced value, as the {@code Aanvrager} record was, would be
 * fixed at injection, and so be the first caller's for every later request of an application-scoped bean.) The token
 * has been validated by the web module's bearer mechanism before any resource runs. In the application layer, because
 * the web boundary may use toegang's application services and domain, not its infrastructure (ArchitectuurTest).
 */
@ApplicationScoped
public class HuidigeAanvrager {

    @Inject
    AangemeldToken aangemeld;

    /** The signed-in medewerker of the current request; empty without a valid token. */
    public Optional<Medewerker> medewerker() {
        Optional<Map<String, String>> claims = aangemeld.claims();
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(MedewerkerUitToken.lees(naam -> Optional.ofNullable(claims.get().get(naam)), aangemeld.groepen()));
    }
}
