package nl.schakel.toegang.infrastructuur.logboek;

import nl.schakel.gedeeld.sql.Kolommen;
import nl.schakel.toegang.domein.logboek.LogboekZoekvraag;
import nl.schakel.toegang.domein.logboek.Logboekregel;
import nl.schakel.toegang.domein.logboek.Uitkomst;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Reads the logboek for the privacy officer, newest first, paged by insertion number; and checks the chain. */
@ApplicationScoped
public class LogboekLezer {

    @Inject
    DataSource database; // one connection per transaction (Appdatabase)

    public LogboekLezer() {}

    public LogboekLezer(DataSource database) {
        this.database = database;
    }

    /** Fetches one row more than asked, so the caller knows whether a next page exists. */
    public List<Logboekregel> zoek(LogboekZoekvraag vraag) {
        StringBuilder sql = new StringBuilder("select * from logboek.regel_geketend r where true");
        vraag.betrokkene().ifPresent(b -> sql.append(" and r.betrokkenen @> array[?]::uuid[]"));
        vraag.gebruiker().ifPresent(g -> sql.append(" and r.gebruiker_id = ?"));
        vraag.bronType().ifPresent(t -> sql.append(" and r.bron_type = ?"));
        vraag.bronId().ifPresent(b -> sql.append(" and r.bron_id = ?"));
        vraag.van().ifPresent(v -> sql.append(" and r.tijdstip >= ?"));
        vraag.tot().ifPresent(t -> sql.append(" and r.tijdstip < ?"));
        vraag.voorInvoegnummer().ifPresent(v -> sql.append(" and r.invoegnummer < ?"));
        // insertion order: a row is on the pages at once, not only when the chainer has given it its volgnummer
        if (vraag.betrokkene().isPresent() || vraag.gebruiker().isPresent() || vraag.bronId().isPresent()) {
            // a person, a user or a resource has few rows among millions: find them by their index first, then order.
            // Without the fence ("offset 0": the inner query is planned without the limit) the planner walks every
            // month's insertion order backwards hoping to meet 51 matches soon, and at 50 M rows that read all rows of
            // the year: 5.6 s; with it 23 ms (docs/metingen.md, "the seventh day")
            sql.insert(0, "select * from (").append(" offset 0) r");
        }
        sql.append(" order by r.invoegnummer desc limit ?");
        try (Connection c = database.getConnection()) {
            if (!c.getAutoCommit()) {
                return lees(c, sql.toString(), vraag); // in the caller's transaction, as in the API
            }
            // on its own (a tool, the benchmark) the setting below needs a transaction to last beyond its own statement
            c.setAutoCommit(false);
            try {
                return lees(c, sql.toString(), vraag);
            } finally {
                c.rollback(); // it only read
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("logboek niet te lezen", e);
        }
    }

    /**
     * One page, without parallel workers: a worker is a new backend that opens every month of rows and of links afresh,
     * and with five years of months that cost about 60 ms against a query of 1 ms on the connection's warm caches
     * (docs/metingen.md, "the seventh day"). {@code set local}: the setting ends with the transaction, so a pooled
     * connection goes back as it came.
     */
    private static List<Logboekregel> lees(Connection c, String sql, LogboekZoekvraag vraag) throws SQLException {
        try (Statement zonderWerkers = c.createStatement()) {
            zonderWerkers.execute("set local max_parallel_workers_per_gather = 0");
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (vraag.betrokkene().isPresent()) {
                s.setObject(i++, vraag.betrokkene().get());
            }
            if (vraag.gebruiker().isPresent()) {
                s.setString(i++, vraag.gebruiker().get());
            }
            if (vraag.bronType().isPresent()) {
                s.setString(i++, vraag.bronType().get());
            }
            if (vraag.bronId().isPresent()) {
                s.setObject(i++, vraag.bronId().get());
            }
            if (vraag.van().isPresent()) {
                s.setTimestamp(i++, Timestamp.from(vraag.van().get()));
            }
            if (vraag.tot().isPresent()) {
                s.setTimestamp(i++, Timestamp.from(vraag.tot().get()));
            }
            if (vraag.voorInvoegnummer().isPresent()) {
                s.setLong(i++, vraag.voorInvoegnummer().get());
            }
            s.setInt(i, vraag.grootte() + 1);
            List<Logboekregel> regels = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    regels.add(regel(r));
                }
            }
            return regels;
        }
    }

    /** The first broken link of the hash chain, or empty when the chain is whole. */
    public Optional<Ketenbreuk> controleer() {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement("select * from logboek.controleer()");
                ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.of(new Ketenbreuk(r.getLong("volgnummer"), r.getString("probleem"))) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("logboek niet te controleren", e);
        }
    }

    public record Ketenbreuk(long volgnummer, String probleem) {}

    /** A row as stored, chained or not. */
    public static Logboekregel regel(ResultSet r) throws SQLException {
        Array betrokkenen = r.getArray("betrokkenen");
        return new Logboekregel(
                Kolommen.uuid(r, "id"),
                r.getLong("volgnummer"),
                r.getTimestamp("tijdstip").toInstant(),
                r.getString("gebruiker_id"),
                r.getString("gebruiker_naam"),
                Optional.ofNullable(r.getString("namens")),
                Optional.ofNullable(r.getString("organisatie")),
                r.getString("rol"),
                r.getString("handeling"),
                Optional.ofNullable(r.getString("bron_type")),
                Optional.ofNullable(Kolommen.uuid(r, "bron_id")),
                Arrays.stream((Object[]) betrokkenen.getArray()).map(UUID.class::cast).toList(),
                Optional.ofNullable(r.getString("doel")),
                Optional.ofNullable(r.getString("grondslag")),
                Optional.ofNullable(r.getString("toegang_reden")),
                r.getBoolean("noodtoegang"),
                Uitkomst.valueOf(r.getString("uitkomst")),
                r.getString("client_id"),
                r.getString("bron_adres"),
                r.getString("correlatie_id"),
                r.getString("hash"),
                r.getLong("invoegnummer"));
    }
}
