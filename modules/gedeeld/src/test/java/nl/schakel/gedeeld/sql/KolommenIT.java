package nl.schakel.gedeeld.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link Kolommen#uuid} gives what the JDBC 4.1 read by type gives, on a real PostgreSQL and its driver. */
class KolommenIT {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void eenUuidKolomGeeftDezelfdeUuidAlsHetLezenPerTypeEnNullBlijftNull() throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement s = c.prepareStatement("select ?::uuid as id, null::uuid as ouder_id")) {
            s.setObject(1, id);
            // six times: from the fifth execution on, the driver uses a server-side statement with binary results
            for (int keer = 0; keer < 6; keer++) {
                try (ResultSet r = s.executeQuery()) {
                    assertThat(r.next()).isTrue();
                    assertThat(Kolommen.uuid(r, "id")).isEqualTo(id).isEqualTo(r.getObject("id", UUID.class));
                    assertThat(Kolommen.uuid(r, 1)).isEqualTo(id);
                    assertThat(Kolommen.uuid(r, "ouder_id")).isNull();
                    assertThat(Kolommen.uuid(r, 2)).isNull();
                }
            }
        }
    }

    @Test
    void eenKolomVanEenAnderTypeIsEenFoutDieDeKolomNoemt() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement s = c.prepareStatement("select 'geen uuid'::text as naam");
                ResultSet r = s.executeQuery()) {
            assertThat(r.next()).isTrue();
            assertThatThrownBy(() -> Kolommen.uuid(r, "naam")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("kolom naam is geen uuid");
            assertThatThrownBy(() -> Kolommen.uuid(r, 1)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("kolom nummer 1 is geen uuid");
        }
    }
}
