package nl.schakel.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start echte PostgreSQL (zonky-binaries) in een tijdelijke home, stopt en start hem weer: de data blijft. */
class PostgresIT {

    @TempDir
    Path root;

    private Launcher launcher;

    @AfterEach
    void opruimen() {
        if (launcher != null) {
            launcher.stop();
        }
    }

    private static int vrijePoort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private Launcher maak(int poort) {
        return maak(poort, "");
    }

    private Launcher maak(int poort, String serverinstellingen) {
        Instellingen i = Instellingen.laad(root, Map.of(), new Properties(), Map.of(
                "postgres.port", String.valueOf(poort),
                "postgres.instellingen", serverinstellingen,
                "keycloak.enabled", "false",
                "payara.enabled", "false",
                "routes.enabled", "false",
                "demo-partner.enabled", "false"));
        return Launcher.voor(i, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private static Connection verbind(Instellingen i, String gebruiker, String wachtwoordSleutel) throws Exception {
        return DriverManager.getConnection(i.jdbcUrl(i.get("postgres.database")), gebruiker, i.geheim(wachtwoordSleutel));
    }

    @Test
    void startStopStartBehoudtDeData() throws Exception {
        // als root draait PostgreSQL als 'nobody': die moet de tijdelijke map kunnen doorlopen
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        int poort = vrijePoort();
        launcher = maak(poort);
        Instellingen inst = launcher.instellingen();

        launcher.start();
        assertThat(inst.home().resolve("run/postgres.pid")).exists();
        assertThat(launcher.status()).contains("PostgreSQL").contains("draait");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(inst.home().resolve("geheimen.properties"))))
                .isEqualTo("rw-------");

        try (Connection eigenaar = verbind(inst, "schakel", "postgres.owner.password");
             Statement st = eigenaar.createStatement()) {
            st.execute("CREATE TABLE public.proef (id int primary key, naam text)");
            st.execute("INSERT INTO public.proef VALUES (1, 'blijft bewaard')");
            st.execute("GRANT SELECT ON public.proef TO schakel_app");
        }
        try (Connection app = verbind(inst, "schakel_app", "postgres.app.password");
             Statement st = app.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_user, naam FROM public.proef")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("schakel_app");
        }
        try (Connection routes = verbind(inst, "schakel_routes", "postgres.routes.password");
             Statement st = routes.createStatement()) {
            st.execute("CREATE TABLE cursor_proef (id int)");
            try (ResultSet rs = st.executeQuery(
                    "SELECT table_schema FROM information_schema.tables WHERE table_name = 'cursor_proef'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("routes");
            }
        }

        long eerstePid = launcher.draaiend().get("PostgreSQL");
        launcher.stop();
        assertThat(ProcesWeg.binnenDertigSeconden(eerstePid)).isTrue();
        assertThat(launcher.draaiend()).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> Poorten.vrij(poort));

        // opnieuw, met een nieuwe launcher voor dezelfde home: geen initdb, zelfde wachtwoorden, data er nog; en de
        // serverinstellingen van postgres.instellingen gelden voor deze start (de eerste had work_mem's standaard)
        launcher = maak(poort, "work_mem=12MB; application_name=schakel-proef");
        launcher.start();
        try (Connection app = verbind(launcher.instellingen(), "schakel_app", "postgres.app.password");
             Statement st = app.createStatement();
             ResultSet rs = st.executeQuery("SELECT naam, current_setting('work_mem') FROM public.proef WHERE id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("blijft bewaard");
            assertThat(rs.getString(2)).isEqualTo("12MB");
        }
    }
}
