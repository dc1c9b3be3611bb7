package nl.schakel.toegang.infrastructuur;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One database transaction for code that takes a {@link DataSource}, as the JTA pool gives it in Payara: every
 * {@code getConnection()} returns the same connection, and closing it ends nothing. Commit or roll back here.
 */
public final class Transactie implements AutoCloseable {

    private final Connection verbinding;

    public Transactie(DataSource bron) throws SQLException {
        verbinding = bron.getConnection();
        verbinding.setAutoCommit(false);
    }

    public DataSource bron() {
        Connection nietSluiten = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, methode, argumenten) -> methode.getName().equals("close") ? null : roep(methode, argumenten));
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, methode, argumenten) -> {
                    if (methode.getName().equals("getConnection")) {
                        return nietSluiten;
                    }
                    throw new UnsupportedOperationException(methode.getName());
                });
    }

    public void commit() throws SQLException {
        verbinding.commit();
    }

    public void rollback() throws SQLException {
        verbinding.rollback();
    }

    /** Rolls back what was not committed. */
    @Override
    public void close() throws SQLException {
        try {
            verbinding.rollback();
        } finally {
            verbinding.close();
        }
    }

    private Object roep(java.lang.reflect.Method methode, Object[] argumenten) throws Throwable {
        try {
            return methode.invoke(verbinding, argumenten);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
