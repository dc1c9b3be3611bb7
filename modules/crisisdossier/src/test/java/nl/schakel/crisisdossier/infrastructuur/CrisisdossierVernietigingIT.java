package nl.schakel.crisisdossier.infrastructuur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Destruction of crisis files on real PostgreSQL with the real migrations, connected as the runtime role with only the
 * migrations' grants: the role cannot delete a row of the flow itself; the owner's function {@code crisisdossier.vernietig}
 * deletes a file (with everything in it) or one entry only when it stands, not yet destroyed and without a legal hold,
 * on an approved destruction list, and refuses anything else with 42501. The access core's lists are stood in for by
 * tables of the same shape (toegang V5), filled as the owner.
 */
class CrisisdossierVernietigingIT {

    private static final String APP_ROL = "schakel_app";
    private static final String APP_WACHTWOORD = "alleen-voor-de-test";

    private static EmbeddedPostgres postgres;
    private static String appUrl;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = eigenaar(); Statement s = c.createStatement()) {
            s.execute("create role " + APP_ROL + " login password '" + APP_WACHTWOORD + "'");
            s.execute("create schema toegang");
            s.execute("create table toegang.vernietigingslijst (id uuid primary key, status varchar(12) not null)");
            s.execute("create table toegang.vernietigingsitem (brontype varchar(40) not null, bron_id uuid not null, "
                    + "lijst_id uuid not null references toegang.vernietigingslijst (id), vernietigd_op timestamptz, primary key (brontype, bron_id))");
            s.execute("create table toegang.bewaarplicht (brontype varchar(40) not null, bron_id uuid not null, primary key (brontype, bron_id))");
        }
        CrisisdossierSchema schema = new CrisisdossierSchema();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas(schema.schema()).createSchemas(true)
                .locations(schema.locatie()).placeholders(Map.of("appRol", APP_ROL)).failOnMissingLocations(true).load().migrate();
        appUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    // ---- the runtime role

    @Test
    void deRuntimeRolMagGeenRijVanHetCrisisdossierWissen() throws SQLException {
        Dossier d = dossier(true);
        for (Map.Entry<String, String> tabel : tabellen(d).entrySet()) {
            String sql = "delete from " + tabel.getKey() + " where " + tabel.getValue();
            try (Connection c = app(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate(sql)).as(sql).hasMessageContaining("permission denied");
            }
        }
        assertThat(aantallen(d)).as("niets gewist").allSatisfy((tabel, aantal) -> assertThat(aantal).as(tabel).isPositive());
    }

    // ---- the owner's function refuses what is not approved

    @Test
    void deFunctieWeigertEenDossierDatNietOpEenGoedgekeurdeLijstStaat() throws SQLException {
        Dossier d = dossier(true);

        weigert("CRISISDOSSIER", d.id);
        UUID voorgesteld = lijst("VOORGESTELD");
        zetOp(voorgesteld, "CRISISDOSSIER", d.id);
        weigert("CRISISDOSSIER", d.id);

        assertThat(aantallen(d)).allSatisfy((tabel, aantal) -> assertThat(aantal).as(tabel).isPositive());
    }

    @Test
    void deFunctieWeigertEenGoedgekeurdDossierOnderBewaarplichtOfMetEenAantekeningOnderBewaarplicht() throws SQLException {
        Dossier vastgehouden = dossier(true);
        Dossier metVastgehoudenAantekening = dossier(true);
        UUID lijst = lijst("GOEDGEKEURD");
        zetOp(lijst, "CRISISDOSSIER", vastgehouden.id);
        zetOp(lijst, "CRISISDOSSIER", metVastgehoudenAantekening.id);
        alsEigenaar("insert into toegang.bewaarplicht values ('CRISISDOSSIER', ?)", vastgehouden.id);
        alsEigenaar("insert into toegang.bewaarplicht values ('AANTEKENING', ?)", metVastgehoudenAantekening.aantekening);

        weigert("CRISISDOSSIER", vastgehouden.id);
        weigert("CRISISDOSSIER", metVastgehoudenAantekening.id);

        assertThat(aantallen(vastgehouden)).allSatisfy((tabel, aantal) -> assertThat(aantal).as(tabel).isPositive());
        assertThat(aantallen(metVastgehoudenAantekening)).allSatisfy((tabel, aantal) -> assertThat(aantal).as(tabel).isPositive());
    }

    @Test
    void deFunctieWeigertEenOpenDossierEnEenAlVernietigdItem() throws SQLException {
        Dossier open = dossier(false);
        Dossier al = dossier(true);
        UUID lijst = lijst("GOEDGEKEURD");
        zetOp(lijst, "CRISISDOSSIER", open.id);
        zetOp(lijst, "CRISISDOSSIER", al.id);
        alsEigenaar("update toegang.vernietigingsitem set vernietigd_op = now() where bron_id = ?", al.id);

        weigert("CRISISDOSSIER", open.id);
        weigert("CRISISDOSSIER", al.id);
        weigert("OVERDRACHT", open.id);

        assertThat(aantallen(open)).allSatisfy((tabel, aantal) -> assertThat(aantal).as(tabel).isPositive());
        assertThat(aantallen(al)).allSatisfy((tabel, aantal) -> assertThat(aantal).as(tabel).isPositive());
    }

    // ---- and deletes what is

    @Test
    void eenGoedgekeurdDossierVerdwijntMetAllesWatErinStondUitElkeTabel() throws SQLException {
        Dossier weg = dossier(true);
        Dossier buur = dossier(true);
        zetOp(lijst("GOEDGEKEURD"), "CRISISDOSSIER", weg.id);

        assertThat(vernietig("CRISISDOSSIER", weg.id)).isTrue();

        assertThat(aantallen(weg)).allSatisfy((tabel, aantal) -> assertThat(aantal).as(tabel).isZero());
        assertThat(aantallen(buur)).as("een ander dossier blijft").allSatisfy((tabel, aantal) -> assertThat(aantal).as(tabel).isPositive());
    }

    @Test
    void eenLosGoedgekeurdeAantekeningGaatAlleenEnNietAlsHaarDossierVastgehoudenWordt() throws SQLException {
        Dossier d = dossier(true);
        Dossier vast = dossier(true);
        UUID lijst = lijst("GOEDGEKEURD");
        zetOp(lijst, "AANTEKENING", d.aantekening);
        zetOp(lijst, "SCREENINGSVERZOEK", d.screening);
        zetOp(lijst, "AANTEKENING", vast.aantekening);
        alsEigenaar("insert into toegang.bewaarplicht values ('CRISISDOSSIER', ?)", vast.id);

        assertThat(vernietig("AANTEKENING", d.aantekening)).isTrue();
        assertThat(vernietig("SCREENINGSVERZOEK", d.screening)).isTrue();
        weigert("AANTEKENING", vast.aantekening);
        weigert("TAAK", d.taak);

        assertThat(tel("crisisdossier.aantekening", "id", d.aantekening)).isZero();
        assertThat(tel("crisisdossier.aantekening_versie", "aantekening_id", d.aantekening)).isZero();
        assertThat(tel("crisisdossier.screeningsverzoek", "id", d.screening)).isZero();
        assertThat(tel("crisisdossier.livegebeurtenis", "onderwerp_id", d.aantekening)).isZero();
        assertThat(tel("crisisdossier.crisisdossier", "id", d.id)).as("het dossier blijft").isEqualTo(1);
        assertThat(tel("crisisdossier.aantekening", "id", d.tweedeAantekening)).as("de andere aantekening blijft").isEqualTo(1);
        assertThat(tel("crisisdossier.taak", "id", d.taak)).isEqualTo(1);
        assertThat(tel("crisisdossier.aantekening", "id", vast.aantekening)).isEqualTo(1);
    }

    // ---- helpers

    private record Dossier(UUID id, UUID aantekening, UUID tweedeAantekening, UUID taak, UUID screening, UUID bijdrage) {}

    /** Every table that holds a file's content, with the condition that selects this file's rows. */
    private static Map<String, String> tabellen(Dossier d) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("crisisdossier.crisisdossier", "id = '" + d.id + "'");
        t.put("crisisdossier.crisisdossier_betrokkene", "crisisdossier_id = '" + d.id + "'");
        t.put("crisisdossier.crisisdossier_partner", "crisisdossier_id = '" + d.id + "'");
        t.put("crisisdossier.aantekening", "crisisdossier_id = '" + d.id + "'");
        t.put("crisisdossier.aantekening_versie", "aantekening_id = '" + d.aantekening + "'");
        t.put("crisisdossier.taak", "crisisdossier_id = '" + d.id + "'");
        t.put("crisisdossier.screeningsverzoek", "crisisdossier_id = '" + d.id + "'");
        t.put("crisisdossier.veiligheidsbijdrage", "crisisdossier_id = '" + d.id + "'");
        t.put("crisisdossier.veiligheidsbijdrage_versie", "bijdrage_id = '" + d.bijdrage + "'");
        t.put("crisisdossier.dmfi_regie", "crisisdossier_id = '" + d.id + "'");
        t.put("crisisdossier.dmfi_evaluatiemoment", "crisisdossier_id = '" + d.id + "'");
        t.put("crisisdossier.livegebeurtenis", "crisisdossier_id = '" + d.id + "'");
        return t;
    }

    private static Map<String, Long> aantallen(Dossier d) throws SQLException {
        Map<String, Long> aantallen = new LinkedHashMap<>();
        try (Connection c = eigenaar(); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> tabel : tabellen(d).entrySet()) {
                try (ResultSet r = s.executeQuery("select count(*) from " + tabel.getKey() + " where " + tabel.getValue())) {
                    r.next();
                    aantallen.put(tabel.getKey(), r.getLong(1));
                }
            }
        }
        return aantallen;
    }

    /** A fictional crisis file of Veilig Thuis with the CIT and Filomena, one row in every table of the flow. */
    private static Dossier dossier(boolean gesloten) throws SQLException {
        Dossier d = new Dossier(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        alsEigenaar("insert into crisisdossier.crisisdossier (id, versie, laatst_gewijzigd, status, initiatiefnemer, gestart_door, gestart_op, "
                + "wat_is_er_gebeurd, directe_veiligheid, gesloten_op, gesloten_door, sluitingsuitkomst, sluitingsreden) values (?, 1, now(), "
                + (gesloten ? "'GESLOTEN'" : "'OPEN'") + ", 'VTRR', 'vt.crisis', now(), 'Ruzie (fictief).', 'Veilig bij oma (fictief).', "
                + (gesloten ? "now() - interval '21 years', 'vt.crisis', 'REGULIER', 'Veilig (fictief).'" : "null, null, null, null") + ")", d.id);
        alsEigenaar("insert into crisisdossier.crisisdossier_betrokkene values (?, 0, gen_random_uuid(), 'KIND', 'Noor', 'Fictief', null)", d.id);
        alsEigenaar("insert into crisisdossier.crisisdossier_partner values (?, 'CIT-JBRR')", d.id);
        for (UUID aantekening : new UUID[] {d.aantekening, d.tweedeAantekening}) {
            alsEigenaar("insert into crisisdossier.aantekening values (?, 1, now(), ?, 'FIL', 'arts', 'BEOORDELING', 'GEZONDHEID', "
                    + "'Geen letsel (fictief).', 'GELDIG', null, now())", aantekening, d.id);
            alsEigenaar("insert into crisisdossier.aantekening_versie values (?, 1, 'BEOORDELING', 'GEZONDHEID', 'Geen letsel (fictief).', "
                    + "'arts', 'FIL', now())", aantekening);
            alsEigenaar("insert into crisisdossier.livegebeurtenis values (?, (select count(*) + 1 from crisisdossier.livegebeurtenis), "
                    + "'AANTEKENING', ?, 'GEZONDHEID', 'FIL', now())", d.id, aantekening);
        }
        alsEigenaar("insert into crisisdossier.taak values (?, 1, now(), ?, 'Huisbezoek', null, 'CIT-JBRR', null, true, null, 'GEDAAN', 'CIT-JBRR')",
                d.taak, d.id);
        alsEigenaar("insert into crisisdossier.screeningsverzoek values (?, 1, now(), ?, 'MEDISCH', 'Letsel? (fictief)', false, 'VTRR', now(), "
                + "'FIL', 'AANGEVRAAGD', null, null, 'VTRR')", d.screening, d.id);
        alsEigenaar("insert into crisisdossier.veiligheidsbijdrage values (?, ?, 'CIT-JBRR', 1, now(), 'cit', 'ONVEILIG', 'a', 'b', 'c')",
                d.bijdrage, d.id);
        alsEigenaar("insert into crisisdossier.veiligheidsbijdrage_versie values (?, 1, now(), 'cit', 'ONVEILIG', 'a', 'b', 'c')", d.bijdrage);
        alsEigenaar("insert into crisisdossier.dmfi_regie values (?, 1, now(), 'VTRR', 'CIT-JBRR', 'R. Regisseur (fictief)', null, now(), 'VTRR')",
                d.id);
        alsEigenaar("insert into crisisdossier.dmfi_evaluatiemoment values (gen_random_uuid(), 1, ?, now(), 'Evaluatie', 'VTRR', 'GEPLAND', "
                + "null, null, null)", d.id);
        return d;
    }

    private static UUID lijst(String status) throws SQLException {
        UUID id = UUID.randomUUID();
        alsEigenaar("insert into toegang.vernietigingslijst values (?, '" + status + "')", id);
        return id;
    }

    private static void zetOp(UUID lijst, String brontype, UUID id) throws SQLException {
        alsEigenaar("insert into toegang.vernietigingsitem values ('" + brontype + "', ?, ?, null)", id, lijst);
    }

    private static boolean vernietig(String brontype, UUID id) throws SQLException {
        try (Connection c = app(); PreparedStatement s = c.prepareStatement("select crisisdossier.vernietig(?, ?)")) {
            s.setString(1, brontype);
            s.setObject(2, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        }
    }

    private static void weigert(String brontype, UUID id) {
        assertThatThrownBy(() -> vernietig(brontype, id)).as(brontype + " " + id)
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
    }

    private static long tel(String tabel, String kolom, UUID id) throws SQLException {
        try (Connection c = eigenaar(); PreparedStatement s = c.prepareStatement("select count(*) from " + tabel + " where " + kolom + " = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void alsEigenaar(String sql, Object... waarden) throws SQLException {
        try (Connection c = eigenaar(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < waarden.length; i++) {
                s.setObject(i + 1, waarden[i]);
            }
            s.executeUpdate();
        }
    }

    private static Connection eigenaar() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    private static Connection app() throws SQLException {
        return DriverManager.getConnection(appUrl, APP_ROL, APP_WACHTWOORD);
    }
}
