package nl.schakel.gedeeld.persistentie;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.sql.DataSource;

/**
 * The application's database for the repositories' plain JDBC ({@code @Inject DataSource}): the pool
 * {@value #JNDI_NAAM} as one connection per transaction ({@link TransactieDataSource}), the same handle the persistence
 * units use in that transaction. Jobs that commit on their own (the logboek's chainer, the migrations) and the health
 * check keep the pool itself.
 */
@ApplicationScoped
public class Appdatabase {

    public static final String JNDI_NAAM = "jdbc/schakel";

    @Resource(lookup = JNDI_NAAM)
    DataSource pool;

    @Resource
    TransactionSynchronizationRegistry transacties;

    @Produces
    @ApplicationScoped
    DataSource database() {
        return new TransactieDataSource(JNDI_NAAM, pool, () -> transacties);
    }
}
