package nl.schakel.gedeeld.persistentie;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A PostgreSQL advisory lock by name, held until the caller's transaction ends (commit or rollback): one run of a job at
 * a time across Payara nodes on one database, without a JVM lock and without a lock table. The connection must come
 * from the JTA pool, so that the lock belongs to the caller's transaction.
 */
public final class Transactieslot {

    private Transactieslot() {}

    /** Waits until no other transaction holds the lock named {@code naam}, then holds it until this one ends. */
    public static void neem(DataSource database, String naam) {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            s.setString(1, naam);
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("slot '" + naam + "' niet te nemen", e);
        }
    }
}
