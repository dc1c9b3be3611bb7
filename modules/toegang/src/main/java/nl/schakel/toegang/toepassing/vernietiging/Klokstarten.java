package nl.schakel.toegang.toepassing.vernietiging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.schakel.gedeeld.persistentie.Tijdstipkolom;
import nl.schakel.gedeeld.persistentie.Uuidkolom;
import nl.schakel.toegang.domein.bewaren.Bewaartermijnen;
import nl.schakel.toegang.domein.bewaren.Termijn;
import nl.schakel.toegang.domein.bewaren.Vernietigbaar;
import nl.schakel.toegang.domein.bewaren.Vernietigingskalender;

/**
 * For a {@link Bewaarbron} whose resources of one type all have one owner type (the overdracht, the aanmelding): which
 * are due on a date, from the flow's own query of clock starts. The query gets a cut-off a little late (two days: a
 * calendar term that ends on 29 February), the exact date comes from the {@link Vernietigingskalender}.
 */
public final class Klokstarten {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private Klokstarten() {}

    /**
     * @param klokstartenVoor the flow's query: rows {@code (id, owning organisation code, clock start)} whose clock
     *     started before the given moment, in a stable order
     */
    public static List<Vernietigbaar> verschuldigd(String brontype, String eigenaartype, LocalDate peildatum,
            Bewaartermijnen termijnen, Vernietigingskalender kalender, Function<OffsetDateTime, List<Object[]>> klokstartenVoor) {
        Termijn termijn = termijnen.regel(brontype, eigenaartype).orElseThrow().termijn();
        List<Vernietigbaar> due = new ArrayList<>();
        for (Object[] rij : klokstartenVoor.apply(ruimeGrens(peildatum, termijn.inMaanden()))) {
            Instant start = Tijdstipkolom.uit(rij[2]);
            LocalDate datum = kalender.vernietigingsdatum(brontype, eigenaartype, start);
            if (!datum.isAfter(peildatum)) {
                due.add(new Vernietigbaar(brontype, Uuidkolom.uit(rij[0]), (String) rij[1], eigenaartype, start, datum));
            }
        }
        return due;
    }

    /**
     * The cut-off for a query of clock starts that may have run out by {@code peildatum} under a term of
     * {@code maanden} months: two days late (a calendar term that ends on 29 February); the exact date comes from the
     * {@link Vernietigingskalender}. For a flow whose owners have different terms, the shortest.
     */
    public static OffsetDateTime ruimeGrens(LocalDate peildatum, int maanden) {
        return peildatum.minusMonths(maanden).plusDays(2).atStartOfDay(NEDERLAND).toOffsetDateTime();
    }

    /**
     * Whether one resource is still due when it is about to be destroyed: {@code klokstart} is the flow's query result
     * for it (empty or null: no clock, so never due), checked again because an approved list may be days old.
     */
    public static boolean nogVerschuldigd(List<?> klokstart, String brontype, String eigenaartype, LocalDate peildatum,
            Vernietigingskalender kalender) {
        return !klokstart.isEmpty() && klokstart.get(0) != null
                && !kalender.vernietigingsdatum(brontype, eigenaartype, Tijdstipkolom.uit(klokstart.get(0))).isAfter(peildatum);
    }
}
