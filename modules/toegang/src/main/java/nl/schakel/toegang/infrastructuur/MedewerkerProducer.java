package nl.schakel.toegang.infrastructuur;

import nl.schakel.toegang.domein.Aanvrager;
import nl.schakel.toegang.domein.Medewerker;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/** Makes the current caller injectable; the token has been validated by the web module's bearer mechanism before this runs. */
@RequestScoped
public class MedewerkerProducer {

    @Inject
    AangemeldToken aangemeld;

    /** Dependent scope: a record is final and cannot be proxied; inject it into request-scoped beans. */
    @Produces
    public Aanvrager aanvrager() {
        Optional<Map<String, String>> claims = aangemeld.claims();
        if (claims.isEmpty()) {
            return Aanvrager.ANONIEM;
        }
        Medewerker medewerker = MedewerkerUitToken.lees(naam -> Optional.ofNullable(claims.get().get(naam)), aangemeld.groepen());
        return new Aanvrager(Optional.of(medewerker));
    }
}
