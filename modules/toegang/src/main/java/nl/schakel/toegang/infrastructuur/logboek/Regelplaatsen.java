package nl.schakel.toegang.infrastructuur.logboek;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.schakel.gedeeld.sql.Kolommen;
import nl.schakel.toegang.domein.logboek.Logboekregel;

/**
 * Rows of the logboek read by their place (id and time), a batch at a time: the chainer reads the rows of its queue's
 * places this way, the check the rows of a batch of links. Neither joins its places to {@code logboek.regel}: joined,
 * the planner prices a lookup by a key it only knows while running as a probe into every month, and from about 60
 * months on (five years, or the benchmark's filled logboek at 1 million rows) it chose a merge join over the whole
 * logboek instead: 6 s a chainer round at 1 M rows, and a sort of all 50 M rows that filled the disk for the full check
 * (docs/metingen.md, "the seventh day" and "the eighth day").
 */
final class Regelplaatsen {

    /**
     * The rows of a batch: their ids, within the months from the earliest time to the latest, so that the planner keeps
     * only those months (usually one) and looks each id up in their primary key. 0.7 ms for 500 rows at 1 M rows.
     */
    static final String REGELS = "select * from logboek.regel r where r.id = any(?::uuid[]) and r.tijdstip between ? and ?";

    /**
     * The rows of a stretch of time, by the months' BRIN index on tijdstip (V11): the blocks of the stretch, read in the
     * order they lie on disk. Capped, so that a stretch that holds far more rows than the batch (a clock that jumped, a
     * month whose blocks autovacuum has not summarised yet) costs a bounded read before the rest is looked up by id.
     */
    static final String REGELS_IN_TIJDVAK = "select * from logboek.regel r where r.tijdstip between ? and ? limit ?";

    /** Where a row is: its id and its time (the month it is in). A link and a place in the queue name a row so. */
    record Plaats(UUID id, Instant tijdstip) {}

    /** A row as read, with the seal it was written with. */
    record GelezenRegel(Logboekregel regel, String zegel) {}

    private Regelplaatsen() {}

    /** The rows at these places that are there; a place without its row (removed behind the triggers' back) is absent. */
    static Map<Plaats, GelezenRegel> lees(Connection c, List<Plaats> plaatsen) throws SQLException {
        Map<Plaats, GelezenRegel> gelezen = new HashMap<>();
        if (plaatsen.isEmpty()) {
            return gelezen;
        }
        try (PreparedStatement s = c.prepareStatement(REGELS)) {
            s.setArray(1, c.createArrayOf("uuid", plaatsen.stream().map(Plaats::id).toArray(UUID[]::new)));
            zetTijdvak(s, 2, plaatsen);
            voegToe(s, gelezen, null);
        }
        return gelezen;
    }

    /**
     * The same rows, for many places that lie close together in time (the check's batch of links, in commit order):
     * the stretch from the earliest to the latest is read whole, in disk order, and what is not in it (past the cap)
     * is looked up by id. What the stretch holds besides the places (rows of other batches, the unchained tail) is
     * left out. The same answer as {@link #lees}, by a route that costs the disk's order instead of a random probe per
     * place (docs/metingen.md, "the twelfth day").
     */
    static Map<Plaats, GelezenRegel> leesOpTijd(Connection c, List<Plaats> plaatsen) throws SQLException {
        return leesOpTijd(c, plaatsen, 2 * plaatsen.size() + 1_000);
    }

    /** With the stretch's read capped at {@code ten hoogste} rows (a test passes a small cap to cross it). */
    static Map<Plaats, GelezenRegel> leesOpTijd(Connection c, List<Plaats> plaatsen, int tenHoogste) throws SQLException {
        Map<Plaats, GelezenRegel> gelezen = new HashMap<>();
        if (plaatsen.isEmpty()) {
            return gelezen;
        }
        Set<Plaats> gezocht = new HashSet<>(plaatsen);
        try (PreparedStatement s = c.prepareStatement(REGELS_IN_TIJDVAK)) {
            zetTijdvak(s, 1, plaatsen);
            s.setInt(3, tenHoogste);
            voegToe(s, gelezen, gezocht);
        }
        if (gelezen.size() < plaatsen.size()) {
            gelezen.putAll(lees(c, plaatsen.stream().filter(p -> !gelezen.containsKey(p)).toList()));
        }
        return gelezen;
    }

    /** The stretch of time of these places, from the earliest to the latest, as the parameters from {@code eerste} on. */
    private static void zetTijdvak(PreparedStatement s, int eerste, List<Plaats> plaatsen) throws SQLException {
        s.setTimestamp(eerste, Timestamp.from(plaatsen.stream().map(Plaats::tijdstip).min(Comparator.naturalOrder()).orElseThrow()));
        s.setTimestamp(eerste + 1, Timestamp.from(plaatsen.stream().map(Plaats::tijdstip).max(Comparator.naturalOrder()).orElseThrow()));
    }

    /** The rows the statement reads, those at the places sought ({@code null}: all of them). */
    private static void voegToe(PreparedStatement s, Map<Plaats, GelezenRegel> gelezen, Set<Plaats> gezocht) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                // the place first: a row of the stretch that was not sought is not decoded
                Plaats plaats = new Plaats(Kolommen.uuid(r, "id"), r.getTimestamp("tijdstip").toInstant());
                if (gezocht == null || gezocht.contains(plaats)) {
                    gelezen.put(plaats, new GelezenRegel(LogboekLezer.regel(r), r.getString("zegel")));
                }
            }
        }
    }
}
