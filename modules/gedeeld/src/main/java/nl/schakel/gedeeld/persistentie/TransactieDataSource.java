package nl.schakel.gedeeld.persistentie;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The application's pool as one connection per JTA transaction: inside a transaction every {@link #getConnection()}
 * (of the repositories' plain JDBC and of EclipseLink, see {@link EenVerbindingPerTransactie}) returns the same handle,
 * whose {@code close()} does nothing, and the handle is closed when the transaction has ended; outside a transaction it
 * is the pool itself.
 *
 * <p>Why: EclipseLink keeps its handle open from its first query to the commit, and when a plain-JDBC repository then
 * asks the pool for a connection, Payara takes a second connection out of the pool and ties it to the first (a non-XA
 * pool has one connection per transaction). Both statements run on one connection, but the request holds two of the
 * pool's: with the pool cut to one connection every read, list, write, send and export failed on its wait
 * ({@code Verbindingsproef}, docs/metingen.md). One handle per transaction brings a request back to one.
 */
public final class TransactieDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(TransactieDataSource.class.getName());

    /** The handle's key in the transaction's registry: the pool's name, so every wrapper of one pool shares it. */
    private final String sleutel;
    private final DataSource pool;
    private final Supplier<TransactionSynchronizationRegistry> transacties;

    /**
     * @param naam the pool's JNDI name: the key of the transaction's handle, so that every wrapper of one pool (the
     *     repositories' and each persistence unit's) shares it
     */
    public TransactieDataSource(String naam, DataSource pool, Supplier<TransactionSynchronizationRegistry> transacties) {
        this.sleutel = TransactieDataSource.class.getName() + ":" + naam;
        this.pool = pool;
        this.transacties = transacties;
    }

    @Override
    public Connection getConnection() throws SQLException {
        TransactionSynchronizationRegistry register = transacties.get();
        int status = register.getTransactionStatus();
        if (status != Status.STATUS_ACTIVE && status != Status.STATUS_MARKED_ROLLBACK) {
            return pool.getConnection();
        }
        Connection gedeeld = (Connection) register.getResource(sleutel);
        if (gedeeld != null) {
            return gedeeld;
        }
        Connection verbinding = pool.getConnection();
        try {
            register.registerInterposedSynchronization(new SluitNaAfloop(verbinding));
        } catch (IllegalStateException e) {
            // the commit has begun (a first connection asked for in a beforeCompletion): this one is the caller's own
            return verbinding;
        }
        gedeeld = nietTeSluiten(verbinding);
        register.putResource(sleutel, gedeeld);
        return gedeeld;
    }

    /** The handle as the callers see it: everything goes to the connection except {@code close()}. */
    private static Connection nietTeSluiten(Connection verbinding) {
        return (Connection) Proxy.newProxyInstance(TransactieDataSource.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, methode, argumenten) -> switch (methode.getName()) {
                    case "close" -> null; // closed when the transaction has ended
                    case "equals" -> proxy == argumenten[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "transactieverbinding[" + verbinding + "]";
                    default -> {
                        try {
                            yield methode.invoke(verbinding, argumenten);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
    }

    /** Gives the connection back to the pool once the transaction has committed or rolled back. */
    private record SluitNaAfloop(Connection verbinding) implements Synchronization {

        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
            try {
                verbinding.close();
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "transactieverbinding niet te sluiten", e);
            }
        }
    }

    @Override
    public Connection getConnection(String gebruiker, String wachtwoord) throws SQLException {
        return pool.getConnection(gebruiker, wachtwoord); // another role: never the transaction's handle
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || pool.isWrapperFor(iface);
    }
}
