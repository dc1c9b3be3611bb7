package nl.schakel.gedeeld.persistentie;

import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;

/**
 * Gives a persistence unit the application's pool as one connection per transaction ({@link TransactieDataSource}), so
 * that its queries and the repositories' plain JDBC in one transaction use one pool connection, not one each. Named in
 * every {@code persistence.xml} as {@code eclipselink.session.customizer}. A unit on a JDBC URL of its own (the
 * modules' tests) has no JNDI connector and stays as it is.
 */
public class EenVerbindingPerTransactie implements SessionCustomizer {

    private static final String REGISTER = "java:comp/TransactionSynchronizationRegistry";

    @Override
    public void customize(Session session) throws NamingException {
        if (!(session.getDatasourceLogin() instanceof DatasourceLogin login) || !(login.getConnector() instanceof JNDIConnector connector)) {
            return;
        }
        DataSource pool = connector.getDataSource() != null ? connector.getDataSource()
                : (DataSource) new InitialContext().lookup(connector.getName());
        connector.setDataSource(new TransactieDataSource(Appdatabase.JNDI_NAAM, pool, EenVerbindingPerTransactie::register));
    }

    /** The server's one registry, kept after the first lookup so a request does not pay for JNDI. */
    private static volatile TransactionSynchronizationRegistry register;

    /** Looked up when a connection is first asked for (a request's thread), not while the unit is deployed. */
    private static TransactionSynchronizationRegistry register() {
        TransactionSynchronizationRegistry gevonden = register;
        if (gevonden == null) {
            try {
                gevonden = (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTER);
            } catch (NamingException e) {
                throw new IllegalStateException(REGISTER + " niet te vinden", e);
            }
            register = gevonden;
        }
        return gevonden;
    }
}
