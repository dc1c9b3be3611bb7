package nl.schakel.web.termijn;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Logger;
import nl.schakel.toegang.toepassing.vernietiging.Vernietigingsvoorstel;

/**
 * Draws up the day's destruction list every night (issue 15, bewaartermijnen). Not persistent: a missed night is caught
 * up by the next (everything due on or before the day is proposed). Once per resource is the database's work (the lock
 * and the item's key in {@link Vernietigingsvoorstel}): two nodes each run this timer, one list results.
 */
@Singleton
public class VernietigingsvoorstelTimer {

    private static final Logger LOG = Logger.getLogger(VernietigingsvoorstelTimer.class.getName());

    @Inject
    Vernietigingsvoorstel voorstel;

    @Schedule(hour = "2", minute = "30", persistent = false, info = "vernietigingslijst opstellen")
    void elkeNacht() {
        voorstel.stelOp(LocalDate.now(ZoneId.of("Europe/Amsterdam")))
                // a count only: which resources is in the database, for the functionaris gegevensbescherming
                .ifPresent(lijst -> LOG.info(() -> "vernietigingslijst opgesteld met " + lijst.items().size() + " bron(nen)"));
    }
}
