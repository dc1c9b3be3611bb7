package nl.schakel.overdracht.infrastructuur;

import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import javax.sql.DataSource;

/**
 * Stands in for the container's JTA pool outside a container: the shared outbox writer gets the connection of the
 * EntityManager's running transaction, as Payara hands JPA and plain JDBC in one transaction the same enlisted
 * connection. Closing it is left to the EntityManager.
 */
final class Transactieverbinding {

    private Transactieverbinding() {}

    static DataSource van(EntityManager em) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (bron, methode, argumenten) -> {
                    if (!methode.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(methode.getName());
                    }
                    // asked for at the moment of writing: by then the transaction holds its connection
                    Connection verbinding = em.unwrap(Connection.class);
                    if (verbinding == null) {
                        throw new IllegalStateException("geen lopende transactie om bij aan te sluiten");
                    }
                    return nietSluitend(verbinding);
                });
    }

    /** For a test that runs the transaction on a plain connection itself. */
    static DataSource van(Connection verbinding) {
        Connection gedeeld = nietSluitend(verbinding);
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (bron, methode, argumenten) -> {
                    if (!methode.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(methode.getName());
                    }
                    return gedeeld;
                });
    }

    private static Connection nietSluitend(Connection verbinding) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, methode, argumenten) -> {
                    if (methode.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return methode.invoke(verbinding, argumenten);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
