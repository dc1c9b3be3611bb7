package nl.schakel.web.aanmelding;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** One fake time source for both the cache's ticker and the wall clock the tokens' exp is read against. */
final class NepTijd extends Clock implements Ticker {

    static final Instant BEGIN = Instant.parse("2026-03-01T09:00:00Z");

    private final AtomicLong nanos = new AtomicLong();

    void verder(Duration stap) {
        nanos.addAndGet(stap.toNanos());
    }

    @Override
    public long read() {
        return nanos.get();
    }

    @Override
    public Instant instant() {
        return BEGIN.plusNanos(nanos.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
