package nl.schakel.toegang.infrastructuur.logboek;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.schakel.toegang.domein.logboek.Logboekregel;
import nl.schakel.toegang.domein.logboek.Uitkomst;
import nl.schakel.toegang.infrastructuur.TestDatabase;
import nl.schakel.toegang.infrastructuur.logboek.Logboekcontroleur.Uitslag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A logboek of five years (61 months of rows and of links) on real PostgreSQL: the chainer's read of its rows and the
 * check from the last checkpoint read rows only in the months they need. Joined by keys the planner only knows while
 * executing, both had planned a probe into every month, and with five years of months the planner preferred a merge or
 * hash join over the whole logboek instead (6 s per chainer round, 1.2 s per check at 1 M rows; docs/metingen.md, "the
 * seventh day"). The plans are read as PostgreSQL makes them for the statements the code sends.
 */
class VijfJaarMaandenTest {

    private static final Pattern MAAND = Pattern.compile("\\b(regel|keten)_(\\d{4}_\\d{2}|overig)\\b");
    private static final int MAANDEN = 61;

    @TempDir
    static Path map;

    private static TestDatabase.Eigen db;
    private static Logboekketen keten;

    @BeforeAll
    static void vijfJaarLogboek() throws SQLException {
        db = TestDatabase.eigen("vijf_jaar_maanden");
        LocalDate dezeMaand = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
        try (Connection c = db.superuser().getConnection(); Statement s = c.createStatement()) {
            for (int i = 1; i < MAANDEN; i++) {
                s.execute("select logboek.maak_maand('" + dezeMaand.minusMonths(i) + "')");
            }
        }
        keten = new Logboekketen(db.app(), TestDatabase.LOGBOEKSLEUTEL, 100, Optional.of(new Ankerbestand(map.resolve("ankers.log"))));
        keten.maakMaandenVooruit();
        Logboek logboek = new Logboek(db.app(), TestDatabase.LOGBOEKSLEUTEL);
        for (int i = 1; i < MAANDEN; i++) {
            Instant maand = dezeMaand.minusMonths(i).atStartOfDay(ZoneOffset.UTC).toInstant().plus(3, ChronoUnit.DAYS);
            for (int r = 0; r < 5; r++) {
                logboek.schrijf(regelOp(maand.plusSeconds(r)));
            }
        }
        Logboekregels.ketenAlles(keten, db.app()); // 300 rows: three signed checkpoints
        try (Connection c = db.superuser().getConnection(); Statement s = c.createStatement()) {
            s.execute("analyze logboek.regel");
            s.execute("analyze logboek.keten");
        }
        assertThat(maanden(eenWaarde("select string_agg(inhrelid::regclass::text, ' ') from pg_inherits"
                + " where inhparent = 'logboek.regel'::regclass"))).hasSizeGreaterThanOrEqualTo(MAANDEN);
    }

    @Test
    void deKetenaarLeestDeRegelsVanZijnRondeInAlleenHunMaand() throws SQLException {
        Logboek logboek = new Logboek(db.app(), TestDatabase.LOGBOEKSLEUTEL);
        List<Logboekregel> nieuw = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            Logboekregel regel = regelOp(Instant.now());
            logboek.schrijf(regel);
            nieuw.add(regel);
        }
        List<String> ids = new ArrayList<>();
        for (Logboekregel r : nieuw) {
            ids.add(eenWaarde("select id from logboek.regel where gebruiker_id = '" + r.gebruikerId() + "'"));
        }
        String van = eenWaarde("select min(tijdstip) from logboek.ongeketend");
        String tot = eenWaarde("select max(tijdstip) from logboek.ongeketend");

        String plan = plan(Regelplaatsen.REGELS, "'{" + String.join(",", ids) + "}'", "'" + van + "'::timestamptz",
                "'" + tot + "'::timestamptz");

        assertThat(maanden(plan)).as(plan).containsExactly("regel_" + jaarMaand(Instant.now()));
        Logboekregels.ketenAlles(keten, db.app());
        assertThat(Logboekregels.ongeketend(db.app())).isZero();
        assertThat(eenWaarde("select count(*) from logboek.keten where id in ('" + String.join("','", ids) + "')")).isEqualTo("3");
    }

    @Test
    void deControleVanafHetLaatsteAnkerpuntLeestAlleenDeMaandenNaDatAnker() throws SQLException {
        Logboek logboek = new Logboek(db.app(), TestDatabase.LOGBOEKSLEUTEL);
        for (int r = 0; r < 4; r++) {
            logboek.schrijf(regelOp(Instant.now()));
        }
        Logboekregels.ketenAlles(keten, db.app());
        long anker = Long.parseLong(eenWaarde("select max(volgnummer) from logboek.ankerpunt"));
        String vanaf = eenWaarde("select min(tijdstip) from logboek.keten where volgnummer > " + anker);

        String plan = plan(Logboekcontroleur.SCHAKELS, String.valueOf(anker), "'" + vanaf + "'::timestamptz",
                String.valueOf(Logboekcontroleur.PARTIJ));

        // links from this month on (the months made ahead are empty); none of the five years before it. Their rows are
        // read by Regelplaatsen.REGELS, whose plan the chainer's test reads
        String dezeMaand = "keten_" + jaarMaand(Instant.now());
        assertThat(maanden(plan)).as(plan).contains(dezeMaand)
                .allMatch(m -> m.equals("keten_overig") || m.compareTo(dezeMaand) >= 0);
        try (Connection c = db.eigenaar().getConnection()) {
            Uitslag snel = new Logboekcontroleur(c, Optional.of(TestDatabase.LOGBOEKSLEUTEL),
                    Optional.of(new Ankerbestand(map.resolve("ankers.log")))).controleer(false);
            assertThat(snel.bevindingen()).isEmpty();
            assertThat(snel.gecontroleerdVanaf()).isEqualTo(anker);
            assertThat(snel.geketend()).isGreaterThanOrEqualTo(304);
        }
    }

    @Test
    void deVolledigeControleLeestDeRegelsVanEenPartijAlsTijdvakUitAlleenHaarMaand() throws SQLException {
        // a month two years back with 20,000 rows a second apart (written behind the triggers, in a transaction that is
        // rolled back: the plan is what is asked, not the rows), analysed and summarised as autovacuum would
        Instant maand = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).minusMonths(24).atStartOfDay(ZoneOffset.UTC).toInstant()
                .plus(3, ChronoUnit.DAYS);
        String partitie = "regel_" + jaarMaand(maand);
        try (Connection c = db.superuser().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("set local session_replication_role = replica");
            s.execute("insert into logboek.regel (id, tijdstip, gebruiker_id, handeling, uitkomst, invoegnummer, transactie, zegel)"
                    + " select gen_random_uuid(), '" + maand + "'::timestamptz + i * interval '1 second', 'plan-' || i, 'overdracht.lezen',"
                    + " 'TOEGESTAAN', 100000 + i, '1', repeat('a', 64) from generate_series(1, 20000) i");
            s.execute("analyze logboek." + partitie);
            s.execute("select brin_summarize_new_values('logboek." + partitie + "_tijdstip_idx'::regclass)");

            // a batch's stretch: 500 of the month's rows, in the middle
            String plan = plan(c, Regelplaatsen.REGELS_IN_TIJDVAK, "'" + maand.plusSeconds(10_000) + "'::timestamptz",
                    "'" + maand.plusSeconds(10_500) + "'::timestamptz", "2000");
            c.rollback();

            // that month only, its blocks of the stretch by the BRIN index (V11), not a probe per id nor the whole month
            assertThat(maanden(plan)).as(plan).containsExactly(partitie);
            assertThat(plan).as(plan).contains("Bitmap Index Scan on " + partitie + "_tijdstip_idx");
        }
    }

    /** The plan of a statement with its parameters as literals, as PostgreSQL plans it when it knows them (a custom plan). */
    private static String plan(String sql, String... waarden) throws SQLException {
        try (Connection c = db.superuser().getConnection()) {
            return plan(c, sql, waarden);
        }
    }

    /** The same on a given connection (in its transaction, seeing what it wrote). */
    private static String plan(Connection c, String sql, String... waarden) throws SQLException {
        String metWaarden = sql;
        for (String waarde : waarden) {
            metWaarden = metWaarden.replaceFirst("\\?", Matcher.quoteReplacement(waarde));
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("explain " + metWaarden)) {
            StringBuilder plan = new StringBuilder();
            while (r.next()) {
                plan.append(r.getString(1)).append('\n');
            }
            return plan.toString();
        }
    }

    private static Set<String> maanden(String tekst) {
        return MAAND.matcher(tekst).results().map(java.util.regex.MatchResult::group).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String jaarMaand(Instant tijdstip) {
        LocalDate dag = LocalDate.ofInstant(tijdstip, ZoneOffset.UTC);
        return String.format("%04d_%02d", dag.getYear(), dag.getMonthValue());
    }

    private static String eenWaarde(String query) throws SQLException {
        try (Connection c = db.superuser().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getString(1);
        }
    }

    private static Logboekregel regelOp(Instant tijdstip) {
        return new Logboekregel(UUID.randomUUID(), 0, tijdstip, "u-" + UUID.randomUUID(), null, Optional.empty(), Optional.of("VTRR"),
                "procesregisseur", "overdracht.lezen", Optional.of("OVERDRACHT"), Optional.of(UUID.randomUUID()),
                List.of(UUID.randomUUID()), Optional.of("OVERDRACHT"), Optional.empty(), Optional.empty(), false,
                Uitkomst.TOEGESTAAN, "schakel-web", "127.0.0.1", "c", null, 0);
    }
}
