package nl.schakel.gedeeld.kalender;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in the Netherlands, for the platform's deadlines (veiligheidsbeoordeling, acceptance). A working
 * day is Monday to Friday and not a public holiday. The holidays are the "algemeen erkende feestdagen" of the
 * Algemene termijnenwet (art. 3), the list Dutch law uses for deadlines:
 * <ul>
 * <li>Nieuwjaarsdag (1 January);</li>
 * <li>Eerste en Tweede Paasdag (Easter Sunday and Monday, {@link Pasen});</li>
 * <li>Koningsdag: 27 April, or 26 April when the 27th is a Sunday (from 2014; before that Koninginnedag, 30 April,
 * or 29 April when the 30th is a Sunday);</li>
 * <li>Bevrijdingsdag (5 May): every year by default, see {@link Bevrijdingsdag};</li>
 * <li>Hemelvaartsdag (Easter + 39 days);</li>
 * <li>Eerste en Tweede Pinksterdag (Easter + 49 and + 50 days);</li>
 * <li>Eerste en Tweede Kerstdag (25 and 26 December).</li>
 * </ul>
 * <b>Goede Vrijdag is a working day</b>: it is not in the Algemene termijnenwet and is no general day off in the
 * Netherlands (some collective agreements give it, most do not). A holiday on a weekend is not moved to a weekday.
 * Immutable and thread-safe.
 */
public final class Werkdagkalender {

    /** Whether 5 May counts as a holiday every year or only in "lustrum" years (2025, 2030, ...). */
    public enum Bevrijdingsdag {
        /**
         * Every year: the Algemene termijnenwet lists 5 May without condition, and the public sector (Rijksoverheid,
         * municipalities, education) has the day off every year. For a deadline this is the careful choice: it is
         * never earlier than with {@link #LUSTRUM}.
         */
        JAARLIJKS,
        /** Only when the year is divisible by five: the Stichting van de Arbeid's 1959 advice that many CAOs follow. */
        LUSTRUM
    }

    /** The platform's calendar: Bevrijdingsdag every year. */
    public static final Werkdagkalender NEDERLAND = new Werkdagkalender(Bevrijdingsdag.JAARLIJKS);

    private final Bevrijdingsdag bevrijdingsdag;
    private final Map<Integer, Map<LocalDate, String>> perJaar = new ConcurrentHashMap<>();

    public Werkdagkalender(Bevrijdingsdag bevrijdingsdag) {
        this.bevrijdingsdag = Objects.requireNonNull(bevrijdingsdag);
    }

    public boolean isWerkdag(LocalDate datum) {
        DayOfWeek dag = datum.getDayOfWeek();
        return dag != DayOfWeek.SATURDAY && dag != DayOfWeek.SUNDAY && !isFeestdag(datum);
    }

    public boolean isFeestdag(LocalDate datum) {
        return feestdagen(datum.getYear()).containsKey(datum);
    }

    /**
     * The date that is {@code werkdagen} working days after {@code datum}: the days after it are counted, the day
     * itself is not, so a deadline "5 working days from Thursday 24 December 2026" is Monday 4 January 2027. With 0,
     * the date itself.
     */
    public LocalDate plusWerkdagen(LocalDate datum, int werkdagen) {
        Objects.requireNonNull(datum);
        if (werkdagen < 0) {
            throw new IllegalArgumentException("een aantal werkdagen is 0 of meer, niet " + werkdagen);
        }
        LocalDate dag = datum;
        for (int geteld = 0; geteld < werkdagen; ) {
            dag = dag.plusDays(1);
            if (isWerkdag(dag)) {
                geteld++;
            }
        }
        return dag;
    }

    /** The public holidays of a year with their Dutch names, in date order. */
    public Map<LocalDate, String> feestdagen(int jaar) {
        return perJaar.computeIfAbsent(jaar, this::bereken);
    }

    private Map<LocalDate, String> bereken(int jaar) {
        Map<LocalDate, String> dagen = new TreeMap<>();
        LocalDate pasen = Pasen.eerstePaasdag(jaar);
        dagen.put(LocalDate.of(jaar, Month.JANUARY, 1), "Nieuwjaarsdag");
        dagen.put(pasen, "Eerste Paasdag");
        dagen.put(pasen.plusDays(1), "Tweede Paasdag");
        dagen.put(koningsdag(jaar), jaar >= 2014 ? "Koningsdag" : "Koninginnedag");
        if (bevrijdingsdag == Bevrijdingsdag.JAARLIJKS || jaar % 5 == 0) {
            dagen.put(LocalDate.of(jaar, Month.MAY, 5), "Bevrijdingsdag");
        }
        dagen.put(pasen.plusDays(39), "Hemelvaartsdag");
        dagen.put(pasen.plusDays(49), "Eerste Pinksterdag");
        dagen.put(pasen.plusDays(50), "Tweede Pinksterdag");
        dagen.put(LocalDate.of(jaar, Month.DECEMBER, 25), "Eerste Kerstdag");
        dagen.put(LocalDate.of(jaar, Month.DECEMBER, 26), "Tweede Kerstdag");
        return Collections.unmodifiableMap(dagen);
    }

    /** The King's birthday as celebrated: never on a Sunday, then the Saturday before. */
    private static LocalDate koningsdag(int jaar) {
        LocalDate verjaardag = jaar >= 2014 ? LocalDate.of(jaar, Month.APRIL, 27) : LocalDate.of(jaar, Month.APRIL, 30);
        return verjaardag.getDayOfWeek() == DayOfWeek.SUNDAY ? verjaardag.minusDays(1) : verjaardag;
    }

    @Override
    public String toString() {
        return "Werkdagkalender[Nederland, Bevrijdingsdag " + bevrijdingsdag + "]";
    }
}
