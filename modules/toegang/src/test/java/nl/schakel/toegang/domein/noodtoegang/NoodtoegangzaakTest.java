package nl.schakel.toegang.domein.noodtoegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a break-glass opening counts as out of office hours: Dutch time, working days of the platform's calendar. */
class NoodtoegangzaakTest {

    @Test
    void opEenWerkdagTussenAchtEnVijfIsHetKantoortijdDaarbuitenNiet() {
        // Wednesday 2 December 2026; CET is UTC+1
        assertThat(Noodtoegangzaak.buitenKantooruren(Instant.parse("2026-12-02T07:00:00Z"))).as("08:00 precies").isFalse();
        assertThat(Noodtoegangzaak.buitenKantooruren(Instant.parse("2026-12-02T15:59:59Z"))).as("16:59:59").isFalse();
        assertThat(Noodtoegangzaak.buitenKantooruren(Instant.parse("2026-12-02T16:00:00Z"))).as("17:00 precies").isTrue();
        assertThat(Noodtoegangzaak.buitenKantooruren(Instant.parse("2026-12-02T06:59:59Z"))).as("07:59:59").isTrue();
        assertThat(Noodtoegangzaak.buitenKantooruren(Instant.parse("2026-12-02T02:10:00Z"))).as("03:10 's nachts").isTrue();
    }

    @Test
    void hetWeekendEnEenFeestdagZijnHeleDagenBuitenKantooruren() {
        assertThat(Noodtoegangzaak.buitenKantooruren(Instant.parse("2026-12-05T10:00:00Z"))).as("zaterdag 11:00").isTrue();
        assertThat(Noodtoegangzaak.buitenKantooruren(Instant.parse("2026-12-25T10:00:00Z"))).as("eerste kerstdag, vrijdag").isTrue();
        assertThat(Noodtoegangzaak.buitenKantooruren(Instant.parse("2026-04-27T09:00:00Z"))).as("Koningsdag, maandag 11:00 (CEST)")
                .isTrue();
        assertThat(Noodtoegangzaak.buitenKantooruren(Instant.parse("2026-04-28T09:00:00Z"))).as("dinsdag erna 11:00").isFalse();
    }

    @Test
    void zomertijdTeltMee() {
        // Monday 6 July 2026, CEST is UTC+2: 06:30Z is 08:30 there
        assertThat(Noodtoegangzaak.buitenKantooruren(Instant.parse("2026-07-06T06:30:00Z"))).isFalse();
        assertThat(Noodtoegangzaak.buitenKantooruren(Instant.parse("2026-07-06T15:30:00Z"))).as("17:30 daar").isTrue();
    }
}
