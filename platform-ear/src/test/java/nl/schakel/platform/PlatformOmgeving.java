package nl.schakel.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.schakel.launcher.Launcher;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts, once per test run, what the platform needs under Arquillian: PostgreSQL and a Payara Server
 * domain, through the project's own launcher (so these tests also prove the launcher's Payara and
 * PostgreSQL steps). The API's bearer-token check is pointed at a test key set instead of Keycloak, so tokens can be minted
 * per test. Arquillian then deploys the real EAR. Everything is stopped after the last test class.
 */
public class PlatformOmgeving implements BeforeAllCallback {

    // below the kernel's ephemeral range (32768+), so no outgoing connection holds it; a second working copy
    // may run these tests at the same time with -Dschakel.it.poortbasis=21000 (Arquillian's admin port follows)
    static final int POORTBASIS = Integer.getInteger("schakel.it.poortbasis", 26000);
    static final int HTTP_POORT = POORTBASIS + 80;
    static final int POSTGRES_POORT = POORTBASIS + 432;
    public static final String BASIS = "http://localhost:" + HTTP_POORT;

    private static volatile Launcher gestart;

    private static final ExtensionContext.Namespace NAAMRUIMTE = ExtensionContext.Namespace.create(PlatformOmgeving.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAAMRUIMTE).getOrComputeIfAbsent("omgeving", sleutel -> start(), Gestart.class);
    }

    private static Gestart start() {
        try {
            Path home = Path.of(System.getProperty("schakel.it.home", "target/it-var")).toAbsolutePath();
            Files.createDirectories(home);
            Path jwks = home.resolve("test-jwks.json");
            Files.writeString(jwks, TestTokens.publiekeSleutelset());
            Launcher launcher = Launcher.voor(Path.of(System.getProperty("schakel.projectRoot", "..")), metPoorten(Map.of(
                    "home", home.toString(),
                    "postgres.port", String.valueOf(POSTGRES_POORT),
                    "payara.portbase", String.valueOf(POORTBASIS),
                    "payara.deploy", "false",
                    "keycloak.enabled", "false",
                    "routes.enabled", "false",
                    // no demo partner: nothing here delivers
                    "demo-partner.enabled", "false",
                    "token.jwks", jwks.toUri().toString(),
                    "token.issuer", TestTokens.UITGEVER,
                    // a checkpoint every few rows, so the tests' logboek has signed checkpoints and an ankers.log
                    "logboek.ankerinterval", "5")));
            launcher.stop(); // a run that was killed may have left its servers behind
            launcher.start();
            gestart = launcher;
            return new Gestart(launcher);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("testomgeving niet voor te bereiden", e);
        }
    }

    /**
     * Every port of this stack follows the port base, also those of the pieces that are off: a setting that turns one
     * on cannot then collide with a './schakel start' on the same machine.
     */
    private static Map<String, String> metPoorten(Map<String, String> instellingen) {
        Map<String, String> alles = new java.util.LinkedHashMap<>(instellingen);
        alles.put("keycloak.port", String.valueOf(POORTBASIS + 180));
        alles.put("keycloak.management-port", String.valueOf(POORTBASIS + 181));
        alles.put("routes.health-port", String.valueOf(POORTBASIS + 190));
        alles.put("demo-partner.http-port", String.valueOf(POORTBASIS + 191));
        alles.put("demo-partner.smtp-port", String.valueOf(POORTBASIS + 192));
        return alles;
    }

    /**
     * A connection to the platform's database as the schema owner, for what a test must check or prepare
     * below the API (the logboek rows a request wrote, a grant that expired yesterday).
     */
    public static java.sql.Connection database() throws java.sql.SQLException {
        if (gestart == null) {
            throw new IllegalStateException("de testomgeving is niet gestart");
        }
        var instellingen = gestart.instellingen();
        return java.sql.DriverManager.getConnection(instellingen.jdbcUrl(instellingen.get("postgres.database")),
                instellingen.get("postgres.owner.user"), instellingen.geheim("postgres.owner.password"));
    }

    /** A connection as the API's role ({@code jdbc/schakel}'s user), to show what that role may not do. */
    public static java.sql.Connection databaseAlsApi() throws java.sql.SQLException {
        if (gestart == null) {
            throw new IllegalStateException("de testomgeving is niet gestart");
        }
        var instellingen = gestart.instellingen();
        return java.sql.DriverManager.getConnection(instellingen.jdbcUrl(instellingen.get("postgres.database")),
                instellingen.get("postgres.app.user"), instellingen.geheim("postgres.app.password"));
    }

    /** Payara's REST management of this stack (loopback, no password: the launcher's local domain). */
    public static String beheer() {
        return "http://127.0.0.1:" + (POORTBASIS + 48) + "/management/domain";
    }

    /** The launcher of this stack, for its commands (logboek-controle). */
    public static Launcher launcher() {
        if (gestart == null) {
            throw new IllegalStateException("de testomgeving is niet gestart");
        }
        return gestart;
    }

    record Gestart(Launcher launcher) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            launcher.stop();
        }
    }
}
