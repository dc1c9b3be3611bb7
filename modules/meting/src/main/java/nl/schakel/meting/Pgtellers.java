package nl.schakel.meting;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
 * within a second's work; the counters cost a little themselves, which is why this is not on by default. With
 * {@code meting.pgstatements} also per statement ({@code pg_stat_statements}, which the server must load at start): how
 * many statements a request sends and their planning and execution milliseconds.
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

    /** One statement's counters in {@code pg_stat_statements}: calls, planning and execution milliseconds, rows. */
    record Opdrachtteller(String tekst, double aanroepen, double msPlannen, double msUitvoeren, double rijen) {
        static final Opdrachtteller NUL = new Opdrachtteller("", 0, 0, 0, 0);

        Opdrachtteller min(Opdrachtteller t) {
            return new Opdrachtteller(tekst, aanroepen - t.aanroepen, msPlannen - t.msPlannen, msUitvoeren - t.msUitvoeren, rijen - t.rijen);
        }

        Opdrachtteller plus(Opdrachtteller t) {
            return new Opdrachtteller(tekst, aanroepen + t.aanroepen, msPlannen + t.msPlannen, msUitvoeren + t.msUitvoeren, rijen + t.rijen);
        }

        double ms() {
            return msPlannen + msUitvoeren;
        }
    }

    record Stand(Map<String, Functieteller> functies, Map<String, Tabelteller> tabellen, Map<Long, Opdrachtteller> opdrachten) {}

    /**
     * What {@code meting.pgstatements} gives the run's PostgreSQL: {@code pg_stat_statements} loaded at start (it cannot be
     * loaded later), with the planning time counted apart from the execution.
     */
    static final String OPDRACHTEN_INSTELLINGEN = "shared_preload_libraries=pg_stat_statements;pg_stat_statements.track_planning=on";

    /** The application's statements in the platform's database (the meting's own superuser reads are left out). */
    private static final String OPDRACHTEN = "select s.queryid, left(regexp_replace(s.query, '\\s+', ' ', 'g'), 110), s.calls, "
            + "s.total_plan_time, s.total_exec_time, s.rows from pg_stat_statements s join pg_roles r on r.oid = s.userid "
            + "where s.dbid = (select oid from pg_database where datname = current_database()) and not r.rolsuper";

    /** The most expensive statements a layer's report names (the sum over all of them is reported as well). */
    private static final int OPDRACHTEN_IN_RAPPORT = 8;

    private final Connection superuser;
    private final Map<String, Map<String, Functieteller>> functiesPerLaag = new LinkedHashMap<>();
    private final Map<String, Map<String, Tabelteller>> tabellenPerLaag = new LinkedHashMap<>();
    private final Map<String, Map<Long, Opdrachtteller>> opdrachtenPerLaag = new LinkedHashMap<>();
    private final Map<String, Long> verzoekenPerLaag = new LinkedHashMap<>();
    private final boolean opdrachten;

    /**
     * {@code opdrachten}: also per statement, from {@code pg_stat_statements} (the server must have been started with
     * {@link #OPDRACHTEN_INSTELLINGEN}).
     */
    Pgtellers(Instellingen inst, boolean opdrachten) throws SQLException {
        this.opdrachten = opdrachten;
        superuser = DriverManager.getConnection(inst.jdbcUrl(inst.get("postgres.database")), inst.get("postgres.superuser.user"),
                inst.geheim("postgres.superuser.password"));
        try (Statement s = superuser.createStatement()) {
            s.execute("alter system set track_functions = 'pl'");
            s.execute("select pg_reload_conf()");
            if (opdrachten) {
                s.execute("create extension if not exists pg_stat_statements");
            }
        }
    }

    Stand stand() throws SQLException {
        try (Statement s = superuser.createStatement()) {
            return new Stand(functies(s), tabellen(s), opdrachten ? opdrachten(s) : Map.of());
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
        Map<Long, Opdrachtteller> perOpdracht = opdrachtenPerLaag.computeIfAbsent(laag, l -> new LinkedHashMap<>());
        na.opdrachten().forEach((id, t) -> perOpdracht.merge(id, t.min(voor.opdrachten().getOrDefault(id, Opdrachtteller.NUL)),
                Opdrachtteller::plus));
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
        if (opdrachten) {
            s.append(opdrachtenRapport());
        }
        return s.toString();
    }

    /**
     * Per layer: all statements together per request (calls, planning and execution ms), then the most expensive ones.
     * A statement's time includes the triggers it fires; the texts carry parameters as $n, never values.
     */
    private String opdrachtenRapport() {
        StringBuilder s = new StringBuilder("\nPostgreSQL per verzoek per opdracht (pg_stat_statements, plannen apart geteld; "
                + "de tijd van een opdracht omvat die van haar triggers):\n\n");
        s.append("| laag | opdracht | aanroepen | ms plannen | ms uitvoeren | rijen |\n|---|---|---:|---:|---:|---:|\n");
        opdrachtenPerLaag.forEach((laag, perOpdracht) -> {
            double n = verzoekenPerLaag.get(laag);
            List<Opdrachtteller> gedaan = perOpdracht.values().stream().filter(t -> t.aanroepen() > 0)
                    .sorted(Comparator.comparingDouble(Opdrachtteller::ms).reversed()).toList();
            Opdrachtteller samen = gedaan.stream().reduce(Opdrachtteller.NUL, Opdrachtteller::plus);
            s.append(String.format(Locale.ROOT, "| %s | **alle %d opdrachten samen** | %.2f | %.3f | %.3f | %.2f |%n", laag, gedaan.size(),
                    samen.aanroepen() / n, samen.msPlannen() / n, samen.msUitvoeren() / n, samen.rijen() / n));
            gedaan.stream().limit(OPDRACHTEN_IN_RAPPORT).forEach(t -> s.append(String.format(Locale.ROOT,
                    "| %s | `%s` | %.2f | %.3f | %.3f | %.2f |%n", laag, t.tekst().replace("|", "\\|").replace("`", "'"),
                    t.aanroepen() / n, t.msPlannen() / n, t.msUitvoeren() / n, t.rijen() / n)));
        });
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

    private static Map<Long, Opdrachtteller> opdrachten(Statement s) throws SQLException {
        Map<Long, Opdrachtteller> tellers = new HashMap<>();
        try (ResultSet r = s.executeQuery(OPDRACHTEN)) {
            while (r.next()) {
                tellers.merge(r.getLong(1), new Opdrachtteller(r.getString(2), r.getDouble(3), r.getDouble(4), r.getDouble(5),
                        r.getDouble(6)), Opdrachtteller::plus);
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
