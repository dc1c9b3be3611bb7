package nl.schakel.overdracht.infrastructuur;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves one second on every reading, so that every change has its own moment. */
final class Klok extends Clock {

    private final AtomicReference<Instant> nu;

    Klok(Instant begin) {
        this.nu = new AtomicReference<>(begin);
    }

    @Override
    public Instant instant() {
        return nu.getAndUpdate(moment -> moment.plusSeconds(1));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
