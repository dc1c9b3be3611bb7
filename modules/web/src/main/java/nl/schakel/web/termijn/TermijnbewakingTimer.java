package nl.schakel.web.termijn;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import nl.schakel.overdracht.toepassing.Termijnbewaking;

/**
 * Runs the term watcher every five minutes (and so within five minutes of a deployment). Not persistent: a missed
 * run is simply the next one, the watcher catches up on everything overdue. One run at a time (a singleton's
 * default write lock), so two runs never escalate the same overdracht twice.
 */
@Singleton
public class TermijnbewakingTimer {

    private static final Logger LOG = Logger.getLogger(TermijnbewakingTimer.class.getName());

    @Inject
    Termijnbewaking bewaking;

    @Schedule(hour = "*", minute = "*/5", persistent = false, info = "termijnbewaking overdrachten")
    void elkeVijfMinuten() {
        int opgeschaald = bewaking.schaalOp();
        if (opgeschaald > 0) {
            // a count only: which overdrachten is in the database and on the feed, not in a server log
            LOG.info(() -> "termijnbewaking: " + opgeschaald + " overdracht(en) opgeschaald naar de teamleider");
        }
    }

    /** The same run on request of the functioneel beheerder (after a change of calendar or term). */
    public int nu() {
        return bewaking.schaalOp();
    }
}
