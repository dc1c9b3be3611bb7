package nl.schakel.toegang.domein.noodtoegang;

import java.time.Instant;
import java.util.Optional;

/**
 * One reviewer's judgement of a break-glass opening: the privacy officer ({@link #FG}) or an owning organisation
 * (by its code).
 */
public record Beoordeling(String beoordelaar, Oordeel status, Optional<String> beoordeeldDoor, Optional<Instant> beoordeeldOp,
        Optional<String> opmerking) {

    /** The privacy officer's place in the queue: one for the platform, whatever organisation employs the officer. */
    public static final String FG = "FG";

    public static Beoordeling open(String beoordelaar) {
        return new Beoordeling(beoordelaar, Oordeel.OPEN, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
