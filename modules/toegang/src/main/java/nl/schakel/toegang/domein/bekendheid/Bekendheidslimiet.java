package nl.schakel.toegang.domein.bekendheid;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How often one user may ask a bekendheidscheck: at most {@code perUur} in any hour and {@code perDag} in any 24 hours
 * (sliding windows). The check is a lookup of a person across every partner; without a limit it is an enumeration tool
 * (try every BSN, every name with every date). A professional who checks a family at intake asks for a handful of
 * persons, so 10 an hour and 30 a day leave the work alone and make enumeration slow and visible in the logboek.
 */
public record Bekendheidslimiet(int perUur, int perDag) {

    public static final Duration UUR = Duration.ofHours(1);
    public static final Duration DAG = Duration.ofDays(1);
    /** The platform's limits (see docs/toegangsbeleid.md, "Bekendheidscheck"). */
    public static final Bekendheidslimiet STANDAARD = new Bekendheidslimiet(10, 30);

    public Bekendheidslimiet {
        if (perUur < 1 || perDag < perUur) {
            throw new IllegalArgumentException("Een limiet is ten minste 1 per uur en per dag niet minder dan per uur.");
        }
    }

    /**
     * Empty when one more check may be done now; otherwise how long until it may. {@code eerdere} are the user's checks
     * done (not refused) within the last day, in any order.
     */
    public Optional<Duration> wachttijd(List<Instant> eerdere, Instant nu) {
        Duration uur = wacht(eerdere, nu, UUR, perUur);
        Duration dag = wacht(eerdere, nu, DAG, perDag);
        Duration langste = uur.compareTo(dag) >= 0 ? uur : dag;
        return langste.isZero() ? Optional.empty() : Optional.of(langste);
    }

    /** Until enough of the checks in the window have left it that one more fits; zero when it fits now. */
    private static Duration wacht(List<Instant> eerdere, Instant nu, Duration venster, int maximum) {
        Instant begin = nu.minus(venster);
        List<Instant> binnen = eerdere.stream().filter(t -> t.isAfter(begin) && !t.isAfter(nu)).sorted().toList();
        if (binnen.size() < maximum) {
            return Duration.ZERO;
        }
        // the oldest checks leave the window first; one more fits when all but maximum - 1 have left
        Instant vrij = binnen.get(binnen.size() - maximum).plus(venster);
        return Duration.between(nu, vrij);
    }
}
