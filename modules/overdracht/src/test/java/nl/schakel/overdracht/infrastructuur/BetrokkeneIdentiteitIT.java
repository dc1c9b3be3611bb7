package nl.schakel.overdracht.infrastructuur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import javax.sql.DataSource;
import nl.schakel.gedeeld.gebeurtenis.GebeurtenisSchrijver;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.overdracht.domein.Overgang;
import nl.schakel.overdracht.domein.Voorbeelden;
import nl.schakel.overdracht.domein.inhoud.Aanleiding;
import nl.schakel.overdracht.domein.inhoud.Betrokkene;
import nl.schakel.overdracht.domein.inhoud.BetrokkeneRol;
import nl.schakel.overdracht.domein.inhoud.Identiteit;
import nl.schakel.overdracht.domein.inhoud.OverdrachtInhoud;
import nl.schakel.overdracht.toepassing.OverdrachtDienst;
import nl.schakel.overdracht.toepassing.Registerherkenning;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.betrokkene.Bsnsleutel;
import nl.schakel.toegang.infrastructuur.BetrokkeneRepository;
import nl.schakel.toegang.toepassing.Betrokkenenregister;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Flow 1 with the real person registry (toegang) on real PostgreSQL, the registry writing on the overdracht's own
 * connection as the JTA pool has it in Payara: one person, one id, in every overdracht; an id sent by a client is
 * kept only when the concept already carried it for a betrokkene without BSN.
 */
class BetrokkeneIdentiteitIT {

    private static final String APP_ROL = "schakel_app";
    private static final String APP_WACHTWOORD = "alleen-voor-de-test";
    private static final String VT = Voorbeelden.VT;
    private static final Bsnsleutel SLEUTEL = Bsnsleutel.van("alleen-voor-de-test-" + UUID.randomUUID());

    private static EmbeddedPostgres postgres;
    private static EntityManagerFactory emf;
    private static String appUrl;
    private final Klok klok = new Klok(Instant.parse("2026-11-25T09:00:00.123456Z"));

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role " + APP_ROL + " login password '" + APP_WACHTWOORD + "'");
        }
        // in the platform's order: the registry before the flows
        for (String schema : List.of("gebeurtenis", "betrokkene", "overdracht")) {
            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .schemas(schema)
                    .createSchemas(true)
                    .locations("classpath:db/migration/" + schema)
                    .placeholders(Map.of("appRol", APP_ROL))
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        }
        appUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
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
    void tweeOverdrachtenOverHetzelfdeBsnDelenHetIdEenBetrokkeneZonderBsnKrijgtEenNieuw() throws SQLException {
        String bsn = nieuwBsn();

        Overdracht eerste = inTransactie(d -> d.stelOp(VT, inhoud(slachtoffer(null, bsn), kind(null)), medewerker()));
        Overdracht tweede = inTransactie(d -> d.stelOp(VT, inhoud(slachtoffer(null, bsn), kind(null)), medewerker()));

        UUID persoon = id(eerste, 0);
        assertThat(id(tweede, 0)).isEqualTo(persoon);
        assertThat(id(eerste, 1)).isNotNull().isNotEqualTo(id(tweede, 1)).isNotEqualTo(persoon);
        assertThat(id(tweede, 1)).isNotNull().isNotEqualTo(persoon);
        // every id is the registry's, and the registry holds no BSN
        for (UUID id : List.of(persoon, id(eerste, 1), id(tweede, 1))) {
            assertThat(persoonsrij(id)).isPresent().get().asString().doesNotContain(bsn);
        }
        assertThat(register(null).zoek(bsn)).contains(persoon);
        // and these ids are what the transitions (and so the logboek, from the content) name
        Overgang opgesteld = inTransactie(d -> d.overdracht(tweede.id())).overgangen().get(0);
        assertThat(opgesteld.betrokkenen().betrokkenen()).extracting(b -> b.betrokkene())
                .containsExactly(persoon, id(tweede, 1));
    }

    @Test
    void eenIdVanDeClientWordtBijHetOpstellenNietOvergenomen() {
        Overdracht ander = inTransactie(d -> d.stelOp(VT, inhoud(kind(null)), medewerker()));
        UUID vanEenAnder = id(ander, 0);
        UUID verzonnen = UUID.randomUUID();

        Overdracht overdracht = inTransactie(d -> d.stelOp(VT, inhoud(kind(vanEenAnder), kind(verzonnen)), medewerker()));

        // a person from another overdracht (known from a logboek extract, say) is not the client's to link to
        assertThat(id(overdracht, 0)).isNotEqualTo(vanEenAnder);
        assertThat(id(overdracht, 1)).isNotEqualTo(verzonnen);
        assertThat(persoonsrij(verzonnen)).isEmpty();
    }

    @Test
    void bijHetWijzigenVanEenConceptHoudtEenBetrokkeneZonderBsnHaarId() {
        Overdracht ander = inTransactie(d -> d.stelOp(VT, inhoud(kind(null)), medewerker()));
        Overdracht concept = inTransactie(d -> d.stelOp(VT, inhoud(kind(null)), medewerker()));
        UUID kind = id(concept, 0);

        // the UI sends the ids back with the edit
        Overdracht gewijzigd = inTransactie(d -> d.wijzig(concept.id(), 1, inhoud(kind(kind), kind(id(ander, 0))), medewerker()));

        assertThat(id(gewijzigd, 0)).isEqualTo(kind);
        assertThat(id(gewijzigd, 1)).as("niet van dit concept").isNotEqualTo(id(ander, 0)).isNotEqualTo(kind);
    }

    @Test
    void eenBsnBeslistOokBijHetWijzigen() {
        String bsn = nieuwBsn();
        Overdracht bekend = inTransactie(d -> d.stelOp(VT, inhoud(slachtoffer(null, bsn)), medewerker()));
        Overdracht concept = inTransactie(d -> d.stelOp(VT, inhoud(kind(null)), medewerker()));
        UUID zonderBsn = id(concept, 0);

        // the BSN becomes known: the betrokkene is now that person, in this overdracht and the other
        Overdracht metBsn = inTransactie(d -> d.wijzig(concept.id(), 1, inhoud(slachtoffer(zonderBsn, bsn)), medewerker()));
        assertThat(id(metBsn, 0)).isEqualTo(id(bekend, 0));

        // and dropping the (mistyped) BSN again does not keep the link to that person
        Overdracht zonder = inTransactie(d -> d.wijzig(concept.id(), 2, inhoud(kind(id(bekend, 0))), medewerker()));
        assertThat(id(zonder, 0)).isNotEqualTo(id(bekend, 0));
    }

    @Test
    void eenTeruggedraaideOverdrachtRegistreertNiemand() {
        String bsn = nieuwBsn();

        assertThatThrownBy(() -> inTransactie(d -> {
            d.stelOp(VT, inhoud(slachtoffer(null, bsn)), medewerker());
            throw new IllegalStateException("de toegang of het logboek faalt na het opstellen");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(register(null).zoek(bsn)).isEmpty();
    }

    // ----

    private static UUID id(Overdracht overdracht, int index) {
        return overdracht.inhoud().betrokkenen().get(index).id();
    }

    private static OverdrachtInhoud inhoud(Betrokkene... betrokkenen) {
        return new OverdrachtInhoud(new Aanleiding("Fictief.", LocalDate.of(2026, 11, 10)), null, null, List.of(betrokkenen),
                null, null, null, null, null, null, null, null, null, null);
    }

    private static Betrokkene slachtoffer(UUID id, String bsn) {
        return new Betrokkene(id, BetrokkeneRol.SLACHTOFFER, new Identiteit("Fictief", "Persoon", null, null, null), bsn, null, null);
    }

    private static Betrokkene kind(UUID id) {
        return new Betrokkene(id, BetrokkeneRol.KIND, null, null, null, null);
    }

    /** Nine digits that pass the elfproef; random, so no test meets another's person. */
    static String nieuwBsn() {
        while (true) {
            int[] cijfers = new int[9];
            int som = 0;
            for (int i = 0; i < 8; i++) {
                cijfers[i] = ThreadLocalRandom.current().nextInt(i == 0 ? 1 : 0, 10);
                som += (9 - i) * cijfers[i];
            }
            if (som % 11 < 10) {
                cijfers[8] = som % 11;
                StringBuilder bsn = new StringBuilder();
                for (int cijfer : cijfers) {
                    bsn.append(cijfer);
                }
                return bsn.toString();
            }
        }
    }

    private static Medewerker medewerker() {
        return new Medewerker("sub-" + VT, "Test " + VT, "test", Optional.of(VT), Optional.empty(), Set.of(), "schakel-web");
    }

    private static Optional<String> persoonsrij(UUID id) {
        try (Connection c = DriverManager.getConnection(appUrl, APP_ROL, APP_WACHTWOORD); PreparedStatement s = c.prepareStatement(
                "select row_to_json(p)::text from betrokkene.persoon p where id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The registry on the overdracht's own connection ({@code em}), or, without one, on a connection of its own. */
    private static Betrokkenenregister register(EntityManager em) {
        DataSource bron = (DataSource) Proxy.newProxyInstance(BetrokkeneIdentiteitIT.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, methode, argumenten) -> {
                    if (!methode.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(methode.getName());
                    }
                    return em == null ? DriverManager.getConnection(appUrl, APP_ROL, APP_WACHTWOORD)
                            : nietSluitend(em.unwrap(Connection.class));
                });
        return new Betrokkenenregister(new BetrokkeneRepository(bron), SLEUTEL);
    }

    /** The transaction's connection, which the registry's try-with-resources must not close. */
    private static Connection nietSluitend(Connection verbinding) {
        return (Connection) Proxy.newProxyInstance(BetrokkeneIdentiteitIT.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, methode, argumenten) -> {
                    if (methode.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return methode.invoke(verbinding, argumenten);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** One transaction with a fresh persistence context, the registry in it, as a JTA call in Payara gets. */
    private <T> T inTransactie(Function<OverdrachtDienst, T> werk) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T resultaat = werk.apply(new OverdrachtDienst(new OverdrachtRepository(em),
                    new GebeurtenisSchrijver(Transactieverbinding.van(em)), new Registerherkenning(register(em)), klok));
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
