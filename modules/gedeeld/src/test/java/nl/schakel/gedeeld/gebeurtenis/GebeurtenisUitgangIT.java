package nl.schakel.gedeeld.gebeurtenis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The outbox of every flow on real PostgreSQL 15 with the real migration, set up as the platform's database is: an
 * owner role runs the migration, the writer and the reader connect as the runtime role with only its grants. The
 * events here belong to a made-up flow, {@code proefstroom}: the shared kernel knows no real one.
 */
class GebeurtenisUitgangIT {

    private static final String APP_ROL = "schakel_app";
    private static final String BRON = "urn:nl:schakel:proefstroom";
    private static final Instant NU = Instant.parse("2026-11-25T09:00:00.123456Z");

    private static EmbeddedPostgres postgres;
    private static DataSource app;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role schakel login password 'eigenaar-wachtwoord'");
            s.execute("create role " + APP_ROL + " login password 'app-wachtwoord'");
            s.execute("create database schakel owner schakel");
        }
        Flyway.configure()
                .dataSource(bron("schakel", "eigenaar-wachtwoord"))
                .schemas(new GebeurtenisSchema().schema())
                .createSchemas(true)
                .locations(new GebeurtenisSchema().locatie())
                .placeholders(Map.of("appRol", APP_ROL))
                .failOnMissingLocations(true)
                .load()
                .migrate();
        app = bron(APP_ROL, "app-wachtwoord");
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void eenGebeurtenisVanEenAndereStroomMetTweeOntvangersWordtGenummerdBewaardEnTeruggelezen() throws SQLException {
        long voor = laatsteVolgnummer();
        UUID dossier = UUID.randomUUID();
        Gebeurtenis geopend = Gebeurtenis.nieuw("nl.schakel.proefstroom.geopend", BRON,
                new Onderwerp("PROEFDOSSIER", dossier, "/proefdossiers/" + dossier),
                List.of("CIT-JBRR", "RVDK-RR"), List.of("VTRR", "FIL"), NU);
        Gebeurtenis gesloten = Gebeurtenis.nieuw("nl.schakel.proefstroom.gesloten", BRON,
                new Onderwerp("PROEFDOSSIER", dossier, "/proefdossiers/" + dossier),
                List.of("RVDK-RR"), List.of("VTRR"), NU.plusSeconds(60));

        inTransactie(schrijver -> schrijver.legVast(List.of(geopend, gesloten)));

        List<GenummerdeGebeurtenis> gelezen = new GebeurtenisLezer(app).na(voor, 10);
        assertThat(gelezen).extracting(GenummerdeGebeurtenis::volgnummer).containsExactly(voor + 1, voor + 2);
        assertThat(gelezen).extracting(GenummerdeGebeurtenis::gebeurtenis).as("alles komt terug zoals het ging, "
                + "ontvangers en eigenaren op volgorde, het tijdstip tot op de microseconde").containsExactly(geopend, gesloten);
        assertThat(new GebeurtenisLezer(app).na(voor + 1, 10)).extracting(GenummerdeGebeurtenis::gebeurtenis)
                .containsExactly(gesloten);
        assertThat(new GebeurtenisLezer(app).na(voor, 1)).extracting(GenummerdeGebeurtenis::gebeurtenis)
                .containsExactly(geopend);
    }

    @Test
    void eenTeruggedraaideSchrijverLaatGeenGatAchterEnDeWachtendeNeemtZijnNummer() throws Exception {
        long voor = laatsteVolgnummer();
        Gebeurtenis teruggedraaid = gebeurtenis("nl.schakel.proefstroom.geopend");
        Gebeurtenis blijft = gebeurtenis("nl.schakel.proefstroom.gewijzigd");
        ExecutorService draad = Executors.newSingleThreadExecutor();
        try (Connection eerste = transactie(); Connection tweede = transactie()) {
            new GebeurtenisSchrijver(Transactieverbinding.van(eerste)).legVast(teruggedraaid);
            CompletableFuture<Void> tweedeSchrijft = CompletableFuture.runAsync(
                    () -> new GebeurtenisSchrijver(Transactieverbinding.van(tweede)).legVast(blijft), draad);
            wachtTotEenSchrijverOpHetSlotWacht();
            assertThat(tweedeSchrijft).as("de tweede wacht op het slot van de eerste").isNotDone();

            eerste.rollback();
            tweedeSchrijft.get(30, TimeUnit.SECONDS);
            tweede.commit();
        } finally {
            draad.shutdownNow();
        }
        Gebeurtenis daarna = gebeurtenis("nl.schakel.proefstroom.gesloten");
        inTransactie(schrijver -> schrijver.legVast(daarna));

        List<GenummerdeGebeurtenis> gelezen = new GebeurtenisLezer(app).na(voor, 10);
        assertThat(gelezen).extracting(GenummerdeGebeurtenis::volgnummer).as("geen gat waar de teruggedraaide stond")
                .containsExactly(voor + 1, voor + 2);
        assertThat(gelezen).extracting(GenummerdeGebeurtenis::gebeurtenis).containsExactly(blijft, daarna);
    }

    @Test
    void eenTweedeSchrijverWachtOpDeCommitVanDeEersteEnVolgtHem() throws Exception {
        long voor = laatsteVolgnummer();
        Gebeurtenis eerst = gebeurtenis("nl.schakel.proefstroom.geopend");
        Gebeurtenis later = gebeurtenis("nl.schakel.proefstroom.gewijzigd");
        ExecutorService draad = Executors.newSingleThreadExecutor();
        try (Connection eerste = transactie(); Connection tweede = transactie()) {
            new GebeurtenisSchrijver(Transactieverbinding.van(eerste)).legVast(eerst);
            CompletableFuture<Void> tweedeSchrijft = CompletableFuture.runAsync(
                    () -> new GebeurtenisSchrijver(Transactieverbinding.van(tweede)).legVast(later), draad);
            wachtTotEenSchrijverOpHetSlotWacht();
            assertThat(laatsteVolgnummer()).as("niets is zichtbaar voor de commit").isEqualTo(voor);

            eerste.commit();
            tweedeSchrijft.get(30, TimeUnit.SECONDS);
            assertThat(new GebeurtenisLezer(app).na(voor, 10)).extracting(GenummerdeGebeurtenis::volgnummer)
                    .as("een lezer ziet n + 1 nooit voor n").containsExactly(voor + 1);
            tweede.commit();
        } finally {
            draad.shutdownNow();
        }
        assertThat(new GebeurtenisLezer(app).na(voor, 10)).extracting(GenummerdeGebeurtenis::gebeurtenis)
                .containsExactly(eerst, later);
    }

    @Test
    void deRuntimeRolMagNietsWijzigenOfWissenNochZelfNummeren() throws SQLException {
        inTransactie(schrijver -> schrijver.legVast(gebeurtenis("nl.schakel.proefstroom.geopend")));
        for (String sql : List.of(
                "update gebeurtenis.gebeurtenis set type = 'nl.schakel.proefstroom.gesloten'",
                "update gebeurtenis.gebeurtenis set volgnummer = volgnummer + 1000",
                "delete from gebeurtenis.gebeurtenis",
                "truncate gebeurtenis.gebeurtenis")) {
            try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate(sql)).as(sql).hasMessageContaining("permission denied");
            }
        }
        long voor = laatsteVolgnummer();
        UUID id = UUID.randomUUID();
        try (Connection c = app.getConnection(); PreparedStatement s = c.prepareStatement(insert("999999",
                "'nl.schakel.proefstroom.geopend'", BRON, "'{FIL}'"))) {
            s.setObject(1, id);
            s.executeUpdate();
        }
        assertThat(new GebeurtenisLezer(app).na(voor, 10)).singleElement().satisfies(g -> {
            assertThat(g.gebeurtenis().id()).isEqualTo(id);
            assertThat(g.volgnummer()).as("het gekozen nummer is door de trigger vervangen").isEqualTo(voor + 1);
        });
    }

    @Test
    void deDatabaseHoudtElkeStroomAanDezelfdeVorm() throws SQLException {
        long voor = laatsteVolgnummer();
        Map<String, String[]> fout = Map.of(
                "type van een andere stroom", new String[] {"'nl.schakel.anderestroom.geopend'", BRON, "'{FIL}'"},
                "bron buiten schakel", new String[] {"'nl.schakel.proefstroom.geopend'", "urn:nl:elders:proefstroom", "'{FIL}'"},
                "geen ontvanger", new String[] {"'nl.schakel.proefstroom.geopend'", BRON, "'{}'"},
                "dubbele ontvanger", new String[] {"'nl.schakel.proefstroom.geopend'", BRON, "'{FIL,FIL}'"},
                "ontvanger in kleine letters", new String[] {"'nl.schakel.proefstroom.geopend'", BRON, "'{fil}'"},
                "lege ontvanger", new String[] {"'nl.schakel.proefstroom.geopend'", BRON, "array[null]::varchar[]"},
                "tweedimensionaal", new String[] {"'nl.schakel.proefstroom.geopend'", BRON, "'{{FIL},{CIT}}'"});
        for (Map.Entry<String, String[]> geval : fout.entrySet()) {
            String[] w = geval.getValue();
            try (Connection c = app.getConnection(); PreparedStatement s = c.prepareStatement(insert("0", w[0], w[1], w[2]))) {
                s.setObject(1, UUID.randomUUID());
                assertThatThrownBy(s::executeUpdate).as(geval.getKey())
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23514"));
            }
        }
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("insert into gebeurtenis.gebeurtenis (id, type, bron, onderwerp_type,"
                    + " onderwerp_id, onderwerp_pad, ontvangers, eigenaren, tijdstip) values (gen_random_uuid(),"
                    + " 'nl.schakel.proefstroom.geopend', '" + BRON + "', 'PROEFDOSSIER', gen_random_uuid(), '/../beheer',"
                    + " '{FIL}', '{VTRR}', now())")).as("een pad buiten de API").hasMessageContaining("onderwerp_pad");
        }
        assertThat(laatsteVolgnummer()).isEqualTo(voor);
    }

    @Test
    void deLezerWeigertEenCursorOfLimietBuitenDeGrenzen() {
        GebeurtenisLezer lezer = new GebeurtenisLezer(app);
        assertThatThrownBy(() -> lezer.na(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lezer.na(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lezer.na(0, GebeurtenisLezer.MAXIMALE_LIMIET + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(lezer.na(Long.MAX_VALUE - 1, GebeurtenisLezer.MAXIMALE_LIMIET)).isEmpty();
    }

    // ---- helpers ----

    private static Gebeurtenis gebeurtenis(String type) {
        UUID dossier = UUID.randomUUID();
        return Gebeurtenis.nieuw(type, BRON, new Onderwerp("PROEFDOSSIER", dossier, "/proefdossiers/" + dossier),
                List.of("CIT-JBRR"), List.of("VTRR"), NU);
    }

    /** An insert as the runtime role, bypassing the Java checks; parameter 1 is the id. */
    private static String insert(String volgnummer, String type, String bron, String ontvangers) {
        return "insert into gebeurtenis.gebeurtenis (id, volgnummer, type, bron, onderwerp_type, onderwerp_id,"
                + " onderwerp_pad, ontvangers, eigenaren, tijdstip) values (?, " + volgnummer + ", " + type + ", '" + bron
                + "', 'PROEFDOSSIER', gen_random_uuid(), '/proefdossiers/1', " + ontvangers + ", '{VTRR}', now())";
    }

    private interface Werk {
        void met(GebeurtenisSchrijver schrijver);
    }

    private static void inTransactie(Werk werk) throws SQLException {
        try (Connection c = transactie()) {
            werk.met(new GebeurtenisSchrijver(Transactieverbinding.van(c)));
            c.commit();
        }
    }

    private static Connection transactie() throws SQLException {
        Connection c = app.getConnection();
        c.setAutoCommit(false);
        return c;
    }

    /** Polls the lock table until a writer waits on the numbering lock; no sleeping, bounded in time. */
    private static void wachtTotEenSchrijverOpHetSlotWacht() throws SQLException {
        Instant uiterlijk = Instant.now().plus(Duration.ofSeconds(30));
        try (Connection c = postgres.getPostgresDatabase().getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from pg_locks where locktype = 'advisory' and classid = 2 and objid = 1 and objsubid = 2"
                        + " and not granted")) {
            while (Instant.now().isBefore(uiterlijk)) {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.onSpinWait();
            }
        }
        throw new AssertionError("de tweede schrijver wacht niet op het slot van de nummering");
    }

    private static long laatsteVolgnummer() {
        try (Connection c = app.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select coalesce(max(volgnummer), 0) from gebeurtenis.gebeurtenis")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DataSource bron(String gebruiker, String wachtwoord) {
        PGSimpleDataSource bron = new PGSimpleDataSource();
        bron.setServerNames(new String[] {"localhost"});
        bron.setPortNumbers(new int[] {postgres.getPort()});
        bron.setDatabaseName("schakel");
        bron.setUser(gebruiker);
        bron.setPassword(wachtwoord);
        bron.setReWriteBatchedInserts(true); // as the platform's pool (PayaraOnderdeel): a batch is one multi-row insert
        return bron;
    }
}
