package nl.schakel.toegang.infrastructuur.logboek;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
            s.setTimestamp(2, Timestamp.from(plaatsen.stream().map(Plaats::tijdstip).min(Comparator.naturalOrder()).orElseThrow()));
            s.setTimestamp(3, Timestamp.from(plaatsen.stream().map(Plaats::tijdstip).max(Comparator.naturalOrder()).orElseThrow()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Logboekregel regel = LogboekLezer.regel(r);
                    gelezen.put(new Plaats(regel.id(), regel.tijdstip()), new GelezenRegel(regel, r.getString("zegel")));
                }
            }
        }
        return gelezen;
    }
}
