package nl.schakel.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstellingenTest {

    @TempDir
    Path root;

    private static Properties props(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) {
            p.setProperty(kv[i], kv[i + 1]);
        }
        return p;
    }

    @Test
    void standaardwaardenVolgenHetContract() {
        Instellingen i = Instellingen.laad(root, Map.of(), new Properties(), Map.of());
        assertThat(i.home()).isEqualTo(root.resolve("var"));
        assertThat(i.postgresPort()).isEqualTo(15432);
        assertThat(i.payaraHttpPort()).isEqualTo(8080);
        assertThat(i.payaraAdminPort()).isEqualTo(8048);
        assertThat(i.keycloakPort()).isEqualTo(8180);
        assertThat(i.keycloakManagementPort()).isEqualTo(9180);
        assertThat(i.routesHealthPort()).isEqualTo(8190);
        assertThat(i.keycloakUrl()).isEqualTo("http://localhost:8180");
        assertThat(i.get("token.jwks"))
                .isEqualTo("http://localhost:8180/realms/schakel/protocol/openid-connect/certs");
        assertThat(i.get("token.issuer")).isEqualTo("http://localhost:8180/realms/schakel");
        assertThat(i.get("payara.ear")).isEqualTo("platform-ear/target/schakel.ear");
        assertThat(i.pad("payara.ear")).isEqualTo(root.resolve("platform-ear/target/schakel.ear"));
    }

    @Test
    void elkeBronWintVanDeVorige() throws Exception {
        String k = "postgres.port";
        Files.writeString(root.resolve("schakel.properties"), "postgres.port=1001\nkeycloak.port=2001\nhome=eigen\n");
        Files.createDirectories(root.resolve("eigen"));
        Files.writeString(root.resolve("eigen/schakel.properties"), "postgres.port=1002\n");

        assertThat(Instellingen.laad(root, Map.of(), new Properties(), Map.of()).get(k)).isEqualTo("1002");
        assertThat(Instellingen.laad(root, Map.of(), new Properties(), Map.of()).get("keycloak.port")).isEqualTo("2001");

        Map<String, String> env = Map.of("SCHAKEL_POSTGRES_PORT", "1003");
        Instellingen metEnv = Instellingen.laad(root, env, new Properties(), Map.of());
        assertThat(metEnv.postgresPort()).isEqualTo(1003);
        assertThat(metEnv.herkomst(k)).isEqualTo("omgevingsvariabele");

        Instellingen metD = Instellingen.laad(root, env, props(k, "1004"), Map.of());
        assertThat(metD.postgresPort()).isEqualTo(1004);

        Instellingen metOverride = Instellingen.laad(root, env, props(k, "1004"), Map.of(k, "1005"));
        assertThat(metOverride.postgresPort()).isEqualTo(1005);
        assertThat(metOverride.herkomst(k)).isEqualTo("override");
        assertThat(metOverride.home()).isEqualTo(root.resolve("eigen"));
    }

    @Test
    void homeUitEenHogereBronBepaaltWelkHomeBestandTelt() throws Exception {
        Files.createDirectories(root.resolve("a"));
        Files.createDirectories(root.resolve("b"));
        Files.writeString(root.resolve("a/schakel.properties"), "payara.portbase=9000\n");
        Files.writeString(root.resolve("b/schakel.properties"), "payara.portbase=7000\n");
        Instellingen i = Instellingen.laad(root, Map.of("SCHAKEL_HOME", "a"), new Properties(), Map.of());
        assertThat(i.payaraHttpPort()).isEqualTo(9080);
        assertThat(i.payaraAdminPort()).isEqualTo(9048);
        Instellingen j = Instellingen.laad(root, Map.of("SCHAKEL_HOME", "a"), new Properties(), Map.of("home", "b"));
        assertThat(j.payaraHttpPort()).isEqualTo(7080);
    }

    @Test
    void omgevingsnamenMetStreepjesEnPunten() {
        assertThat(Instellingen.omgevingsnaam("keycloak.management-port")).isEqualTo("SCHAKEL_KEYCLOAK_MANAGEMENT_PORT");
        Instellingen i = Instellingen.laad(root, Map.of("SCHAKEL_KEYCLOAK_MANAGEMENT_PORT", "9999",
                "SCHAKEL_TIMEOUT_KEYCLOAK", "42", "SCHAKEL_WEB_URL", "genegeerd"), new Properties(), Map.of());
        assertThat(i.keycloakManagementPort()).isEqualTo(9999);
        assertThat(i.timeout("keycloak")).hasSeconds(42);
        assertThat(i.get("web.url")).isNull();
    }

    @Test
    void keycloakUrlBepaaltDeTokenStandaarden() {
        Instellingen i = Instellingen.laad(root, Map.of(), new Properties(),
                Map.of("keycloak.url", "https://login.example.org/", "token.jwks", "file:/tmp/jwks.json"));
        assertThat(i.keycloakUrl()).isEqualTo("https://login.example.org");
        assertThat(i.get("token.issuer")).isEqualTo("https://login.example.org/realms/schakel");
        assertThat(i.get("token.jwks")).isEqualTo("file:/tmp/jwks.json");
    }

    @Test
    void geheimenWordenEenKeerGegenereerdEnPrive() throws Exception {
        Instellingen i = Instellingen.laad(root, Map.of(), new Properties(), Map.of());
        String eerste = i.geheim("postgres.app.password");
        assertThat(eerste).hasSize(32).matches("[A-Za-z0-9]+");
        Instellingen opnieuw = Instellingen.laad(root, Map.of(), new Properties(), Map.of());
        assertThat(opnieuw.geheim("postgres.app.password")).isEqualTo(eerste);
        assertThat(opnieuw.geheim("postgres.owner.password")).isNotEqualTo(eerste);
        Path bestand = root.resolve("var/geheimen.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(bestand))).isEqualTo("rw-------");

        Instellingen ingesteld = Instellingen.laad(root, Map.of("SCHAKEL_POSTGRES_APP_PASSWORD", "eigen"),
                new Properties(), Map.of());
        assertThat(ingesteld.geheim("postgres.app.password")).isEqualTo("eigen");
        assertThat(ingesteld.beschrijving()).contains("postgres.app.password = ****").doesNotContain("eigen");
    }

    @Test
    void geenGetalGeeftEenDuidelijkeFout() {
        Instellingen i = Instellingen.laad(root, Map.of(), new Properties(), Map.of("postgres.port", "veel"));
        assertThatThrownBy(i::postgresPort).isInstanceOf(LauncherFout.class)
                .hasMessageContaining("postgres.port").hasMessageContaining("veel");
    }
}
