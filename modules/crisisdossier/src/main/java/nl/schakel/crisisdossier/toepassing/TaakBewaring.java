package nl.schakel.crisisdossier.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import nl.schakel.crisisdossier.domein.Bronnen;

/**
 * Retention of a task, owned by the organisation that carries it (a task records no author of its own),
 * on its own when due before its crisis file (see {@link Invoerbewaring}).
 */
@ApplicationScoped
public class TaakBewaring extends Invoerbewaring {

    @Override
    public String brontype() {
        return Bronnen.TAAK.naam();
    }
}
