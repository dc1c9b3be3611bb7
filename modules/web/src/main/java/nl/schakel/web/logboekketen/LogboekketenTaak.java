package nl.schakel.web.logboekketen;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.schakel.toegang.infrastructuur.logboek.Ankerbestand;
import nl.schakel.toegang.infrastructuur.logboek.Logboekketen;
import nl.schakel.toegang.infrastructuur.logboek.Logboeksleutel;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the logboek's chainer every {@value #INTERVAL_MS} ms, after the migrations. Each instance runs it; the
 * database lock in {@link Logboekketen} lets one at a time do the work, so two Payara instances on one database never
 * chain twice. Bean-managed: each round commits its own transaction on the application's pool.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigratie")
@TransactionManagement(TransactionManagementType.BEAN)
@Lock(LockType.READ)
public class LogboekketenTaak {

    private static final Logger LOG = Logger.getLogger(LogboekketenTaak.class.getName());
    static final long INTERVAL_MS = 200;
    static final int PER_RONDE = 500;

    @Resource(lookup = "jdbc/schakel")
    DataSource database;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService planner;

    @Inject
    Logboeksleutel sleutel;

    /** Rows between two signed checkpoints. */
    @Inject
    @ConfigProperty(name = "schakel.logboek.ankerinterval", defaultValue = "10000")
    long ankerinterval;

    /** The file outside the database the checkpoints are appended to (the launcher: var/logboek/ankers.log). */
    @Inject
    @ConfigProperty(name = "schakel.logboek.ankerbestand")
    Optional<String> ankerbestand;

    private Logboekketen keten;
    private ScheduledFuture<?> taak;
    private volatile boolean gemeld;
    private volatile boolean aangevuld;
    private volatile LocalDate maandenGemaakt;

    @PostConstruct
    void start() {
        keten = new Logboekketen(database, sleutel, ankerinterval, ankerbestand.filter(p -> !p.isBlank()).map(Path::of)
                .map(Ankerbestand::new));
        if (ankerbestand.filter(p -> !p.isBlank()).isEmpty()) {
            LOG.warning("logboek: schakel.logboek.ankerbestand is niet gezet; ankerpunten staan alleen in de database");
        }
        taak = planner.scheduleWithFixedDelay(this::ronde, INTERVAL_MS, INTERVAL_MS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (taak != null) {
            taak.cancel(false);
        }
    }

    public Logboekketen keten() {
        return keten;
    }

    /** Once a day (UTC): the months ahead exist long before their first row. */
    private void maakMaandenVooruit() {
        LocalDate vandaag = LocalDate.now(ZoneOffset.UTC);
        if (vandaag.equals(maandenGemaakt)) {
            return;
        }
        // tried once a day whatever the outcome: two months ahead leave room, and chaining must not wait on it
        maandenGemaakt = vandaag;
        try {
            int gemaakt = keten.maakMaandenVooruit();
            if (gemaakt > 0) {
                LOG.info(() -> "logboek: " + gemaakt + " maandpartitie(s) aangemaakt");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "logboek: maandpartities niet aangemaakt, morgen opnieuw (tot dan de standaardpartitie)", e);
        }
    }

    /** Chains until a round is not full, so a burst is caught up at once rather than 500 per 200 ms. */
    private void ronde() {
        try {
            if (!aangevuld) {
                int bijgeschreven = keten.vulAnkerbestandAan();
                aangevuld = true;
                if (bijgeschreven > 0) {
                    LOG.info(() -> "logboek: " + bijgeschreven + " ankerpunt(en) uit de database aan het ankerbestand toegevoegd");
                }
            }
            maakMaandenVooruit();
            Logboekketen.Ronde r;
            do {
                r = keten.ketenBij(PER_RONDE);
            } while (r.meer());
            gemeld = false;
        } catch (RuntimeException e) {
            // once per episode: a database that is away must not fill the log every 200 ms
            if (!gemeld) {
                gemeld = true;
                LOG.log(Level.WARNING, "logboek: ketenen mislukt, volgende ronde opnieuw", e);
            }
        }
    }
}
