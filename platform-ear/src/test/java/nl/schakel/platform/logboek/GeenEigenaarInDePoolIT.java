package nl.schakel.platform.logboek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.PlatformOmgeving;
import nl.schakel.platform.TestTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The owner role, which may switch the logboek's append-only triggers off, sits in no live pool (issue 14): the
 * migrations ran at deployment as the owner on connections of their own, and after it the running platform holds no
 * session as the owner; the API's role cannot alter the logboek's tables or their triggers.
 */
@PlatformIT
@RunAsClient
class GeenEigenaarInDePoolIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void naHetDeployenHeeftDePostgresGeenSessieVanDeEigenaarAlleenVanDeApi() throws SQLException {
        // a request, so the API's pool has connected
        assertThat(Api.get("/api/v1/mij", TestTokens.voor("wt.feijenoord", "WT-RDAM-FEIJ", "wijkteammedewerker")).statusCode())
                .isEqualTo(200);
        try (Connection c = PlatformOmgeving.database(); Statement s = c.createStatement()) {
            // the migrations did run as the owner, during this deployment: the logboek is at V3
            try (ResultSet r = s.executeQuery("select max(version::int) from logboek.flyway_schema_history where success")) {
                r.next();
                assertThat(r.getInt(1)).isGreaterThanOrEqualTo(3);
            }
            try (ResultSet r = s.executeQuery("select usename, count(*) from pg_stat_activity where datname = current_database()"
                    + " and pid <> pg_backend_pid() and usename is not null group by usename order by usename")) {
                StringBuilder sessies = new StringBuilder();
                while (r.next()) {
                    sessies.append(r.getString(1)).append('=').append(r.getLong(2)).append(' ');
                }
                // the API's role is there (so this query sees the pool), the owner is not (this test's own session aside)
                assertThat(sessies.toString()).contains("schakel_app=").doesNotContain("schakel=");
            }
        }
    }

    @Test
    void geenJdbcPoolVanDePayaraVerbindtAlsDeEigenaar() throws IOException {
        String domein = domeinXml();
        Matcher pool = Pattern.compile("(?s)<jdbc-connection-pool [^>]*name=\"([^\"]+)\".*?</jdbc-connection-pool>").matcher(domein);
        List<String> gebruikers = new java.util.ArrayList<>();
        while (pool.find()) {
            Matcher gebruiker = Pattern.compile("<property name=\"(?i:user)\" value=\"([^\"]*)\"").matcher(pool.group());
            if (gebruiker.find()) {
                gebruikers.add(pool.group(1) + ":" + gebruiker.group(1));
            }
        }
        assertThat(gebruikers).contains("schakel-pool:schakel_app").noneMatch(g -> g.endsWith(":schakel"));
        assertThat(domein).doesNotContain("schakel-beheer-pool", "jdbc/schakelBeheer");
    }

    @Test
    void deApiPoolZetGeenWaardeUitDeDatabaseInEenFoutmelding() throws IOException, SQLException {
        // the running domain's API pool has the driver's property (an error is logged; a value in it can be a person's)
        String pool = poolVan(domeinXml(), "schakel-pool");
        assertThat(pool).contains("<property name=\"logServerErrorDetail\" value=\"false\"");
        // and with it this driver keeps the server's detail line out of the exception text; without it the value is there
        assertThat(dubbeleSleutel(false)).contains("duplicate key").doesNotContain("fictief-0031");
        assertThat(dubbeleSleutel(true)).contains("fictief-0031");
    }

    @Test
    void deApiPoolGeeftVerbindingenZonderSporendeProxy() throws IOException {
        // Payara's default trace listener (one that does nothing) would put a reflective proxy that records every JDBC
        // call in front of each connection; the launcher sets the value the resource adapter reads as "none"
        String pool = poolVan(domeinXml(), "schakel-pool");
        assertThat(pool).contains("sql-trace-listeners=\"null\"").doesNotContain("SilentSqlTraceListener");
        // and the pool still serves: the inbox reads the caller's grants and the overdrachten they open through it
        assertThat(Api.get("/api/v1/overdrachten", TestTokens.voor("wt.feijenoord", "WT-RDAM-FEIJ", "wijkteammedewerker"))
                .statusCode()).isEqualTo(200);
    }

    /** The text of a unique violation on a temporary table, with the driver's property as given. */
    private static String dubbeleSleutel(boolean detail) throws SQLException {
        var instellingen = PlatformOmgeving.launcher().instellingen();
        Properties p = new Properties();
        p.setProperty("user", instellingen.get("postgres.owner.user"));
        p.setProperty("password", instellingen.geheim("postgres.owner.password"));
        p.setProperty("logServerErrorDetail", Boolean.toString(detail));
        try (Connection c = DriverManager.getConnection(instellingen.jdbcUrl(instellingen.get("postgres.database")), p);
                Statement s = c.createStatement()) {
            s.execute("create temporary table sleutel (waarde text primary key)");
            s.execute("insert into sleutel values ('fictief-0031')");
            try {
                s.execute("insert into sleutel values ('fictief-0031')");
            } catch (SQLException fout) {
                assertThat(fout.getSQLState()).isEqualTo("23505");
                return fout.getMessage();
            }
            throw new AssertionError("een dubbele sleutel gaf geen fout");
        }
    }

    private static String domeinXml() throws IOException {
        var instellingen = PlatformOmgeving.launcher().instellingen();
        // the running domain's configuration, as the launcher made it (home/payara/<domain>)
        return Files.readString(instellingen.home().resolve("payara").resolve(instellingen.get("payara.domain")).resolve("config/domain.xml"));
    }

    private static String poolVan(String domein, String naam) {
        Matcher pool = Pattern.compile("(?s)<jdbc-connection-pool [^>]*name=\"" + Pattern.quote(naam) + "\".*?</jdbc-connection-pool>").matcher(domein);
        assertThat(pool.find()).as("pool " + naam + " in domain.xml").isTrue();
        return pool.group();
    }

    @Test
    void deApiRolKanDeTriggersVanHetLogboekNietUitzettenOfDeTabelWijzigen() throws SQLException {
        for (String sql : List.of("alter table logboek.regel disable trigger all",
                "alter table logboek.regel disable trigger regel_niet_verwijderen",
                "alter table logboek.regel_overig disable trigger niet_legen",
                "drop trigger regel_niet_wijzigen on logboek.regel",
                "alter table logboek.keten disable trigger all",
                "drop trigger keten_aansluiten on logboek.keten",
                "alter table logboek.regel detach partition logboek.regel_overig",
                "alter table logboek.ankerpunt disable trigger all")) {
            assertThatThrownBy(() -> voerUitAlsApi(sql)).as(sql).isInstanceOf(SQLException.class)
                    .hasMessageContaining("must be owner of")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
        // nor step around the triggers for its session, nor empty the table
        assertThatThrownBy(() -> voerUitAlsApi("set session_replication_role = replica")).isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied to set parameter");
        assertThatThrownBy(() -> voerUitAlsApi("truncate logboek.regel")).isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied for table regel");
        assertThatThrownBy(() -> voerUitAlsApi("delete from logboek.regel")).isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied for table regel");
    }

    private static void voerUitAlsApi(String sql) throws SQLException {
        try (Connection c = PlatformOmgeving.databaseAlsApi(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
