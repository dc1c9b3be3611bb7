package nl.schakel.toegang.infrastructuur.logboek;

import static nl.schakel.toegang.infrastructuur.logboek.Logboekregels.regel;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import nl.schakel.toegang.domein.logboek.Logboekregel;
import nl.schakel.toegang.infrastructuur.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The chainer under load: many writers, one or two chainers (as two Payara instances on one database), a chainer that
 * dies half-way. Afterwards every row is chained exactly once, without a gap, in the order (transactie,
 * invoegnummer), and the check finds the chain whole. Waits with latches and timeouts, never with sleep.
 */
class LogboekketenTest {

    private static final int SCHRIJVERS = 8;
    private static final int PER_SCHRIJVER = 150;

    @Test
    void veleSchrijversEnEenKetenaarGevenEenHeleKetenInVasteVolgorde() throws Exception {
        TestDatabase.Eigen db = TestDatabase.eigen("logboek_keten_een");
        Logboekketen keten = new Logboekketen(db.app(), TestDatabase.LOGBOEKSLEUTEL, 100, Optional.empty());
        List<UUID> geschreven = schrijfTerwijlGeketendWordt(db.app(), List.of(keten));

        Logboekregels.ketenAlles(keten, db.app());
        List<UUID> volgorde = Logboekregels.ketenvolgorde(db.app());
        assertThat(volgorde).hasSize(geschreven.size()).containsExactlyInAnyOrderElementsOf(geschreven);
        assertThat(new HashSet<>(volgorde)).hasSize(volgorde.size());
        assertThat(volgorde).isEqualTo(Logboekregels.verwachteVolgorde(db.app()));
        assertThat(controleer(db)).satisfies(u -> {
            assertThat(u.bevindingen()).isEmpty();
            assertThat(u.ongeketend()).isZero();
            assertThat(u.ankerpunten()).isEqualTo(geschreven.size() / 100);
        });
    }

    @Test
    void tweeKetenaarsOpEenDatabaseKetenenElkeRegelPreciesEenKeer() throws Exception {
        TestDatabase.Eigen db = TestDatabase.eigen("logboek_keten_twee");
        // two instances: each its own connections, nothing shared in the JVM but the database
        Logboekketen eerste = new Logboekketen(db.app(), TestDatabase.LOGBOEKSLEUTEL, 50, Optional.empty());
        Logboekketen tweede = new Logboekketen(db.app(), TestDatabase.LOGBOEKSLEUTEL, 50, Optional.empty());
        List<UUID> geschreven = schrijfTerwijlGeketendWordt(db.app(), List.of(eerste, tweede));

        Logboekregels.ketenAlles(tweede, db.app());
        List<UUID> volgorde = Logboekregels.ketenvolgorde(db.app());
        assertThat(volgorde).hasSize(geschreven.size()).containsExactlyInAnyOrderElementsOf(geschreven);
        assertThat(volgorde).isEqualTo(Logboekregels.verwachteVolgorde(db.app()));
        assertThat(controleer(db).bevindingen()).isEmpty();
    }

    @Test
    void eenKetenaarWachtAlsEenAndereHetSlotHeeft() throws SQLException {
        TestDatabase.Eigen db = TestDatabase.eigen("logboek_keten_slot");
        new Logboek(db.app(), TestDatabase.LOGBOEKSLEUTEL).schrijf(regel("u-1"));
        Logboekketen keten = new Logboekketen(db.app(), TestDatabase.LOGBOEKSLEUTEL, 50, Optional.empty());
        try (Connection ander = db.app().getConnection()) {
            ander.setAutoCommit(false);
            try (Statement s = ander.createStatement()) {
                s.executeQuery("select pg_advisory_xact_lock(" + Logboekketen.SLOT + ")").close();
            }
            assertThat(keten.ketenBij(500)).isEqualTo(new Logboekketen.Ronde(true, 0, false));
            assertThat(Logboekregels.ongeketend(db.app())).isEqualTo(1);
            ander.rollback();
        }
        assertThat(keten.ketenBij(500)).isEqualTo(new Logboekketen.Ronde(false, 1, false));
    }

    @Test
    void eenKetenaarDieHalverwegeSneuveltVerliestNiets() throws SQLException {
        TestDatabase.Eigen db = TestDatabase.eigen("logboek_keten_crash");
        Logboek logboek = new Logboek(db.app(), TestDatabase.LOGBOEKSLEUTEL);
        for (int i = 0; i < 5; i++) {
            logboek.schrijf(regel("u-" + i));
        }
        Logboekketen keten = new Logboekketen(db.app(), TestDatabase.LOGBOEKSLEUTEL, 3, Optional.empty());
        keten.ketenBij(2);
        for (int i = 5; i < 10; i++) {
            logboek.schrijf(regel("u-" + i));
        }
        // a chainer that chained two more rows and then died: its connection goes, its transaction with it
        Connection stervend = db.app().getConnection();
        stervend.setAutoCommit(false);
        try (Statement s = stervend.createStatement()) {
            s.executeQuery("select pg_advisory_xact_lock(" + Logboekketen.SLOT + ")").close();
            String vorige;
            try (ResultSet kop = s.executeQuery("select hash from logboek.keten where volgnummer = 2")) {
                kop.next();
                vorige = kop.getString(1);
            }
            Logboekregel eerste;
            try (ResultSet r = s.executeQuery("select g.* from logboek.ongeketend o join logboek.regel g on g.id = o.id"
                    + " and g.tijdstip = o.tijdstip order by o.transactie, o.invoegnummer limit 1")) {
                r.next();
                eerste = LogboekLezer.regel(r);
            }
            try (PreparedStatement u = stervend.prepareStatement(
                    "insert into logboek.keten (volgnummer, id, tijdstip, vorige_hash, hash) values (3, ?, ?, ?, ?)")) {
                u.setObject(1, eerste.id());
                u.setTimestamp(2, java.sql.Timestamp.from(eerste.tijdstip()));
                u.setString(3, vorige);
                u.setString(4, Logboektekst.hash(vorige, 3, eerste));
                assertThat(u.executeUpdate()).isEqualTo(1);
            }
        }
        try (Connection c = db.superuser().getConnection(); Statement s = c.createStatement()) {
            s.execute("select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and objid = " + Logboekketen.SLOT);
        }
        assertThat(Logboekregels.ongeketend(db.app())).isEqualTo(8);

        Logboekregels.ketenAlles(keten, db.app());
        assertThat(Logboekregels.ketenvolgorde(db.app())).hasSize(10).isEqualTo(Logboekregels.verwachteVolgorde(db.app()));
        assertThat(controleer(db)).satisfies(u -> {
            assertThat(u.bevindingen()).isEmpty();
            assertThat(u.ankerpunten()).isEqualTo(3);
        });
    }

    /**
     * Writers insert (some two rows in one transaction, as a request that logs a read and a refusal) while the
     * chainers run in a loop; returns every id written.
     */
    private static List<UUID> schrijfTerwijlGeketendWordt(DataSource app, List<Logboekketen> ketenaars) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SCHRIJVERS + ketenaars.size());
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean schrijvenKlaar = new AtomicBoolean();
        AtomicInteger rondes = new AtomicInteger();
        List<Future<List<UUID>>> schrijvers = new ArrayList<>();
        List<Future<?>> ketens = new ArrayList<>();
        try {
            for (Logboekketen k : ketenaars) {
                ketens.add(pool.submit(() -> {
                    start.await();
                    while (!schrijvenKlaar.get()) {
                        k.ketenBij(200);
                        rondes.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (int t = 0; t < SCHRIJVERS; t++) {
                int schrijver = t;
                schrijvers.add(pool.submit(() -> {
                    start.await();
                    List<UUID> ids = new ArrayList<>();
                    // one connection per writer, as a pool would hand out (a new PostgreSQL connection costs more than the insert)
                    try (Connection c = app.getConnection()) {
                    Logboek logboek = new Logboek(new EenVerbinding(c), TestDatabase.LOGBOEKSLEUTEL);
                    for (int i = 0; i < PER_SCHRIJVER; i++) {
                        if (i % 10 == 0) {
                            c.setAutoCommit(false);
                            Logboekregel a = regel("s" + schrijver);
                            Logboekregel b = regel("s" + schrijver);
                            logboek.schrijf(a);
                            logboek.schrijf(b);
                            c.commit();
                            c.setAutoCommit(true);
                            ids.add(a.id());
                            ids.add(b.id());
                        } else {
                            Logboekregel r = regel("s" + schrijver);
                            logboek.schrijf(r);
                            ids.add(r.id());
                        }
                    }
                    }
                    return ids;
                }));
            }
            start.countDown();
            List<UUID> alle = new ArrayList<>();
            for (Future<List<UUID>> f : schrijvers) {
                alle.addAll(f.get(120, TimeUnit.SECONDS));
            }
            schrijvenKlaar.set(true);
            for (Future<?> f : ketens) {
                f.get(60, TimeUnit.SECONDS);
            }
            assertThat(rondes.get()).as("de ketenaars liepen mee met de schrijvers").isPositive();
            return alle;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Logboekcontroleur.Uitslag controleer(TestDatabase.Eigen db) throws SQLException {
        try (Connection c = db.eigenaar().getConnection()) {
            return new Logboekcontroleur(c, Optional.of(TestDatabase.LOGBOEKSLEUTEL), Optional.empty()).controleer(true);
        }
    }
}
