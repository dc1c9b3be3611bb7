package nl.schakel.toegang.infrastructuur.logboek;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import nl.schakel.toegang.domein.logboek.Logboekregel;
import nl.schakel.toegang.domein.logboek.Uitkomst;

/** Test rows and what the tests read back. */
final class Logboekregels {

    private Logboekregels() {}

    static Logboekregel regel(String gebruiker) {
        return regel(gebruiker, UUID.randomUUID());
    }

    static Logboekregel regel(String gebruiker, UUID betrokkene) {
        return new Logboekregel(UUID.randomUUID(), 0, Instant.now(), gebruiker, "Test " + gebruiker, Optional.empty(),
                Optional.of("VTRR"), "procesregisseur", "overdracht.lezen", Optional.of("OVERDRACHT"),
                Optional.of(UUID.randomUUID()), List.of(betrokkene), Optional.of("OVERDRACHT"), Optional.of("Wmo 2015"),
                Optional.of("EIGENAAR"), false, Uitkomst.TOEGESTAAN, "schakel-web", "127.0.0.1", UUID.randomUUID().toString(), "");
    }

    /** The ids in chain order, and checks that volgnummers run 1..n without a gap. */
    static List<UUID> ketenvolgorde(DataSource db) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select id, volgnummer from " + rijen(c) + " where volgnummer is not null order by volgnummer")) {
            long verwacht = 1;
            while (r.next()) {
                if (r.getLong(2) != verwacht++) {
                    throw new AssertionError("gat in de keten bij " + (verwacht - 1));
                }
                ids.add(r.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    /** The ids in the order the chain must have: (transactie, invoegnummer). */
    static List<UUID> verwachteVolgorde(DataSource db) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select id from logboek.regel where transactie is not null order by transactie, invoegnummer")) {
            while (r.next()) {
                ids.add(r.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    static long ongeketend(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from " + rijen(c) + " where volgnummer is null")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The first two columns of the query's one row, as text: an end of the chain, or the row it should match. */
    static List<String> tweeKolommen(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            if (!r.next()) {
                throw new AssertionError("geen rij voor: " + sql);
            }
            return Arrays.asList(r.getString(1), r.getString(2));
        }
    }

    /**
     * The rows with their links: from V8 the view over rows and links, before it (in the migration tests) the rows
     * themselves.
     */
    static String rijen(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select to_regclass('logboek.keten') is not null")) {
            r.next();
            return r.getBoolean(1) ? "logboek.regel_geketend" : "logboek.regel";
        }
    }

    static long volgnummer(DataSource db, UUID id) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("select volgnummer from " + rijen(c) + " where id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Runs the chainer until nothing is left or the time is up. */
    static void ketenAlles(Logboekketen keten, DataSource db) throws SQLException {
        long tot = System.nanoTime() + 30_000_000_000L;
        while (ongeketend(db) > 0) {
            if (System.nanoTime() > tot) {
                throw new AssertionError("de keten raakte niet bij: nog " + ongeketend(db) + " regels ongeketend");
            }
            keten.ketenBij(500);
        }
    }
}
