package nl.schakel.casusoverleg.toepassing;

import static nl.schakel.casusoverleg.domein.Voorbeelden.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import nl.schakel.casusoverleg.domein.Aanmelding;
import nl.schakel.casusoverleg.domein.Actie;
import nl.schakel.casusoverleg.domein.ActieStatus;
import nl.schakel.casusoverleg.domein.Actiegegevens;
import nl.schakel.casusoverleg.domein.Agenda;
import nl.schakel.casusoverleg.domein.Agendapunt;
import nl.schakel.casusoverleg.domein.Overleg;
import nl.schakel.casusoverleg.domein.Overlegplanning;
import nl.schakel.casusoverleg.domein.Overlegtafel;
import nl.schakel.casusoverleg.infrastructuur.AanmeldingRepository;
import nl.schakel.casusoverleg.infrastructuur.ActieRepository;
import nl.schakel.casusoverleg.infrastructuur.CasusoverlegGebeurtenissen;
import nl.schakel.casusoverleg.infrastructuur.OverlegRepository;
import nl.schakel.casusoverleg.infrastructuur.OverlegtafelRepository;
import nl.schakel.gedeeld.gebeurtenis.GebeurtenisSchrijver;
import nl.schakel.toegang.domein.Medewerker;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The action reminder on real PostgreSQL with the real migrations (the shared outbox and casusoverleg), as the runtime
 * role, the job's method called with a fixed clock (no timer, no waiting): around King's Day 2027 (Tuesday 27 April, a
 * holiday) it reminds each open action on the day that is two Dutch working days before its date, to its owner only,
 * once — also when the job runs again after a "restart", when a second node runs it while the first has not committed,
 * and after a run that rolled back (which claimed nothing).
 */
class ActieherinneringIT {

    private static final String APP_ROL = "schakel_app";
    private static final String APP_WACHTWOORD = "alleen-voor-de-test";
    private static final String TYPE = "nl.schakel.casusoverleg.actie-verloopt";
    /** Tuesday 20 April 2027, when the actions were given. */
    private static final Instant GEGEVEN = Instant.parse("2027-04-20T08:00:00Z");
    /** 07:00 Dutch summer time. */
    private static final Instant DONDERDAG = Instant.parse("2027-04-22T05:00:00Z");
    private static final Instant VRIJDAG = Instant.parse("2027-04-23T05:00:00Z");

    private static EmbeddedPostgres postgres;
    private static EntityManagerFactory emf;
    private static UUID dueDonderdag;
    private static UUID dueMaandag;
    private static UUID dueKoningsdag;
    private static UUID dueWoensdag;
    private static UUID gedaanMaandag;
    private static UUID dueMei;
    private static UUID verlopen;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role " + APP_ROL + " login password '" + APP_WACHTWOORD + "'");
        }
        for (String schema : List.of("gebeurtenis", "casusoverleg")) {
            Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas(schema).createSchemas(true)
                    .locations("classpath:db/migration/" + schema).placeholders(Map.of("appRol", APP_ROL))
                    .failOnMissingLocations(true).load().migrate();
        }
        emf = Persistence.createEntityManagerFactory("casusoverleg-test", Map.of(
                "jakarta.persistence.jdbc.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "jakarta.persistence.jdbc.user", APP_ROL,
                "jakarta.persistence.jdbc.password", APP_WACHTWOORD));
        UUID punt = agendapunt();
        dueDonderdag = actie(punt, "POL-RR", LocalDate.of(2027, 4, 22), false);
        dueMaandag = actie(punt, "POL-RR", LocalDate.of(2027, 4, 26), false);
        dueKoningsdag = actie(punt, "WT-RDAM-FEIJ", LocalDate.of(2027, 4, 27), false);
        dueWoensdag = actie(punt, "POL-RR", LocalDate.of(2027, 4, 28), false);
        gedaanMaandag = actie(punt, "POL-RR", LocalDate.of(2027, 4, 26), true);
        dueMei = actie(punt, "WT-RDAM-FEIJ", LocalDate.of(2027, 5, 10), false);
        verlopen = actie(punt, "POL-RR", LocalDate.of(2027, 4, 21), false);
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
    void elkeOpenActieKrijgtTweeWerkdagenVoorHaarDatumEenmaalEenGebeurtenisVoorAlleenHaarEigenaar() throws Exception {
        // Thursday: due today and on Monday (Friday and Monday are the two working days); not the closed one, not the
        // one of yesterday (overdue, not "due in"), not Tuesday's (King's Day: Friday is its day)
        assertThat(draai(DONDERDAG)).isEqualTo(2);
        assertThat(gebeurtenissen()).extracting(Rij::actie).containsExactly(dueDonderdag, dueMaandag);
        assertThat(draai(DONDERDAG)).as("opnieuw, zoals na een herstart: al geclaimd").isZero();

        // Friday: a run that fails claims nothing ...
        EntityManager mislukt = emf.createEntityManager();
        mislukt.getTransaction().begin();
        assertThat(job(mislukt, VRIJDAG).herinner()).isEqualTo(2);
        mislukt.getTransaction().rollback();
        mislukt.close();
        assertThat(gebeurtenissen()).hasSize(2);

        // ... and two nodes at once: the second finds the first's claim (held, not yet committed) and writes nothing
        EntityManager eerste = emf.createEntityManager();
        eerste.getTransaction().begin();
        assertThat(job(eerste, VRIJDAG).herinner()).as("de eerste node: Koningsdag en woensdag").isEqualTo(2);
        assertThat(draai(VRIJDAG)).as("de tweede node, terwijl de eerste nog loopt").isZero();
        eerste.getTransaction().commit();
        eerste.close();
        assertThat(draai(VRIJDAG)).as("de tweede node, daarna").isZero();

        List<Rij> rijen = gebeurtenissen();
        assertThat(rijen).extracting(Rij::actie).containsExactly(dueDonderdag, dueMaandag, dueKoningsdag, dueWoensdag)
                .doesNotContain(gedaanMaandag, dueMei, verlopen);
        assertThat(rijen).allSatisfy(r -> {
            assertThat(r.bron()).isEqualTo("urn:nl:schakel:casusoverleg");
            assertThat(r.onderwerpType()).isEqualTo("ACTIE");
            assertThat(r.pad()).isEqualTo("/acties/" + r.actie());
            assertThat(r.eigenaren()).containsExactly("ZVHRR", "VTRR");
        });
        assertThat(rijen).extracting(Rij::ontvangers).containsExactly(List.of("POL-RR"), List.of("POL-RR"), List.of("WT-RDAM-FEIJ"),
                List.of("POL-RR"));
        assertThat(rijen).extracting(Rij::tijdstip).containsExactly(DONDERDAG, DONDERDAG, VRIJDAG, VRIJDAG);
        assertThat(herinnerdOp(dueKoningsdag)).isEqualTo(VRIJDAG);
        assertThat(herinnerdOp(dueMei)).isNull();
    }

    // ---- the job as a node runs it: its own transaction and persistence context, the outbox on the same connection

    private static int draai(Instant moment) {
        return inTransactie(em -> job(em, moment).herinner());
    }

    private static Actieherinnering job(EntityManager em, Instant moment) {
        Clock klok = Clock.fixed(moment, ZoneOffset.UTC);
        CasusoverlegGebeurtenissen gebeurtenissen = new CasusoverlegGebeurtenissen(new GebeurtenisSchrijver(verbindingVan(em)),
                new OverlegRepository(em), new AanmeldingRepository(em), new OverlegtafelRepository(em), new ActieRepository(em), klok);
        return new Actieherinnering(new ActieRepository(em), gebeurtenissen, 2, klok);
    }

    /** The EntityManager's own connection, as Payara hands JPA and plain JDBC one enlisted connection; closing is JPA's. */
    private static DataSource verbindingVan(EntityManager em) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (bron, methode, argumenten) -> {
                    if (!methode.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(methode.getName());
                    }
                    Connection verbinding = em.unwrap(Connection.class);
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                            (proxy, m, a) -> {
                                if (m.getName().equals("close")) {
                                    return null;
                                }
                                try {
                                    return m.invoke(verbinding, a);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            });
                });
    }

    // ---- what the feed holds

    record Rij(UUID actie, String bron, String onderwerpType, String pad, List<String> ontvangers, List<String> eigenaren, Instant tijdstip) {}

    private static List<Rij> gebeurtenissen() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); PreparedStatement s = c.prepareStatement(
                "select onderwerp_id, bron, onderwerp_type, onderwerp_pad, ontvangers, eigenaren, tijdstip from gebeurtenis.gebeurtenis"
                        + " where type = ? order by volgnummer")) {
            s.setString(1, TYPE);
            List<Rij> rijen = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rijen.add(new Rij(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4), lijst(r.getArray(5)),
                            lijst(r.getArray(6)), r.getTimestamp(7).toInstant()));
                }
            }
            return rijen;
        }
    }

    private static List<String> lijst(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private static Instant herinnerdOp(UUID actie) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement s = c.prepareStatement("select herinnerd_op from casusoverleg.actie where id = ?")) {
            s.setObject(1, actie);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getTimestamp(1) == null ? null : r.getTimestamp(1).toInstant();
            }
        }
    }

    // ---- the data: one accepted case on a meeting, its actions (fictional)

    private static UUID agendapunt() {
        Medewerker zvh = zvh();
        return inTransactie(em -> {
            Overlegtafel tafel = new OverlegtafelRepository(em).tafel(TAFEL).orElseThrow();
            Aanmelding aanmelding = Aanmelding.meldAan(tafel, "WT-RDAM-FEIJ", aanmelding(), wijkteam(), GEGEVEN);
            aanmelding.accepteer(zvh, GEGEVEN);
            new AanmeldingRepository(em).voegToe(aanmelding);
            Overleg overleg = Overleg.plan(tafel, new Overlegplanning(TAFEL, LocalDate.of(2027, 4, 21), LocalTime.of(13, 30), null,
                    "Vergaderzaal 2", null, "A. Voorzitter", "B. Notulist"), zvh, GEGEVEN);
            OverlegRepository overleggen = new OverlegRepository(em);
            overleggen.voegToe(overleg);
            Agendapunt punt = new Agenda(overleg, List.of()).zetOp(aanmelding, zvh, GEGEVEN);
            overleggen.voegToe(punt);
            overleggen.bewaarAgenda(overleg);
            return punt.id();
        });
    }

    private static UUID actie(UUID punt, String eigenaar, LocalDate uiterlijk, boolean gedaan) {
        Medewerker zvh = zvh();
        return inTransactie(em -> {
            Agendapunt agendapunt = new OverlegRepository(em).agendapunt(punt).orElseThrow();
            Actie actie = Actie.wijsToe(agendapunt, new Actiegegevens(eigenaar, "Afspraak (fictief)", uiterlijk),
                    Set.of("POL-RR", "WT-RDAM-FEIJ", "ZVHRR", "VTRR"), zvh, GEGEVEN);
            if (gedaan) {
                actie.rondAf(ActieStatus.GEDAAN, null, zvh, GEGEVEN);
            }
            new ActieRepository(em).voegToe(actie);
            return actie.id();
        });
    }

    private static <T> T inTransactie(Function<EntityManager, T> werk) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T resultaat = werk.apply(em);
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
