package nl.schakel.gedeeld.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.TimeZone;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link Kolommen} gives what the JDBC 4.1 read by type gives, on a real PostgreSQL and its driver. */
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

    /**
     * Days and instants read in a JVM zone that is not UTC and whose clocks skipped midnight (São Paulo, 4 November
     * 2018: 00:00 became 01:00), beside a day of Amsterdam's change to summer time and one before 1900's zone rules.
     */
    @Test
    void eenDatumEnEenTijdstipZijnWatHetLezenPerTypeGeeftOokInEenZoneDieMiddernachtOversloeg() throws SQLException {
        TimeZone zone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/Sao_Paulo"));
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement s = c.prepareStatement("select d::date as dag, t::timestamptz as moment"
                        + " from (values ('2018-11-04', '2018-11-04 02:30:00.123456+00'), ('2026-03-29', '2026-03-29 01:00:00+00'),"
                        + " ('1899-12-31', '1899-12-31 23:59:59+00'), (null, null)) as v(d, t) where ? order by d nulls last")) {
            s.setBoolean(1, true);
            for (int keer = 0; keer < 6; keer++) {
                try (ResultSet r = s.executeQuery()) {
                    int rijen = 0;
                    while (r.next()) {
                        rijen++;
                        LocalDate dag = r.getObject("dag", LocalDate.class);
                        OffsetDateTime moment = r.getObject(2, OffsetDateTime.class);
                        assertThat(Kolommen.datum(r, "dag")).isEqualTo(dag);
                        assertThat(Kolommen.datum(r, 1)).isEqualTo(dag);
                        assertThat(Kolommen.tijdstip(r, "moment")).isEqualTo(moment == null ? null : moment.toInstant());
                        assertThat(Kolommen.tijdstip(r, 2)).isEqualTo(moment == null ? null : moment.toInstant());
                    }
                    assertThat(rijen).isEqualTo(4);
                }
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertThat(Kolommen.datum(r, 1)).isEqualTo(LocalDate.of(1899, 12, 31));
                r.next();
                assertThat(Kolommen.datum(r, 1)).isEqualTo(LocalDate.of(2018, 11, 4));
                assertThat(Kolommen.tijdstip(r, 2)).isEqualTo(Instant.parse("2018-11-04T02:30:00.123456Z"));
            }
        } finally {
            TimeZone.setDefault(zone);
        }
    }
}
