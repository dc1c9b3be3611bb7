package nl.schakel.overdracht.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.schakel.overdracht.domein.Gebeurtenis;
import nl.schakel.overdracht.infrastructuur.OverdrachtRepository;

/**
 * The overdracht events for the integration client, oldest first, by cursor: the client keeps the last
 * {@code volgnummer} it handled and asks for what came after it. Because numbers are handed out in commit order and
 * without gaps, a client that keeps its cursor misses none and sees none twice.
 */
@ApplicationScoped
@Transactional
public class Gebeurtenisfeed {

    public static final int MAXIMALE_LIMIET = 500;
    public static final int STANDAARD_LIMIET = 100;

    @Inject
    OverdrachtRepository repository;

    protected Gebeurtenisfeed() {}

    /** Outside a container (tests, tools): the caller runs the transaction. */
    public Gebeurtenisfeed(OverdrachtRepository repository) {
        this.repository = repository;
    }

    /** At most {@code limiet} (1..500) events with a volgnummer above {@code na} (0 or more). */
    public List<Gebeurtenis> na(long na, int limiet) {
        if (na < 0 || limiet < 1 || limiet > MAXIMALE_LIMIET) {
            throw new IllegalArgumentException("na >= 0 en 1 <= limiet <= " + MAXIMALE_LIMIET);
        }
        return repository.gebeurtenissen(na, limiet);
    }
}
