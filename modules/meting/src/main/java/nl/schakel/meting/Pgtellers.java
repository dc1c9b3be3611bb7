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

    /** One PL/pgSQL function's counters: calls, and milliseconds in total and in itself. */
    record Functieteller(double aanroepen, double msTotaal, double msZelf) {
        static final Functieteller NUL = new Functieteller(0, 0, 0);

        Functieteller min(Functieteller t) {
            return new Functieteller(aanroepen - t.aanroepen, msTotaal - t.msTotaal, msZelf - t.msZelf);
        }

        Functieteller plus(Functieteller t) {
            return new Functieteller(aanroepen + t.aanroepen, msTotaal + t.msTotaal, msZelf + t.msZelf);
        }
    }

    /** One table's counters: rows inserted, updated (of which HOT, without touching an index) and deleted. */
    record Tabelteller(double ingevoegd, double bijgewerkt, double hot, double verwijderd) {
        static final Tabelteller NUL = new Tabelteller(0, 0, 0, 0);

        Tabelteller min(Tabelteller t) {
            return new Tabelteller(ingevoegd - t.ingevoegd, bijgewerkt - t.bijgewerkt, hot - t.hot, verwijderd - t.verwijderd);
        }

        Tabelteller plus(Tabelteller t) {
            return new Tabelteller(ingevoegd + t.ingevoegd, bijgewerkt + t.bijgewerkt, hot + t.hot, verwijderd + t.verwijderd);
        }
    }

    record Stand(Map<String, Functieteller> functies, Map<String, Tabelteller> tabellen) {}

    private final Connection superuser;
    private final Map<String, Map<String, Functieteller>> functiesPerLaag = new LinkedHashMap<>();
    private final Map<String, Map<String, Tabelteller>> tabellenPerLaag = new LinkedHashMap<>();
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
            return new Stand(functies(s), tabellen(s));
        }
    }

    /** Adds one round of a layer: the counters between {@code voor} and now, and its requests. */
    void voegToe(String laag, Stand voor, long verzoeken) throws SQLException {
        Stand na = stand();
        Map<String, Functieteller> functies = functiesPerLaag.computeIfAbsent(laag, l -> new TreeMap<>());
        na.functies().forEach((naam, t) -> functies.merge(naam, t.min(voor.functies().getOrDefault(naam, Functieteller.NUL)),
                Functieteller::plus));
        Map<String, Tabelteller> tabellen = tabellenPerLaag.computeIfAbsent(laag, l -> new TreeMap<>());
        na.tabellen().forEach((naam, t) -> tabellen.merge(naam, t.min(voor.tabellen().getOrDefault(naam, Tabelteller.NUL)),
                Tabelteller::plus));
        verzoekenPerLaag.merge(laag, verzoeken, Long::sum);
    }

    /** Per layer, what changed per request: functions (calls, ms in total and in itself) and rows written per table. */
    String rapport() {
        StringBuilder s = new StringBuilder("\nPostgreSQL per verzoek (pg_stat_user_functions, pg_stat_user_tables; alleen wat veranderde):\n\n");
        s.append("| laag | functie | aanroepen | ms totaal | ms zelf |\n|---|---|---:|---:|---:|\n");
        functiesPerLaag.forEach((laag, functies) -> functies.forEach((naam, t) -> {
            double n = verzoekenPerLaag.get(laag);
            if (t.aanroepen() > 0) {
                s.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.3f | %.3f |%n", laag, naam, t.aanroepen() / n,
                        t.msTotaal() / n, t.msZelf() / n));
            }
        }));
        s.append("\n| laag | tabel | ingevoegd | bijgewerkt | waarvan HOT | verwijderd |\n|---|---|---:|---:|---:|---:|\n");
        tabellenPerLaag.forEach((laag, tabellen) -> tabellen.forEach((naam, t) -> {
            double n = verzoekenPerLaag.get(laag);
            if (t.ingevoegd() + t.bijgewerkt() + t.verwijderd() > 0) {
                s.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f |%n", laag, naam, t.ingevoegd() / n,
                        t.bijgewerkt() / n, t.hot() / n, t.verwijderd() / n));
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

    private static Map<String, Functieteller> functies(Statement s) throws SQLException {
        Map<String, Functieteller> tellers = new TreeMap<>();
        try (ResultSet r = s.executeQuery(FUNCTIES)) {
            while (r.next()) {
                tellers.put(r.getString(1), new Functieteller(r.getDouble(2), r.getDouble(3), r.getDouble(4)));
            }
        }
        return tellers;
    }

    private static Map<String, Tabelteller> tabellen(Statement s) throws SQLException {
        Map<String, Tabelteller> tellers = new TreeMap<>();
        try (ResultSet r = s.executeQuery(TABELLEN)) {
            while (r.next()) {
                tellers.put(r.getString(1), new Tabelteller(r.getDouble(2), r.getDouble(3), r.getDouble(4), r.getDouble(5)));
            }
        }
        return tellers;
    }
}
