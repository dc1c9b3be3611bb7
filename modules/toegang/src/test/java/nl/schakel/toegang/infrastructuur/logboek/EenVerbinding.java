package nl.schakel.toegang.infrastructuur.logboek;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that hands out one open connection whose close does nothing: several writes in one transaction, as
 * the container's pool does within a JTA transaction.
 */
final class EenVerbinding implements DataSource {

    private final Connection verbinding;

    EenVerbinding(Connection verbinding) {
        this.verbinding = verbinding;
    }

    @Override
    public Connection getConnection() {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, methode, args) -> "close".equals(methode.getName()) ? null : methode.invoke(verbinding, args));
    }

    @Override
    public Connection getConnection(String gebruiker, String wachtwoord) {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
