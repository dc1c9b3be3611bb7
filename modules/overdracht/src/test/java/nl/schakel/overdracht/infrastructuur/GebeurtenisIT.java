package nl.schakel.overdracht.infrastructuur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.gebeurtenis.Gebeurtenis;
import nl.schakel.gedeeld.gebeurtenis.GebeurtenisLezer;
import nl.schakel.gedeeld.gebeurtenis.GebeurtenisSchrijver;
import nl.schakel.gedeeld.gebeurtenis.GenummerdeGebeurtenis;
import nl.schakel.overdracht.domein.GebeurtenisType;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.overdracht.domein.Termijnen;
import nl.schakel.overdracht.domein.Voorbeelden;
import nl.schakel.overdracht.domein.inhoud.OverdrachtInhoud;
import nl.schakel.overdracht.toepassing.OverdrachtDienst;
import nl.schakel.overdracht.toepassing.Termijnbewaking;
import nl.schakel.toegang.domein.Medewerker;
import org.postgresql.ds.PGSimpleDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Overdracht events in the shared outbox on real PostgreSQL 15 with the real migrations, as the runtime role: one
 * event per state change in the change's own transaction (JPA for the change, the shared JDBC writer for the event,
 * one connection), none for a change that rolls back, and volgnummers in commit order without gaps, also when two
 * transactions write at the same time. The events keep the shape the feed has always shown.
 */
class GebeurtenisIT {

    private static final String APP_ROL = "schakel_app";
    private static final String APP_WACHTWOORD = "alleen-voor-de-test";
    private static final String VT = Voorbeelden.VT;
    private static final String FEIJ = "WT-RDAM-FEIJ";

    private static EmbeddedPostgres postgres;
    private static EntityManagerFactory emf;
    private static String appUrl;
    private static DataSource appBron;
    private final Klok klok = new Klok(Instant.parse("2026-11-25T09:00:00.123456Z"));

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role " + APP_ROL + " login password '" + APP_WACHTWOORD + "'");
        }
        Schemas.migreer(postgres.getPostgresDatabase(), APP_ROL);
        appUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        PGSimpleDataSource bron = new PGSimpleDataSource();
        bron.setUrl(appUrl);
        bron.setUser(APP_ROL);
        bron.setPassword(APP_WACHTWOORD);
        appBron = bron;
        emf = Persistence.createEntityManagerFactory("overdracht-test", Map.of(
                "jakarta.persistence.jdbc.url", appUrl,
                "jakarta.persistence.jdbc.user", APP_ROL,
                "jakarta.persistence.jdbc.password", APP_WACHTWOORD));
    }

    @AfterAll
    static void stop() throws Exception {
        if (emf != null) {
            emf.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void elkeStatuswijzigingSchrijftEenGebeurtenisInDezelfdeTransactie() {
        long voor = laatsteVolgnummer();
        UUID id = inTransactie(d -> d.stelOp(VT, OverdrachtInhoud.leeg(), medewerker(VT))).id();
        inTransactie(d -> d.wijzig(id, 1, Voorbeelden.volledigeInhoud(), medewerker(VT)));
        assertThat(laatsteVolgnummer()).as("opstellen en wijzigen zijn geen statuswijziging van buiten").isEqualTo(voor);

        Overdracht verzonden = inTransactie(d -> d.verzend(id, 2, FEIJ, Voorbeelden.WIJKTEAMCATEGORIEEN, Voorbeelden.CONTACT, medewerker(VT)));
        inTransactie(d -> d.bevestigOntvangst(id, 3, medewerker(FEIJ)));
        Overdracht geaccepteerd = inTransactie(d -> d.accepteer(id, 4, medewerker(FEIJ)));

        List<GenummerdeGebeurtenis> genummerd = feed(voor, 10);
        assertThat(genummerd).extracting(GenummerdeGebeurtenis::volgnummer).containsExactly(voor + 1, voor + 2, voor + 3);
        List<Gebeurtenis> gebeurtenissen = genummerd.stream().map(GenummerdeGebeurtenis::gebeurtenis).toList();
        assertThat(gebeurtenissen).extracting(Gebeurtenis::type).containsExactly(GebeurtenisType.VERZONDEN.type(),
                GebeurtenisType.ONTVANGST_BEVESTIGD.type(), GebeurtenisType.GEACCEPTEERD.type());
        assertThat(gebeurtenissen).allSatisfy(g -> {
            assertThat(g.bron()).isEqualTo("urn:nl:schakel:overdracht");
            assertThat(g.onderwerp().type()).isEqualTo("OVERDRACHT");
            assertThat(g.onderwerp().id()).isEqualTo(id);
            assertThat(g.onderwerp().pad()).isEqualTo("/overdrachten/" + id);
            assertThat(g.eigenaren()).containsExactly(VT);
            assertThat(g.ontvangers()).containsExactly(FEIJ);
        });
        assertThat(gebeurtenissen.get(0).tijdstip()).isEqualTo(verzonden.laatstGewijzigd());
        assertThat(gebeurtenissen.get(2).tijdstip()).isEqualTo(geaccepteerd.laatstGewijzigd());
        assertThat(gebeurtenissen).extracting(Gebeurtenis::id).doesNotHaveDuplicates();
    }

    @Test
    void terugleggenEnIntrekkenZijnOokGebeurtenissen() {
        long voor = laatsteVolgnummer();
        UUID id = verzonden();
        inTransactie(d -> d.bevestigOntvangst(id, 2, medewerker(FEIJ)));
        inTransactie(d -> d.legTerug(id, 3, "Buiten ons werkgebied.", medewerker(FEIJ)));
        inTransactie(d -> d.trekIn(id, 4, "Wordt opnieuw overgedragen.", medewerker(VT)));
        // a concept withdrawn before it was sent: nobody outside the owner knew of it, so no event
        UUID concept = inTransactie(d -> d.stelOp(VT, OverdrachtInhoud.leeg(), medewerker(VT))).id();
        inTransactie(d -> d.trekIn(concept, 1, "Dubbel aangemaakt.", medewerker(VT)));

        List<Gebeurtenis> gebeurtenissen = feed(voor, 10).stream().map(GenummerdeGebeurtenis::gebeurtenis).toList();
        assertThat(gebeurtenissen).extracting(Gebeurtenis::type).containsExactly(GebeurtenisType.VERZONDEN.type(),
                GebeurtenisType.ONTVANGST_BEVESTIGD.type(), GebeurtenisType.TERUGGELEGD.type(),
                GebeurtenisType.INGETROKKEN.type());
        assertThat(gebeurtenissen).extracting(g -> g.onderwerp().id()).containsOnly(id);
        assertThat(gebeurtenissen).extracting(Gebeurtenis::ontvangers).containsOnly(List.of(FEIJ));
    }

    @Test
    void deOpschalingVanDeTermijnbewakingIsEenGebeurtenisInDezelfdeUitgang() {
        UUID id = verzonden();
        long voor = laatsteVolgnummer();
        // ten working days later every open overdracht of this test class is past its deadline
        Clock later = Clock.fixed(Instant.parse("2026-12-10T08:00:00Z"), ZoneOffset.UTC);
        EntityManager em = emf.createEntityManager();
        int opgeschaald;
        try {
            em.getTransaction().begin();
            opgeschaald = new Termijnbewaking(new OverdrachtRepository(em),
                    new GebeurtenisSchrijver(Transactieverbinding.van(em)), Termijnen.standaard(), later).schaalOp();
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
        List<GenummerdeGebeurtenis> gebeurtenissen = feed(voor, 500);
        assertThat(gebeurtenissen).as("one event per escalated overdracht, numbered on").hasSize(opgeschaald)
                .extracting(GenummerdeGebeurtenis::volgnummer)
                .containsExactlyElementsOf(LongStream.rangeClosed(voor + 1, voor + opgeschaald).boxed().toList());
        assertThat(gebeurtenissen).extracting(g -> g.gebeurtenis().type()).containsOnly(GebeurtenisType.OPGESCHAALD.type());
        assertThat(gebeurtenissen).filteredOn(g -> g.gebeurtenis().onderwerp().id().equals(id)).singleElement()
                .satisfies(g -> {
                    assertThat(g.gebeurtenis().ontvangers()).containsExactly(FEIJ);
                    assertThat(g.gebeurtenis().eigenaren()).containsExactly(VT);
                    assertThat(g.gebeurtenis().tijdstip()).isEqualTo(Instant.parse("2026-12-10T08:00:00Z"));
                });
    }

    @Test
    void eenMislukteOfTeruggedraaideWijzigingSchrijftGeenGebeurtenis() {
        long voor = laatsteVolgnummer();
        UUID id = inTransactie(d -> d.stelOp(VT, Voorbeelden.volledigeInhoud(), medewerker(VT))).id();

        // the change itself succeeds, then the transaction rolls back (as when the boundary's later check fails)
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            dienst(em).verzend(id, 1, FEIJ, Voorbeelden.WIJKTEAMCATEGORIEEN, Voorbeelden.CONTACT, medewerker(VT));
            em.getTransaction().rollback();
        } finally {
            em.close();
        }
        // a step that is refused writes nothing either
        assertThatThrownBy(() -> inTransactie(d -> d.accepteer(id, 1, medewerker(FEIJ)))).isInstanceOf(ConflictFout.class);
        assertThat(laatsteVolgnummer()).isEqualTo(voor);

        inTransactie(d -> d.verzend(id, 1, FEIJ, Voorbeelden.WIJKTEAMCATEGORIEEN, Voorbeelden.CONTACT, medewerker(VT)));
        assertThat(feed(voor, 10)).extracting(GenummerdeGebeurtenis::volgnummer)
                .as("the rolled-back number is handed out again: no gap").containsExactly(voor + 1);
    }

    @Test
    void tweeGelijktijdigeTransactiesKrijgenOpeenvolgendeNummersInCommitvolgorde() throws Exception {
        UUID eerst = verzonden();
        UUID daarna = verzonden();
        long voor = laatsteVolgnummer();
        EntityManager eerste = emf.createEntityManager();
        EntityManager tweede = emf.createEntityManager();
        ExecutorService draad = Executors.newSingleThreadExecutor();
        try {
            // the second transaction starts first and changes its overdracht ...
            tweede.getTransaction().begin();
            Overdracht inTweede = tweede.find(Overdracht.class, daarna);
            // ... the first does its whole change, event included, and holds the numbering lock until it commits
            eerste.getTransaction().begin();
            dienst(eerste).bevestigOntvangst(eerst, 2, medewerker(FEIJ));
            // the second now writes its event: it must wait for the first to finish
            CompletableFuture<Void> tweedeSchrijft = CompletableFuture.runAsync(
                    () -> dienst(tweede).bevestigOntvangst(inTweede.id(), 2, medewerker(FEIJ)), draad);
            wachtTotEenSchrijverOpHetSlotWacht();
            assertThat(tweedeSchrijft).isNotDone();
            assertThat(laatsteVolgnummer()).as("nothing is visible before a commit").isEqualTo(voor);

            eerste.getTransaction().commit();
            tweedeSchrijft.get(30, TimeUnit.SECONDS);
            assertThat(overdrachten(feed(voor, 10))).containsExactly(eerst);
            tweede.getTransaction().commit();
        } finally {
            draad.shutdownNow();
            for (EntityManager em : List.of(eerste, tweede)) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }
        List<GenummerdeGebeurtenis> gebeurtenissen = feed(voor, 10);
        assertThat(gebeurtenissen).extracting(GenummerdeGebeurtenis::volgnummer).containsExactly(voor + 1, voor + 2);
        assertThat(overdrachten(gebeurtenissen)).containsExactly(eerst, daarna);
    }

    @Test
    void alsDeEersteTerugdraaitNeemtDeWachtendeZijnNummer() throws Exception {
        UUID eerst = verzonden();
        UUID daarna = verzonden();
        long voor = laatsteVolgnummer();
        EntityManager eerste = emf.createEntityManager();
        EntityManager tweede = emf.createEntityManager();
        ExecutorService draad = Executors.newSingleThreadExecutor();
        try {
            eerste.getTransaction().begin();
            dienst(eerste).bevestigOntvangst(eerst, 2, medewerker(FEIJ));
            tweede.getTransaction().begin();
            CompletableFuture<Void> tweedeSchrijft = CompletableFuture.runAsync(
                    () -> dienst(tweede).bevestigOntvangst(daarna, 2, medewerker(FEIJ)), draad);
            wachtTotEenSchrijverOpHetSlotWacht();

            eerste.getTransaction().rollback();
            tweedeSchrijft.get(30, TimeUnit.SECONDS);
            tweede.getTransaction().commit();
        } finally {
            draad.shutdownNow();
            for (EntityManager em : List.of(eerste, tweede)) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }
        assertThat(feed(voor, 10)).extracting(GenummerdeGebeurtenis::volgnummer).containsExactly(voor + 1);
        assertThat(overdrachten(feed(voor, 10))).containsExactly(daarna);
    }

    @Test
    void deFeedPagineertZonderGatenOfHerhalingen() {
        long voor = laatsteVolgnummer();
        List<UUID> verwacht = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            verwacht.add(verzonden());
        }
        List<Long> gelezen = new ArrayList<>();
        List<UUID> overdrachten = new ArrayList<>();
        long cursor = voor;
        for (List<GenummerdeGebeurtenis> pagina = feed(cursor, 3); !pagina.isEmpty(); pagina = feed(cursor, 3)) {
            assertThat(pagina).hasSizeLessThanOrEqualTo(3);
            pagina.forEach(g -> {
                gelezen.add(g.volgnummer());
                overdrachten.add(g.gebeurtenis().onderwerp().id());
            });
            cursor = pagina.get(pagina.size() - 1).volgnummer();
        }
        assertThat(gelezen).containsExactly(voor + 1, voor + 2, voor + 3, voor + 4, voor + 5, voor + 6, voor + 7);
        assertThat(overdrachten).containsExactlyElementsOf(verwacht);
        assertThatThrownBy(() -> feed(voor, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> feed(voor, 501)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> feed(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deRuntimeRolMagOverdrachtgebeurtenissenNietWijzigenOfWissen() throws SQLException {
        verzonden();
        for (String sql : List.of(
                "update gebeurtenis.gebeurtenis set type = 'nl.schakel.overdracht.geaccepteerd'",
                "delete from gebeurtenis.gebeurtenis where bron = 'urn:nl:schakel:overdracht'",
                "truncate gebeurtenis.gebeurtenis")) {
            try (Connection c = app(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate(sql)).as(sql).hasMessageContaining("permission denied");
            }
        }
        try (Connection c = app(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("select count(*) from overdracht.gebeurtenis"))
                    .as("the old outbox is gone (V5)").hasMessageContaining("does not exist");
        }
    }

    // ---- helpers ----

    /** Polls the lock table until a writer waits on the shared outbox's numbering lock; no sleeping, bounded in time. */
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

    private static List<GenummerdeGebeurtenis> feed(long na, int limiet) {
        return new GebeurtenisLezer(appBron).na(na, limiet);
    }

    private static List<UUID> overdrachten(List<GenummerdeGebeurtenis> gebeurtenissen) {
        return gebeurtenissen.stream().map(g -> g.gebeurtenis().onderwerp().id()).toList();
    }

    private static long laatsteVolgnummer() {
        try (Connection c = app(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select coalesce(max(volgnummer), 0) from gebeurtenis.gebeurtenis")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private UUID verzonden() {
        UUID id = inTransactie(d -> d.stelOp(VT, Voorbeelden.volledigeInhoud(), medewerker(VT))).id();
        inTransactie(d -> d.verzend(id, 1, FEIJ, Voorbeelden.WIJKTEAMCATEGORIEEN, Voorbeelden.CONTACT, medewerker(VT)));
        return id;
    }

    private OverdrachtDienst dienst(EntityManager em) {
        return new OverdrachtDienst(new OverdrachtRepository(em), new GebeurtenisSchrijver(Transactieverbinding.van(em)),
                Voorbeelden.IDS_ZOALS_GEGEVEN, klok);
    }

    private static Medewerker medewerker(String organisatie) {
        return new Medewerker("sub-" + organisatie, "Test " + organisatie, "test", Optional.of(organisatie),
                Optional.empty(), Set.of(), "schakel-web");
    }

    private static Connection app() throws SQLException {
        return DriverManager.getConnection(appUrl, APP_ROL, APP_WACHTWOORD);
    }

    /** One transaction with a fresh persistence context, as a JTA call in Payara gets. */
    private <T> T inTransactie(Function<OverdrachtDienst, T> werk) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T resultaat = werk.apply(dienst(em));
            em.getTransaction().commit();
            return resultaat;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
