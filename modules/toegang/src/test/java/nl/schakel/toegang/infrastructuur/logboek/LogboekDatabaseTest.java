package nl.schakel.toegang.infrastructuur.logboek;

import static nl.schakel.toegang.infrastructuur.logboek.Logboekregels.regel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import nl.schakel.toegang.domein.logboek.LogboekZoekvraag;
import nl.schakel.toegang.domein.logboek.Logboekregel;
import nl.schakel.toegang.domein.logboek.Uitkomst;
import nl.schakel.toegang.infrastructuur.TestDatabase;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The logboek in PostgreSQL: written unchained, chained by the chainer, unchangeable for the application except for
 * exactly the next link, tampering detected.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LogboekDatabaseTest {

    private static final TestDatabase.Eigen DB = TestDatabase.eigen("logboek_database");
    private final DataSource app = DB.app();
    private final Logboek logboek = new Logboek(app, TestDatabase.LOGBOEKSLEUTEL);
    private final LogboekLezer lezer = new LogboekLezer(app);
    private final Logboekketen keten = new Logboekketen(app, TestDatabase.LOGBOEKSLEUTEL, 1000, Optional.empty());

    @Test
    @Order(1)
    void regelsWordenOngeketendGeschrevenEnDaarnaGeketend() throws SQLException {
        UUID betrokkene = UUID.randomUUID();
        logboek.schrijf(regel("u-1", betrokkene));
        logboek.schrijf(regel("u-2", betrokkene));
        logboek.schrijf(regel("u-1", UUID.randomUUID()));

        List<Logboekregel> vanBetrokkene = lezer.zoek(new LogboekZoekvraag(Optional.of(betrokkene), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 10));
        // on the privacy officer's pages at once, newest first, before the chainer came by
        assertThat(vanBetrokkene).extracting(Logboekregel::gebruikerId).containsExactly("u-2", "u-1");
        assertThat(vanBetrokkene).allSatisfy(r -> {
            assertThat(r.geketend()).isFalse();
            assertThat(r.hash()).isNull();
        });
        assertThat(vanBetrokkene.get(0).invoegnummer()).isEqualTo(vanBetrokkene.get(1).invoegnummer() + 1);

        assertThat(keten.ketenBij(500)).isEqualTo(new Logboekketen.Ronde(false, 3, false));

        List<Logboekregel> geketend = lezer.zoek(new LogboekZoekvraag(Optional.of(betrokkene), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 10));
        assertThat(geketend.get(0).volgnummer()).isEqualTo(geketend.get(1).volgnummer() + 1);
        assertThat(geketend.get(0).hash()).hasSize(64).isNotEqualTo(geketend.get(1).hash());
        assertThat(lezer.zoek(new LogboekZoekvraag(Optional.empty(), Optional.of("u-1"), Optional.empty(), Optional.empty(),
                Optional.empty(), 10))).hasSize(2);
        assertThat(lezer.controleer()).isEmpty();
        assertThat(keten.toestand().ongeketend()).isZero();
    }

    @Test
    @Order(2)
    void javaEnDeDatabaseMakenDezelfdeKetentekstOokVoorLastigeWaarden() throws SQLException {
        // nulls, an empty list, several betrokkenen, '|' and non-ASCII, nanoseconds: the update trigger recomputes the
        // hash with SQL inhoud(); chaining succeeds only when the two agree
        logboek.schrijf(new Logboekregel(UUID.randomUUID(), 0, Instant.parse("2026-03-01T10:15:30.123456789Z"), "u|4",
                "Zoë van 't Hoff | ∅", Optional.of("namens|iemand"), Optional.empty(), "rol", "logboek.lezen", Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), true, Uitkomst.GEWEIGERD,
                "c", "::1", "x", ""));
        logboek.schrijf(new Logboekregel(UUID.randomUUID(), 0, Instant.parse("1999-12-31T23:59:59Z"), "u-5", null,
                Optional.empty(), Optional.of("POL-RR"), "r", "h", Optional.of("T"), Optional.of(UUID.randomUUID()),
                List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()), Optional.of("d"), Optional.of("g"),
                Optional.of("t"), false, Uitkomst.TOEGESTAAN, "c", "b", "x", ""));

        assertThat(keten.ketenBij(500).geketend()).isEqualTo(2);
        assertThat(lezer.controleer()).isEmpty();
    }

    @Test
    @Order(3)
    void deApplicatieKanNietsWijzigenOfVerwijderen() throws SQLException {
        logboek.schrijf(regel("u-3", UUID.randomUUID()));
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update logboek.regel set gebruiker_id = 'iemand-anders'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("update logboek.regel set zegel = repeat('0', 64)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("delete from logboek.regel"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("truncate logboek.regel"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    @Order(4)
    void alleenDeVolgendeSchakelVanDeEersteOngeketendeRegel() throws SQLException {
        keten.ketenBij(500);
        UUID ongeketend = ongeketendeRegel();
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            // a link does not change, and a row does not change at all
            assertThatThrownBy(() -> s.executeUpdate("update logboek.keten set hash = repeat('a', 64) where volgnummer = 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            // a wrong number, a wrong hash: refused
            assertThatThrownBy(() -> s.executeUpdate("insert into logboek.keten select 99, o.id, o.tijdstip, repeat('0', 64),"
                    + " repeat('0', 64) from logboek.ongeketend o where o.id = '" + ongeketend + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("sluit niet aan");
            assertThatThrownBy(() -> s.executeUpdate("insert into logboek.keten select k.volgnummer + 1, o.id, o.tijdstip, k.hash,"
                    + " repeat('0', 64) from logboek.ongeketend o, logboek.kop k where o.id = '" + ongeketend + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("hash van regel");
        }
        // a second unchained row may not be chained before the first, even with the right link and hash
        UUID tweede = ongeketendeRegel();
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate(juisteSchakel(tweede)))
                    .isInstanceOf(SQLException.class).hasMessageContaining("niet de eerste ongeketende regel");
        }
        // the owner may update every column of the rows; the trigger refuses every update
        try (Connection c = DB.eigenaar().getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update logboek.regel set gebruiker_id = 'iemand-anders' where id = '" + ongeketend + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("alleen-toevoegen");
            assertThatThrownBy(() -> s.executeUpdate("delete from logboek.keten where volgnummer = 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("alleen-toevoegen");
        }
        // the right link for the first row is accepted, even when written by hand
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(juisteSchakel(ongeketend))).isEqualTo(1);
        }
        assertThat(keten.ketenBij(500).geketend()).isEqualTo(1);
        assertThat(lezer.controleer()).isEmpty();
    }

    /** The next link for row {@code id}: the end's number + 1, the end's hash, the hash as the database computes it. */
    private static String juisteSchakel(UUID id) {
        return "insert into logboek.keten select k.volgnummer + 1, r.id, r.tijdstip, k.hash,"
                + " encode(sha256(convert_to(logboek.inhoud(r, k.volgnummer + 1, k.hash), 'UTF8')), 'hex')"
                + " from logboek.regel r, logboek.kop k where r.id = '" + id + "'";
    }

    @Test
    @Order(41)
    void hetEindeVanDeKetenEnDeRijVanOngeketendeRegelsVerzetAlleenDeTrigger() throws SQLException {
        keten.ketenBij(500);
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            List<String> laatste = Logboekregels.tweeKolommen(app, "select volgnummer, hash from logboek.keten order by volgnummer desc limit 1");
            assertThat(Logboekregels.tweeKolommen(app, "select volgnummer, hash from logboek.kop")).isEqualTo(laatste);

            // the API's role reads the end, it cannot move it
            assertThatThrownBy(() -> s.executeUpdate("update logboek.kop set volgnummer = volgnummer + 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");

            // a chained row moves it to itself; meanwhile its place waits in the queue of unchained rows, which the API's
            // role reads (its chainer starts there) but cannot change
            assertThat(inDeRij()).isZero();
            ongeketendeRegel();
            assertThat(inDeRij()).isEqualTo(1);
            assertThatThrownBy(() -> s.executeUpdate("delete from logboek.ongeketend"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThat(keten.ketenBij(500).geketend()).isEqualTo(1);
            assertThat(inDeRij()).isZero();
            List<String> nieuw = Logboekregels.tweeKolommen(app, "select volgnummer, hash from logboek.kop");
            assertThat(Long.parseLong(nieuw.get(0))).isEqualTo(Long.parseLong(laatste.get(0)) + 1);
            assertThat(Logboekregels.tweeKolommen(app, "select volgnummer, hash from logboek.keten order by volgnummer desc limit 1"))
                    .isEqualTo(nieuw);
            // and to its place in the chainer's order (V7), after which the next row's is looked for
            assertThat(Logboekregels.tweeKolommen(app, "select transactie::text, invoegnummer from logboek.kop")).isEqualTo(Logboekregels.tweeKolommen(app,
                    "select transactie::text, invoegnummer from logboek.regel_geketend where volgnummer is not null order by volgnummer desc limit 1"));
        }
    }

    /** The places in the queue of unchained rows (logboek V6), read as the owner. */
    private static long inDeRij() throws SQLException {
        try (Connection c = DB.eigenaar().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from logboek.ongeketend")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    @Order(5)
    void eenRegelWordtPasGeketendAlsElkeEerdereTransactieKlaarIs() throws SQLException {
        try (Connection ouder = app.getConnection()) {
            // an older transaction (its id taken first) is still open when a newer one commits its row
            ouder.setAutoCommit(false);
            try (Statement s = ouder.createStatement()) {
                s.executeQuery("select pg_current_xact_id()").close();
            }
            Logboekregel nieuwer = regel("u-nieuwer");
            logboek.schrijf(nieuwer);
            try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
                // even the right link is refused: the older transaction could still write a row that sorts before it
                assertThatThrownBy(() -> s.executeUpdate(juisteSchakel(nieuwer.id())))
                        .isInstanceOf(SQLException.class).hasMessageContaining("kan nog lopen");
            }
            assertThat(keten.ketenBij(500).geketend()).isZero();
            ouder.commit();
        }
        assertThat(keten.ketenBij(500).geketend()).isEqualTo(1);
        assertThat(lezer.controleer()).isEmpty();
    }

    @Test
    @Order(45)
    void deRegelsVanEenLijstGaanInEenInsertEnKrijgenElkHunEigenPlaats() throws SQLException {
        // a list page's rows: the pool's driver sends the batch as multi-row inserts (16 + 4 rows), and the insert
        // trigger still gives each row its own number, in the list's order, and a place in the chainer's queue
        keten.ketenBij(500);
        UUID betrokkene = UUID.randomUUID();
        List<Logboekregel> lijst = java.util.stream.IntStream.range(0, 20).mapToObj(i -> regel("lijst-" + i, betrokkene)).toList();
        logboek.schrijfAlle(lijst);

        List<Logboekregel> gelezen = lezer.zoek(new LogboekZoekvraag(Optional.of(betrokkene), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 50));
        List<UUID> nieuwsteEerst = new java.util.ArrayList<>(lijst.stream().map(Logboekregel::id).toList());
        java.util.Collections.reverse(nieuwsteEerst);
        assertThat(gelezen).extracting(Logboekregel::id).as("nieuwste eerst: de laatste van de lijst bovenaan")
                .containsExactlyElementsOf(nieuwsteEerst);
        assertThat(gelezen.get(0).invoegnummer() - gelezen.get(19).invoegnummer()).isEqualTo(19);
        assertThat(keten.toestand().ongeketend()).isEqualTo(20);
        assertThat(keten.ketenBij(500).geketend()).isEqualTo(20);
        assertThat(lezer.controleer()).isEmpty();
    }

    @Test
    @Order(51)
    void eenAnkerpuntHoortBijDeKeten() throws SQLException {
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("insert into logboek.ankerpunt values (1000000, repeat('0', 64), now(), repeat('0', 64))"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("hoort niet bij de keten");
        }
    }

    @Test
    @Order(60)
    void zelfsDeEigenaarKanGeenRegelVerwijderenOfWijzigenZonderDeTriggerUitTeZetten() throws SQLException {
        try (Connection c = DB.eigenaar().getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("delete from logboek.regel where id = (select id from logboek.keten where volgnummer = 1)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("alleen-toevoegen");
            assertThatThrownBy(() -> s.executeUpdate("update logboek.regel set gebruiker_id = 'x' where id = (select id from logboek.keten where volgnummer = 1)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("alleen-toevoegen");
            assertThatThrownBy(() -> s.executeUpdate("truncate logboek.keten"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("alleen-toevoegen");
            assertThatThrownBy(() -> s.executeUpdate("truncate logboek.ankerpunt"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("alleen-toevoegen");
            // a row without the application's seal is not even written
            assertThatThrownBy(() -> s.executeUpdate("insert into logboek.regel (id, tijdstip, gebruiker_id, handeling, uitkomst)"
                    + " values (gen_random_uuid(), now(), 'x', 'y', 'TOEGESTAAN')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("zonder zegel");
        }
    }

    @Test
    @Order(70)
    void eenVervalsteRegelWordtGevondenMetHaarVolgnummer() throws SQLException {
        try (Connection c = DB.superuser().getConnection(); Statement s = c.createStatement()) {
            // an attacker with superuser rights switches the triggers off and rewrites history
            s.execute("set session_replication_role = replica");
            s.executeUpdate("update logboek.regel set gebruiker_id = 'niemand' where id = (select id from logboek.keten where volgnummer = 2)");
        }

        assertThat(lezer.controleer()).hasValueSatisfying(breuk -> {
            assertThat(breuk.volgnummer()).isEqualTo(2);
            assertThat(breuk.probleem()).contains("inhoud gewijzigd");
        });
    }

    private UUID ongeketendeRegel() throws SQLException {
        Logboekregel r = regel("u-los");
        logboek.schrijf(r);
        return r.id();
    }

    private static UUID id(Connection c, String gebruiker) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select id from logboek.regel where gebruiker_id = ?")) {
            s.setString(1, gebruiker);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getObject(1, UUID.class);
            }
        }
    }
}
