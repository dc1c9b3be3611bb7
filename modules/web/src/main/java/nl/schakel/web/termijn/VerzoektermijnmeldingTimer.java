package nl.schakel.web.termijn;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import nl.schakel.toegang.toepassing.Verzoektermijnmelding;

/**
 * Runs the escalation of requests of data subjects past their due date once a day (07:00, before the working day).
 * Not persistent: a missed run is the next day's. Once per request and one node at a time is the database's work (the
 * advisory lock and the claim in {@link Verzoektermijnmelding}), not this singleton's.
 */
@Singleton
public class VerzoektermijnmeldingTimer {

    private static final Logger LOG = Logger.getLogger(VerzoektermijnmeldingTimer.class.getName());

    @Inject
    Verzoektermijnmelding melding;

    @Schedule(hour = "7", minute = "0", persistent = false, info = "termijnmelding verzoeken van betrokkenen")
    void dagelijks() {
        int gemeld = melding.meld();
        if (gemeld > 0) {
            // a count only: which requests is in the database and on the feed, not in a server log
            LOG.info(() -> "termijnmelding: " + gemeld + " verzoek(en) over de termijn gemeld");
        }
    }
}
