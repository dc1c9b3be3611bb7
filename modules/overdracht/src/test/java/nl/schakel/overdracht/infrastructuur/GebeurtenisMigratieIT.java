package nl.schakel.overdracht.infrastructuur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.schakel.gedeeld.gebeurtenis.Gebeurtenis;
import nl.schakel.gedeeld.gebeurtenis.GebeurtenisLezer;
import nl.schakel.gedeeld.gebeurtenis.GebeurtenisSchema;
import nl.schakel.gedeeld.gebeurtenis.GebeurtenisSchrijver;
import nl.schakel.gedeeld.gebeurtenis.GenummerdeGebeurtenis;
import nl.schakel.gedeeld.gebeurtenis.Onderwerp;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * V5 on a database as it is in production before it: overdracht events in the old outbox, written by the runtime
 * role through the old trigger. After the migration every one of them is in the shared outbox with its own id,
 * volgnummer, type and moment, in the shared shape; numbering goes on from the last one; the old table is gone. A
 * migration that cannot copy everything leaves the old table as it was.
 */
class GebeurtenisMigratieIT {

    private static final String APP_ROL = "schakel_app";
    private static final String APP_WACHTWOORD = "alleen-voor-de-test";
    private static final MigrationVersion VOOR_DE_VERHUIZING = MigrationVersion.fromVersion("4");

    private static EmbeddedPostgres postgres;
    private static DataSource app;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role " + APP_ROL + " login password '" + APP_WACHTWOORD + "'");
        }
        PGSimpleDataSource bron = new PGSimpleDataSource();
        bron.setUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        bron.setUser(APP_ROL);
        bron.setPassword(APP_WACHTWOORD);
        app = bron;
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void elkeOudeGebeurtenisStaatNaV5InDeGedeeldeUitgangMetHaarIdEnVolgnummer() throws SQLException {
        DataSource eigenaar = postgres.getPostgresDatabase();
        Schemas.migreer(eigenaar, APP_ROL, new GebeurtenisSchema(), MigrationVersion.LATEST);
        Schemas.migreer(eigenaar, APP_ROL, new OverdrachtSchema(), VOOR_DE_VERHUIZING);
        UUID eerste = oudeOverdracht("WT-RDAM-FEIJ");
        UUID tweede = oudeOverdracht("WT-RDAM-CHARLOIS");
        List<OudeRegel> oud = List.of(
                oudeGebeurtenis(eerste, "nl.schakel.overdracht.verzonden", "WT-RDAM-FEIJ", "2026-11-25T09:00:00.123456Z"),
                oudeGebeurtenis(tweede, "nl.schakel.overdracht.verzonden", "WT-RDAM-CHARLOIS", "2026-11-25T09:01:00Z"),
                oudeGebeurtenis(eerste, "nl.schakel.overdracht.ontvangst-bevestigd", "WT-RDAM-FEIJ", "2026-11-26T10:00:00.5Z"),
                oudeGebeurtenis(tweede, "nl.schakel.overdracht.opgeschaald", "WT-RDAM-CHARLOIS", "2026-12-10T08:00:00Z"));
        assertThat(oud).extracting(OudeRegel::volgnummer).as("as the old trigger numbered them").containsExactly(1L, 2L, 3L, 4L);

        // an event already in the shared outbox under number 1: the copy cannot keep its numbers, so V5 must fail whole
        UUID indringer = UUID.randomUUID();
        try (Connection c = eigenaar.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into gebeurtenis.gebeurtenis (id, type, bron, onderwerp_type, onderwerp_id, onderwerp_pad,"
                    + " ontvangers, eigenaren, tijdstip) values ('" + indringer + "', 'nl.schakel.proefstroom.geopend',"
                    + " 'urn:nl:schakel:proefstroom', 'PROEFDOSSIER', gen_random_uuid(), '/proefdossiers/1', '{FIL}',"
                    + " '{VTRR}', now())");
        }
        assertThatThrownBy(() -> Schemas.migreer(eigenaar, APP_ROL, new OverdrachtSchema(), MigrationVersion.LATEST))
                .isInstanceOf(FlywayException.class).hasMessageContaining("gebeurtenis_volgnummer_key");
        assertThat(telOud()).as("the old outbox is untouched").isEqualTo(4);
        try (Connection c = eigenaar.getConnection(); Statement s = c.createStatement()) {
            s.execute("delete from gebeurtenis.gebeurtenis where id = '" + indringer + "'");
        }

        Schemas.migreer(eigenaar, APP_ROL, new OverdrachtSchema(), MigrationVersion.LATEST);

        List<GenummerdeGebeurtenis> verhuisd = new GebeurtenisLezer(app).na(0, 500);
        assertThat(verhuisd).hasSameSizeAs(oud);
        for (int i = 0; i < oud.size(); i++) {
            OudeRegel o = oud.get(i);
            GenummerdeGebeurtenis n = verhuisd.get(i);
            assertThat(n.volgnummer()).isEqualTo(o.volgnummer());
            assertThat(n.gebeurtenis()).isEqualTo(new Gebeurtenis(o.id(), o.type(), "urn:nl:schakel:overdracht",
                    new Onderwerp("OVERDRACHT", o.overdracht(), "/overdrachten/" + o.overdracht()),
                    List.of(o.ontvanger()), List.of("VTRR"), o.tijdstip()));
        }
        assertThatThrownBy(this::telOud).hasMessageContaining("does not exist");
        try (Connection c = eigenaar.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
                        + " where n.nspname = 'overdracht' and p.proname = 'nummer_gebeurtenis'")) {
            r.next();
            assertThat(r.getInt(1)).as("the old numbering function is gone too").isZero();
        }

        // the trigger is on again: the next event, of any flow, follows the last copied number
        try (Connection c = app.getConnection()) {
            c.setAutoCommit(false);
            UUID overdracht = UUID.randomUUID();
            new GebeurtenisSchrijver(Transactieverbinding.van(c)).legVast(Gebeurtenis.nieuw("nl.schakel.overdracht.geaccepteerd",
                    "urn:nl:schakel:overdracht", new Onderwerp("OVERDRACHT", overdracht, "/overdrachten/" + overdracht),
                    List.of("WT-RDAM-FEIJ"), List.of("VTRR"), Instant.parse("2026-12-11T09:00:00Z")));
            c.commit();
        }
        assertThat(new GebeurtenisLezer(app).na(4, 10)).extracting(GenummerdeGebeurtenis::volgnummer).containsExactly(5L);
    }

    // ---- helpers ----

    private record OudeRegel(long volgnummer, UUID id, String type, UUID overdracht, String ontvanger, Instant tijdstip) {}

    /** A sent overdracht as the old schema held it, written as the runtime role. */
    private static UUID oudeOverdracht(String ontvanger) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = app.getConnection(); PreparedStatement s = c.prepareStatement("insert into overdracht.overdracht"
                + " (id, versie, laatst_gewijzigd, status, eigenaar_organisatie, ontvangende_organisatie,"
                + " gedeelde_categorieen, aangemaakt_door, aangemaakt_op, verzonden_op, inhoud)"
                + " values (?, 2, now(), 'VERZONDEN', 'VTRR', ?, 'IDENTITEIT', 'sub-VTRR', now(), now(), '{}')")) {
            s.setObject(1, id);
            s.setString(2, ontvanger);
            s.executeUpdate();
        }
        return id;
    }

    /** An event in the old outbox, numbered by its old trigger, as the runtime role wrote them before V5. */
    private static OudeRegel oudeGebeurtenis(UUID overdracht, String type, String ontvanger, String tijdstip)
            throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = app.getConnection(); PreparedStatement s = c.prepareStatement("insert into overdracht.gebeurtenis"
                + " (id, type, overdracht_id, ontvanger, eigenaar, tijdstip) values (?, ?, ?, ?, 'VTRR', ?)"
                + " returning volgnummer")) {
            s.setObject(1, id);
            s.setString(2, type);
            s.setObject(3, overdracht);
            s.setString(4, ontvanger);
            s.setObject(5, OffsetDateTime.ofInstant(Instant.parse(tijdstip), ZoneOffset.UTC));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new OudeRegel(r.getLong(1), id, type, overdracht, ontvanger, Instant.parse(tijdstip));
            }
        }
    }

    private long telOud() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from overdracht.gebeurtenis")) {
            r.next();
            return r.getLong(1);
        }
    }
}
