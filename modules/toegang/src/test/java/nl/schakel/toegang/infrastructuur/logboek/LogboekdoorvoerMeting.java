package nl.schakel.toegang.infrastructuur.logboek;

import static nl.schakel.toegang.infrastructuur.logboek.Logboekregels.regel;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.schakel.toegang.infrastructuur.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A benchmark that prints figures (not a timed test): audited inserts per second with V1's chain in the insert trigger
 * (global lock to commit) against V2's unchained insert with the chainer running beside it. Each writer has its own
 * connection and commits each row in its own transaction; "werk na de regel" keeps the transaction open for 1 ms after
 * the insert, as a request does while it maps its answer and commits (docs/metingen.md). Run with
 * {@code -Dlogboek.meting=true -Dtest=LogboekdoorvoerMeting}.
 */
@EnabledIfSystemProperty(named = "logboek.meting", matches = "true")
class LogboekdoorvoerMeting {

    private static final int SCHRIJVERS = 8;
    private static final int PER_SCHRIJVER = 400;

    @Test
    void doorvoerOudTegenNieuw() throws Exception {
        List<String> uitslag = new ArrayList<>();
        for (boolean werk : new boolean[] {false, true}) {
            TestDatabase.Eigen v1 = TestDatabase.eigenV1("meting_v1_" + werk);
            double oud = meet(v1, werk, false, null);
            TestDatabase.Eigen v2 = TestDatabase.eigen("meting_v2_" + werk);
            Logboekketen keten = new Logboekketen(v2.app(), TestDatabase.LOGBOEKSLEUTEL, 10_000, Optional.empty());
            double nieuw = meet(v2, werk, true, keten);
            long start = System.nanoTime();
            Logboekregels.ketenAlles(keten, v2.app());
            double naloop = (System.nanoTime() - start) / 1e6;
            assertThat(Logboekregels.ketenvolgorde(v2.app())).hasSize(SCHRIJVERS * PER_SCHRIJVER);
            uitslag.add(String.format("%s: V1 (slot in de trigger) %.0f regels/s, V2 (ongeketend, ketenaar ernaast) %.0f regels/s"
                    + " (%.1f×); ketenaar na afloop nog %.0f ms", werk ? "met 1 ms werk na de regel" : "zonder werk na de regel",
                    oud, nieuw, nieuw / oud, naloop));
        }
        System.out.println("\n=== Logboekdoorvoer, " + SCHRIJVERS + " schrijvers × " + PER_SCHRIJVER + " regels ===");
        uitslag.forEach(System.out::println);
    }

    private static double meet(TestDatabase.Eigen db, boolean werk, boolean v2, Logboekketen keten) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SCHRIJVERS + 1);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean klaar = new AtomicBoolean();
        try {
            Future<?> ketenaar = pool.submit(() -> {
                start.await();
                while (keten != null && !klaar.get()) {
                    keten.ketenBij(500);
                }
                return null;
            });
            List<Future<?>> schrijvers = new ArrayList<>();
            for (int t = 0; t < SCHRIJVERS; t++) {
                schrijvers.add(pool.submit(() -> {
                    try (Connection c = db.app().getConnection(); Statement s = c.createStatement()) {
                        Logboek logboek = new Logboek(new EenVerbinding(c), TestDatabase.LOGBOEKSLEUTEL);
                        c.setAutoCommit(false);
                        start.await();
                        for (int i = 0; i < PER_SCHRIJVER; i++) {
                            if (v2) {
                                logboek.schrijf(regel("m"));
                            } else {
                                schrijfV1(c);
                            }
                            if (werk) {
                                s.execute("select pg_sleep(0.001)");
                            }
                            c.commit();
                        }
                    }
                    return null;
                }));
            }
            long begin = System.nanoTime();
            start.countDown();
            for (Future<?> f : schrijvers) {
                f.get(300, TimeUnit.SECONDS);
            }
            double seconden = (System.nanoTime() - begin) / 1e9;
            klaar.set(true);
            ketenaar.get(60, TimeUnit.SECONDS);
            assertThat(aantal(db)).isEqualTo(SCHRIJVERS * PER_SCHRIJVER);
            return SCHRIJVERS * PER_SCHRIJVER / seconden;
        } finally {
            pool.shutdownNow();
        }
    }

    /** V1's insert, as Logboek wrote it before issue 14. */
    private static void schrijfV1(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into logboek.regel (id, tijdstip, gebruiker_id, gebruiker_naam,"
                + " organisatie, rol, handeling, bron_type, bron_id, betrokkenen, doel, grondslag, toegang_reden, noodtoegang,"
                + " uitkomst, client_id, bron_adres, correlatie_id, vorige_hash, hash) values (?, ?, 'm', 'Test m', 'VTRR',"
                + " 'procesregisseur', 'overdracht.lezen', 'OVERDRACHT', ?, ?, 'OVERDRACHT', 'Wmo 2015', 'EIGENAAR', false,"
                + " 'TOEGESTAAN', 'schakel-web', '127.0.0.1', ?, '', '')")) {
            s.setObject(1, UUID.randomUUID());
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            s.setObject(3, UUID.randomUUID());
            s.setArray(4, c.createArrayOf("uuid", new Object[] {UUID.randomUUID()}));
            s.setString(5, UUID.randomUUID().toString());
            s.executeUpdate();
        }
    }

    private static long aantal(TestDatabase.Eigen db) throws SQLException {
        try (Connection c = db.app().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from logboek.regel")) {
            r.next();
            return r.getLong(1);
        }
    }
}
