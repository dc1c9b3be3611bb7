package nl.schakel.toegang.infrastructuur;

import nl.schakel.toegang.domein.Aanvrager;
import nl.schakel.toegang.domein.Medewerker;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Makes the current caller injectable; the token has been validated by MP-JWT before this runs. */
@RequestScoped
public class MedewerkerProducer {

    @Inject
    JsonWebToken token;

    /** Dependent scope: a record is final and cannot be proxied; inject it into request-scoped beans. */
    @Produces
    public Aanvrager aanvrager() {
        if (token == null || token.getRawToken() == null) {
            return Aanvrager.ANONIEM;
        }
        Medewerker medewerker = MedewerkerUitToken.lees(
                naam -> Optional.ofNullable(token.getClaim(naam)).map(Object::toString), token.getGroups());
        return new Aanvrager(Optional.of(medewerker));
    }
}
