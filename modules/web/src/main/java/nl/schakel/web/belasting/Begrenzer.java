package nl.schakel.web.belasting;

import java.util.concurrent.Semaphore;

/**
 * How many API requests may be worked on at once. A request over the limit is not queued: it is refused at once, so
 * that a burst beyond what the server can do costs the refused callers one quick answer instead of making every caller
 * wait until its request times out. The limit sits below the HTTP worker threads: the workers left over are the ones
 * that answer the refusals, so the queue in front of the workers stays short however large the burst.
 */
public final class Begrenzer {

    private final int maximum;
    private final Semaphore plaatsen;

    public Begrenzer(int maximum) {
        if (maximum < 1) {
            throw new IllegalArgumentException("schakel.belasting.gelijktijdig moet ten minste 1 zijn, niet " + maximum + ".");
        }
        this.maximum = maximum;
        this.plaatsen = new Semaphore(maximum);
    }

    /** A place for one request, or false when every place is taken. */
    public boolean neem() {
        return plaatsen.tryAcquire();
    }

    /** Gives back the place {@link #neem} gave. */
    public void geefTerug() {
        plaatsen.release();
    }

    public int maximum() {
        return maximum;
    }

    public int bezet() {
        return maximum - plaatsen.availablePermits();
    }
}
