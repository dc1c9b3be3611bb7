package nl.schakel.gedeeld.fout;

import java.time.Duration;

/**
 * 429: the caller asked more often than a limit allows (e.g. the bekendheidscheck per user). The answer carries
 * {@code Retry-After} with {@link #wachttijd()} in whole seconds, so a client knows when it may ask again.
 */
public final class TeVaakFout extends SchakelFout {

    private final Duration wachttijd;

    public TeVaakFout(String code, String detail, Duration wachttijd) {
        super(code, detail);
        this.wachttijd = wachttijd.isNegative() ? Duration.ZERO : wachttijd;
    }

    public Duration wachttijd() {
        return wachttijd;
    }

    /** Whole seconds, rounded up and at least 1: "0" would invite an immediate retry that is refused again. */
    public long wachtSeconden() {
        long seconden = wachttijd.getSeconds() + (wachttijd.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconden);
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String titel() {
        return "Te veel verzoeken";
    }
}
