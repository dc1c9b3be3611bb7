package nl.schakel.toegang.infrastructuur;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What the bekendheidscheck reads and counts, by plain JDBC in the caller's transaction: which organisations hold a
 * live grant on a resource about a person, and the checks one user did in the last day ({@code toegang.bekendheidscheck}).
 */
@ApplicationScoped
public class BekendheidRepository {

    /** The first key of the advisory lock per user (the second is the user id's hash); the logboek uses a one-key lock. */
    private static final int SLOT = 15;

    /**
     * Grants that mean "this organisation holds data about the person": ownership, receipt, an invitation, an open action,
     * a crisis partnership. Not break-glass (a short look by one person, reviewed, not holding) and not the privacy
     * officer's grant for a data-subject request.
     */
    private static final String HOUDENDE_REDENEN = "('EIGENAAR', 'ONTVANGER', 'UITGENODIGD', 'ACTIEHOUDER', 'CRISISPARTNER')";

    private static final String LEVEND = " t.ingetrokken_op is null and t.noodtoegang = false and t.reden in " + HOUDENDE_REDENEN
            + " and t.geldig_van <= ? and (t.geldig_tot is null or t.geldig_tot > ?)";

    @Inject
    DataSource database; // one connection per transaction (Appdatabase)

    public BekendheidRepository() {}

    public BekendheidRepository(DataSource database) {
        this.database = database;
    }

    /**
     * The codes of the organisations with a live holding grant on a resource whose betrokkenen include one of these
     * persons, or on a resource inside one (an entry of a crisis file a partner wrote and keeps after closure); sorted.
     */
    public List<String> houders(Collection<UUID> betrokkenen, Instant nu) {
        // also for nobody: an unknown person takes the same round trip as a known one
        String sql = "select t.organisatie_code from toegang.toegang t join toegang.bron_betrokkene b "
                + "on b.bron_type = t.bron_type and b.bron_id = t.bron_id where b.betrokkene_id = any(?) and" + LEVEND
                + " union select t.organisatie_code from toegang.toegang t join toegang.bron_betrokkene b "
                + "on b.bron_type = t.ouder_type and b.bron_id = t.ouder_id where b.betrokkene_id = any(?) and" + LEVEND
                + " order by 1";
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            Array ids = c.createArrayOf("uuid", betrokkenen.toArray());
            Timestamp moment = Timestamp.from(nu);
            for (int deel = 0; deel < 2; deel++) {
                s.setArray(1 + deel * 3, ids);
                s.setTimestamp(2 + deel * 3, moment);
                s.setTimestamp(3 + deel * 3, moment);
            }
            List<String> codes = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    codes.add(r.getString(1));
                }
            }
            return codes;
        } catch (SQLException e) {
            throw new IllegalStateException("houders niet te lezen", e);
        }
    }

    /**
     * The user's checks since {@code sinds}, after taking the user's lock until the end of the transaction: a second
     * request of the same user, on any node, waits here until the first has counted and committed its own row, so two
     * requests at once cannot both see room for one more.
     */
    public List<Instant> vergrendelEnTel(String gebruiker, Instant sinds) {
        try (Connection c = database.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("select pg_advisory_xact_lock(?, hashtext(?))")) {
                s.setInt(1, SLOT);
                s.setString(2, gebruiker);
                s.execute();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "select tijdstip from toegang.bekendheidscheck where gebruiker_id = ? and tijdstip > ?")) {
                s.setString(1, gebruiker);
                s.setTimestamp(2, Timestamp.from(sinds));
                List<Instant> tijdstippen = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        tijdstippen.add(r.getTimestamp(1).toInstant());
                    }
                }
                return tijdstippen;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("bekendheidschecks niet te tellen", e);
        }
    }

    /** Records one check of the user and removes the user's rows from before {@code vervallen} (they count for nothing). */
    public void telMee(String gebruiker, Instant nu, Instant vervallen) {
        try (Connection c = database.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("delete from toegang.bekendheidscheck where gebruiker_id = ? and tijdstip <= ?")) {
                s.setString(1, gebruiker);
                s.setTimestamp(2, Timestamp.from(vervallen));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "insert into toegang.bekendheidscheck (id, gebruiker_id, tijdstip) values (?, ?, ?)")) {
                s.setObject(1, UUID.randomUUID());
                s.setString(2, gebruiker);
                s.setTimestamp(3, Timestamp.from(nu));
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("bekendheidscheck niet te tellen", e);
        }
    }
}
