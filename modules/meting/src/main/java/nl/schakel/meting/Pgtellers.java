package nl.schakel.meting;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.schakel.launcher.Instellingen;

/**
 * PostgreSQL's own counters per layer ({@code meting.pgstats}): the milliseconds spent in each PL/pgSQL function
 * ({@code pg_stat_user_functions}, switched on for the run with {@code track_functions = 'pl'}) and the rows inserted,
 * updated (of which HOT) and deleted per table ({@code pg_stat_user_tables}, a month's partitions counted as their
 * table), each divided by the layer's requests. This is the table of docs/metingen.md that showed the chain trigger's
 * 5.5 ms per row. Backends hand their counters over at most once a second, so a round of ten seconds is counted to
 * within a second's work; the counters cost a little themselves, which is why this is not on by default.
 */
final class Pgtellers implements AutoCloseable {

    private static final String FUNCTIES = "select schemaname || '.' || funcname, calls, total_time, self_time from pg_stat_user_functions";
    private static final String TABELLEN = "select schemaname || '.' || regexp_replace(relname, '_([0-9]{4}_[0-9]{2}|overig)$', ''), "
            + "sum(n_tup_ins), sum(n_tup_upd), sum(n_tup_hot_upd), sum(n_tup_del) from pg_stat_user_tables group by 1";

    /** One function's or one table's counters; for a function a = calls, b = total ms, c = self ms. */
    record Teller(double a, double b, double c, double d) {
        Teller min(Teller t) {
            return new Teller(a - t.a, b - t.b, c - t.c, d - t.d);
        }

        Teller plus(Teller t) {
            return new Teller(a + t.a, b + t.b, c + t.c, d + t.d);
        }
    }

    record Stand(Map<String, Teller> functies, Map<String, Teller> tabellen) {}

    private final Connection superuser;
    private final Map<String, Map<String, Teller>> functiesPerLaag = new LinkedHashMap<>();
    private final Map<String, Map<String, Teller>> tabellenPerLaag = new LinkedHashMap<>();
    private final Map<String, Long> verzoekenPerLaag = new LinkedHashMap<>();

    Pgtellers(Instellingen inst) throws SQLException {
        superuser = DriverManager.getConnection(inst.jdbcUrl(inst.get("postgres.database")), inst.get("postgres.superuser.user"),
                inst.geheim("postgres.superuser.password"));
        try (Statement s = superuser.createStatement()) {
            s.execute("alter system set track_functions = 'pl'");
            s.execute("select pg_reload_conf()");
        }
    }

    Stand stand() throws SQLException {
        try (Statement s = superuser.createStatement()) {
            return new Stand(lees(s, FUNCTIES), lees(s, TABELLEN));
        }
    }

    /** Adds one round of a layer: the counters between {@code voor} and now, and its requests. */
    void voegToe(String laag, Stand voor, long verzoeken) throws SQLException {
        Stand na = stand();
        tel(functiesPerLaag.computeIfAbsent(laag, l -> new TreeMap<>()), voor.functies(), na.functies());
        tel(tabellenPerLaag.computeIfAbsent(laag, l -> new TreeMap<>()), voor.tabellen(), na.tabellen());
        verzoekenPerLaag.merge(laag, verzoeken, Long::sum);
    }

    /** Per layer, what changed per request: functions (calls, ms in total and in itself) and rows written per table. */
    String rapport() {
        StringBuilder s = new StringBuilder("\nPostgreSQL per verzoek (pg_stat_user_functions, pg_stat_user_tables; alleen wat veranderde):\n\n");
        s.append("| laag | functie | aanroepen | ms totaal | ms zelf |\n|---|---|---:|---:|---:|\n");
        functiesPerLaag.forEach((laag, functies) -> functies.forEach((naam, t) -> {
            double n = verzoekenPerLaag.get(laag);
            if (t.a() > 0) {
                s.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.3f | %.3f |%n", laag, naam, t.a() / n, t.b() / n, t.c() / n));
            }
        }));
        s.append("\n| laag | tabel | ingevoegd | bijgewerkt | waarvan HOT | verwijderd |\n|---|---|---:|---:|---:|---:|\n");
        tabellenPerLaag.forEach((laag, tabellen) -> tabellen.forEach((naam, t) -> {
            double n = verzoekenPerLaag.get(laag);
            if (t.a() + t.b() + t.d() > 0) {
                s.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f |%n", laag, naam, t.a() / n, t.b() / n,
                        t.c() / n, t.d() / n));
            }
        }));
        return s.toString();
    }

    @Override
    public void close() throws SQLException {
        try (superuser; Statement s = superuser.createStatement()) {
            s.execute("alter system reset track_functions");
            s.execute("select pg_reload_conf()");
        }
    }

    private static Map<String, Teller> lees(Statement s, String sql) throws SQLException {
        Map<String, Teller> tellers = new TreeMap<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                tellers.put(r.getString(1), new Teller(r.getDouble(2), r.getDouble(3), r.getDouble(4),
                        r.getMetaData().getColumnCount() > 4 ? r.getDouble(5) : 0));
            }
        }
        return tellers;
    }

    private static void tel(Map<String, Teller> som, Map<String, Teller> voor, Map<String, Teller> na) {
        Teller nul = new Teller(0, 0, 0, 0);
        na.forEach((naam, t) -> som.merge(naam, t.min(voor.getOrDefault(naam, nul)), Teller::plus));
    }
}
