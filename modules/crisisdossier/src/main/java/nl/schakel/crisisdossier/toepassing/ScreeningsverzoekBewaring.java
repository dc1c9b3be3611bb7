package nl.schakel.crisisdossier.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import nl.schakel.crisisdossier.domein.Bronnen;

/**
 * Retention of a screening request, owned by the organisation that asked for it,
 * on its own when due before its crisis file (see {@link Invoerbewaring}).
 */
@ApplicationScoped
public class ScreeningsverzoekBewaring extends Invoerbewaring {

    @Override
    public String brontype() {
        return Bronnen.SCREENINGSVERZOEK.naam();
    }
}
