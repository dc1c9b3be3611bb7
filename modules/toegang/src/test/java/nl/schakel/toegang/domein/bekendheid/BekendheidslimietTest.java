package nl.schakel.toegang.domein.bekendheid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limit per user: 10 in any hour, 30 in any day, and how long a refused user waits. */
class BekendheidslimietTest {

    private static final Instant NU = Instant.parse("2026-12-03T12:00:00Z");
    private final Bekendheidslimiet limiet = Bekendheidslimiet.STANDAARD;

    @Test
    void tienPerUurMagDeElfdeWachtTotDeOudsteUitHetUurIs() {
        List<Instant> negen = reeks(NU.minus(Duration.ofMinutes(50)), 9, Duration.ofMinutes(5));
        assertThat(limiet.wachttijd(negen, NU)).as("de tiende past").isEmpty();

        List<Instant> tien = new ArrayList<>(negen);
        tien.add(NU.minusSeconds(1));
        // the oldest, 50 minutes ago, leaves the hour in 10 minutes
        assertThat(limiet.wachttijd(tien, NU)).contains(Duration.ofMinutes(10));
        assertThat(limiet.wachttijd(tien, NU.plus(Duration.ofMinutes(10)))).isEmpty();
    }

    @Test
    void checksVanMeerDanEenUurGeledenTellenNietVoorHetUur() {
        List<Instant> oud = reeks(NU.minus(Duration.ofHours(5)), 20, Duration.ofMinutes(1));
        assertThat(limiet.wachttijd(oud, NU)).isEmpty();
    }

    @Test
    void dertigPerDagOokAlsElkUurRuimteHeeft() {
        // 30 checks spread over the last 20 hours, 5 an hour at most: the hour has room, the day has not
        List<Instant> dertig = reeks(NU.minus(Duration.ofHours(20)), 30, Duration.ofMinutes(40));
        assertThat(dertig.stream().filter(t -> t.isAfter(NU.minus(Duration.ofHours(1)))).count()).isLessThan(10);

        Duration wacht = limiet.wachttijd(dertig, NU).orElseThrow();
        // the oldest, 20 hours ago, leaves the day in 4 hours
        assertThat(wacht).isEqualTo(Duration.ofHours(4));
        assertThat(limiet.wachttijd(dertig.subList(1, 30), NU)).isEmpty();
    }

    @Test
    void bijBeideGrenzenTeltDeLangsteWachttijd() {
        List<Instant> checks = new ArrayList<>(reeks(NU.minus(Duration.ofHours(23)), 20, Duration.ofMinutes(1)));
        checks.addAll(reeks(NU.minus(Duration.ofMinutes(30)), 10, Duration.ofMinutes(1)));
        // hour: free in 30 minutes; day: the oldest leaves in 1 hour
        assertThat(limiet.wachttijd(checks, NU)).contains(Duration.ofHours(1));
    }

    @Test
    void eenOnzinnigeLimietWordtGeweigerd() {
        assertThatThrownBy(() -> new Bekendheidslimiet(0, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bekendheidslimiet(10, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Instant> reeks(Instant begin, int aantal, Duration stap) {
        List<Instant> reeks = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            reeks.add(begin.plus(stap.multipliedBy(i)));
        }
        return reeks;
    }
}
