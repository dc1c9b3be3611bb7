package nl.schakel.gedeeld.gebeurtenis;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * Appends events to the one outbox of every flow ({@code gebeurtenis.gebeurtenis}), in the caller's transaction: a
 * connection from {@code jdbc/schakel} inside a JTA transaction is enlisted in it, so the event commits or rolls back
 * with the change it tells of. Without a transaction there is no such promise, so the container refuses the call
 * ({@code MANDATORY}).
 *
 * <p>Call it as the last statement of the work. The insert takes the feed's numbering lock
 * (V1__gebeurtenis.sql) and holds it until the commit, so from here on state changes of every flow commit one at a
 * time; the shorter the rest of the transaction, the less the others wait. Lock order: this lock before the
 * logboek's, in every transaction that writes both, or two of them can deadlock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class GebeurtenisSchrijver {

    // no volgnummer: the trigger sets it, and overwrites any a writer would choose
    static final String INSERT = "insert into gebeurtenis.gebeurtenis (id, type, bron, onderwerp_type, onderwerp_id,"
            + " onderwerp_pad, ontvangers, eigenaren, tijdstip) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    DataSource database; // one connection per transaction (Appdatabase)

    protected GebeurtenisSchrijver() {}

    /** Outside a container (tests, tools): a data source whose connections take part in the caller's transaction. */
    public GebeurtenisSchrijver(DataSource database) {
        this.database = database;
    }

    public void legVast(Gebeurtenis gebeurtenis) {
        legVast(List.of(gebeurtenis));
    }

    /** Several events of one transaction, numbered in this order. */
    public void legVast(List<Gebeurtenis> gebeurtenissen) {
        if (gebeurtenissen.isEmpty()) {
            return;
        }
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(INSERT)) {
            for (Gebeurtenis g : gebeurtenissen) {
                s.setObject(1, g.id());
                s.setString(2, g.type());
                s.setString(3, g.bron());
                s.setString(4, g.onderwerp().type());
                s.setObject(5, g.onderwerp().id());
                s.setString(6, g.onderwerp().pad());
                s.setArray(7, c.createArrayOf("varchar", g.ontvangers().toArray()));
                s.setArray(8, c.createArrayOf("varchar", g.eigenaren().toArray()));
                s.setObject(9, g.tijdstip().atOffset(ZoneOffset.UTC));
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("gebeurtenis niet vast te leggen", e);
        }
    }
}
