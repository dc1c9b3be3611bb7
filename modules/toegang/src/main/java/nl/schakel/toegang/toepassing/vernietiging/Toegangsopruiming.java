package nl.schakel.toegang.toepassing.vernietiging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.schakel.toegang.infrastructuur.VernietigingRepository;

/**
 * What a {@link Bewaarbron} that destroys more than its one listed resource asks of access, in the caller's
 * transaction: the grants and betrokkenen of the parts that went with it (the items and actions of a destroyed case),
 * detaching the grants of a part that outlives its parent (a kept inbreng), and whether a resource is under a legal
 * hold. Access itself deletes the listed resource's grants and writes its tombstone ({@link Itemvernietiging}).
 */
@ApplicationScoped
public class Toegangsopruiming {

    @Inject
    VernietigingRepository repository;

    /** Deletes the grants on a destroyed part and on what lies inside it, and its betrokkenen. */
    public void verwijder(String brontype, UUID id) {
        repository.verwijderToegang(brontype, id);
    }

    /** Keeps the grants on a part that outlives its destroyed parent, on the part alone. */
    public void maakLos(String brontype, UUID id) {
        repository.maakLos(brontype, id);
    }

    public boolean isVastgehouden(String brontype, UUID id) {
        return repository.isVastgehouden(brontype, id);
    }
}
