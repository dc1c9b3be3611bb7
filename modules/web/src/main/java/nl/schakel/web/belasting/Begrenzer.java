package nl.schakel.web.belasting;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many API requests may be worked on at once, with a short waiting room in front. A request over the limit may
 * wait a moment for a place if the waiting room has room: a pause of the server (a collection, a checkpoint) lets
 * requests pile up for a fraction of a second while the machine as a whole keeps up, and at the design rate those
 * were refused although a place came free a few milliseconds later (docs/metingen.md, "the fifteenth day"). A request
 * that finds the waiting room full, or waits its time out, is refused at once, so a burst beyond what the server can do
 * costs the refused callers one quick answer instead of making every caller wait until its request times out.
 *
 * <p>Places are handed out in arrival order (a fair semaphore, asked so that it keeps its order): a request that just
 * arrived does not take the place a waiting one was about to get. The limit and the waiting room together sit below
 * the HTTP worker threads: a waiting request holds its worker, and the workers left over answer the refusals, so the
 * queue in front of the workers stays short however large the burst.
 */
public final class Begrenzer {

    private final int maximum;
    private final int wachtplaatsen;
    private final long wachttijdNanos;
    private final Semaphore plaatsen;
    private final AtomicInteger wachtend = new AtomicInteger();

    /** Without a waiting room: over the limit is refused at once. */
    public Begrenzer(int maximum) {
        this(maximum, 0, Duration.ZERO);
    }

    public Begrenzer(int maximum, int wachtplaatsen, Duration wachttijd) {
        if (maximum < 1) {
            throw new IllegalArgumentException("schakel.belasting.gelijktijdig moet ten minste 1 zijn, niet " + maximum + ".");
        }
        if (wachtplaatsen < 0) {
            throw new IllegalArgumentException("schakel.belasting.wachtrij mag niet negatief zijn, niet " + wachtplaatsen + ".");
        }
        if (wachttijd.isNegative()) {
            throw new IllegalArgumentException("schakel.belasting.wachttijd-ms mag niet negatief zijn, niet " + wachttijd.toMillis() + ".");
        }
        this.maximum = maximum;
        this.wachtplaatsen = wachtplaatsen;
        this.wachttijdNanos = wachttijd.toNanos();
        this.plaatsen = new Semaphore(maximum, true);
    }

    /**
     * A place for one request: at once if one is free and nobody waits for it, else after waiting at most the waiting
     * time if the waiting room has room; false when there is none (the caller refuses the request).
     */
    public boolean neem() {
        try {
            // with a timeout (of zero) the fair semaphore keeps its order; the plain tryAcquire() would jump the queue
            if (plaatsen.tryAcquire(0, TimeUnit.NANOSECONDS)) {
                return true;
            }
            if (wachtend.incrementAndGet() > wachtplaatsen) {
                wachtend.decrementAndGet();
                return false;
            }
            try {
                return plaatsen.tryAcquire(wachttijdNanos, TimeUnit.NANOSECONDS);
            } finally {
                wachtend.decrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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

    /** How many requests wait for a place now. */
    public int wachtend() {
        return wachtend.get();
    }
}
