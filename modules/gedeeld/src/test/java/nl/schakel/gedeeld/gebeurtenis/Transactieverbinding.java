package nl.schakel.gedeeld.gebeurtenis;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import javax.sql.DataSource;

/**
 * Stands in for the container's JTA pool outside a container: every {@code getConnection()} hands out the one
 * connection of the test's transaction, and closing it is left to the test, as Payara hands every caller in one
 * transaction the same enlisted connection.
 */
final class Transactieverbinding {

    private Transactieverbinding() {}

    static DataSource van(Connection verbinding) {
        Connection gedeeld = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, methode, argumenten) -> methode.getName().equals("close") ? null : roep(verbinding, methode, argumenten));
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, methode, argumenten) -> {
                    if (methode.getName().equals("getConnection")) {
                        return gedeeld;
                    }
                    throw new UnsupportedOperationException(methode.getName());
                });
    }

    private static Object roep(Object doel, Method methode, Object[] argumenten) throws Throwable {
        try {
            return methode.invoke(doel, argumenten);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
