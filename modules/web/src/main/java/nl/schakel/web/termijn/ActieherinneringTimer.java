package nl.schakel.web.termijn;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import nl.schakel.casusoverleg.toepassing.Actieherinnering;

/**
 * Runs the casusoverleg's action reminder every quarter of an hour. Not persistent: a missed run is simply the next one.
 * Once per action is the database's work (the claim in {@link Actieherinnering}), not this singleton's: with two nodes
 * each runs its own timer, and each action is still reminded once.
 */
@Singleton
public class ActieherinneringTimer {

    private static final Logger LOG = Logger.getLogger(ActieherinneringTimer.class.getName());

    @Inject
    Actieherinnering herinnering;

    @Schedule(hour = "*", minute = "*/15", persistent = false, info = "herinnering acties casusoverleg")
    void elkKwartier() {
        int herinnerd = herinnering.herinner();
        if (herinnerd > 0) {
            // a count only: which actions is in the database and on the feed, not in a server log
            LOG.info(() -> "actieherinnering: " + herinnerd + " actie(s) herinnerd");
        }
    }
}
