package nl.schakel.crisisdossier.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import nl.schakel.crisisdossier.domein.Bronnen;

/**
 * Retention of an entry, owned by the organisation that wrote it,
 * on its own when due before its crisis file (see {@link Invoerbewaring}).
 */
@ApplicationScoped
public class AantekeningBewaring extends Invoerbewaring {

    @Override
    public String brontype() {
        return Bronnen.AANTEKENING.naam();
    }
}
