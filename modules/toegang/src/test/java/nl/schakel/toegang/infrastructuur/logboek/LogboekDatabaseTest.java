package nl.schakel.toegang.infrastructuur.logboek;

import nl.schakel.toegang.domein.logboek.LogboekZoekvraag;
import nl.schakel.toegang.domein.logboek.Logboekregel;
import nl.schakel.toegang.domein.logboek.Uitkomst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import nl.schakel.toegang.infrastructuur.TestDatabase;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The logboek in PostgreSQL: written and chained, unchangeable for the application, tampering detected. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LogboekDatabaseTest {

    private final DataSource app = TestDatabase.app();
    private final Logboek logboek = new Logboek(app);
    private final LogboekLezer lezer = new LogboekLezer(app);

    @Test
    @Order(1)
    void regelsWordenGeschrevenEnAanElkaarGeketend() {
        UUID betrokkene = UUID.randomUUID();
        logboek.schrijf(regel("u-1", betrokkene));
        logboek.schrijf(regel("u-2", betrokkene));
        logboek.schrijf(regel("u-1", UUID.randomUUID()));

        List<Logboekregel> vanBetrokkene = lezer.zoek(new LogboekZoekvraag(Optional.of(betrokkene), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 10));
        assertThat(vanBetrokkene).extracting(Logboekregel::gebruikerId).containsExactly("u-2", "u-1");
        assertThat(vanBetrokkene.get(0).volgnummer()).isEqualTo(vanBetrokkene.get(1).volgnummer() + 1);
        assertThat(vanBetrokkene.get(0).hash()).hasSize(64).isNotEqualTo(vanBetrokkene.get(1).hash());
        assertThat(lezer.zoek(new LogboekZoekvraag(Optional.empty(), Optional.of("u-1"), Optional.empty(), Optional.empty(),
                Optional.empty(), 10))).hasSize(2);
        assertThat(lezer.controleer()).isEmpty();
    }

    @Test
    @Order(2)
    void deApplicatieKanNietsWijzigenOfVerwijderen() throws SQLException {
        logboek.schrijf(regel("u-3", UUID.randomUUID()));
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update logboek.regel set gebruiker_id = 'iemand-anders'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("delete from logboek.regel"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("truncate logboek.regel"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        assertThat(lezer.controleer()).isEmpty();
    }

    @Test
    @Order(3)
    void zelfsDeEigenaarKanGeenRegelWijzigenZonderDeTriggerUitTeZetten() throws SQLException {
        try (Connection c = superuserOpSchakel(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("delete from logboek.regel where volgnummer = 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("alleen-toevoegen");
        }
    }

    @Test
    @Order(4)
    void eenVervalsteRegelWordtGevondenMetHaarVolgnummer() throws SQLException {
        try (Connection c = superuserOpSchakel(); Statement s = c.createStatement()) {
            // an attacker with superuser rights switches the triggers off and rewrites history
            s.execute("set session_replication_role = replica");
            s.executeUpdate("update logboek.regel set gebruiker_id = 'niemand' where volgnummer = 2");
        }

        assertThat(lezer.controleer()).hasValueSatisfying(breuk -> {
            assertThat(breuk.volgnummer()).isEqualTo(2);
            assertThat(breuk.probleem()).contains("inhoud gewijzigd");
        });
    }

    private static Connection superuserOpSchakel() throws SQLException {
        String url = TestDatabase.beheerder().getConnection().getMetaData().getURL().replaceAll("/postgres(\\?|$)", "/schakel$1");
        return java.sql.DriverManager.getConnection(url, "postgres", "postgres");
    }

    private static Logboekregel regel(String gebruiker, UUID betrokkene) {
        return new Logboekregel(UUID.randomUUID(), 0, Instant.now(), gebruiker, "Test " + gebruiker, Optional.empty(),
                Optional.of("VTRR"), "procesregisseur", "overdracht.lezen", Optional.of("OVERDRACHT"),
                Optional.of(UUID.randomUUID()), List.of(betrokkene), Optional.of("OVERDRACHT"), Optional.of("Wmo 2015"),
                Optional.of("EIGENAAR"), false, Uitkomst.TOEGESTAAN, "schakel-web", "127.0.0.1", UUID.randomUUID().toString(), "");
    }
}
