package nl.schakel.toegang.toepassing.vernietiging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.schakel.toegang.infrastructuur.VernietigingRepository;

/**
 * Whether a legal hold stands on a resource, for a flow's {@link Bewaarbron} whose resources hold one another (a file
 * and the entries in it): the proposal itself skips only the held resource, the flow skips what the hold must keep
 * with it. Ids in, yes or no out; the fg's own actions on holds are in {@link Vernietiging}.
 */
@ApplicationScoped
public class Bewaarplichten {

    @Inject
    VernietigingRepository repository;

    public boolean staatOp(String brontype, UUID id) {
        return repository.isVastgehouden(brontype, id);
    }
}
