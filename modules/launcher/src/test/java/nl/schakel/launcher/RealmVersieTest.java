package nl.schakel.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An existing installation gets the realm again when what it was imported from changes: the realm file (a new role,
 * a new claim) or a placeholder the launcher fills (the web address for the redirect URIs). Nothing else.
 */
class RealmVersieTest {

    @TempDir
    Path root;

    private KeycloakOnderdeel keycloak(Map<String, String> overrides) {
        return new KeycloakOnderdeel(Instellingen.laad(root, Map.of(), new Properties(), overrides), new Artefacten());
    }

    @Test
    void deVersieVolgtHetRealmbestandEnHetWebadres() throws Exception {
        Path realm = root.resolve("keycloak-realm/realm/schakel-realm.json");
        Files.createDirectories(realm.getParent());
        Files.writeString(realm, "{\"realm\":\"schakel\",\"roles\":[]}");
        Map<String, String> vast = Map.of("keycloak.integratie-secret", "s");

        String eerst = keycloak(vast).realmVersie();
        assertThat(keycloak(vast).realmVersie()).as("herhaalbaar").isEqualTo(eerst).hasSize(64);

        Files.writeString(realm, "{\"realm\":\"schakel\",\"roles\":[{\"name\":\"teamleider\"}]}");
        String naNieuweRol = keycloak(vast).realmVersie();
        assertThat(naNieuweRol).isNotEqualTo(eerst);

        assertThat(keycloak(Map.of("keycloak.integratie-secret", "s", "payara.portbase", "9000")).realmVersie())
                .as("ander webadres, andere redirect-URI's").isNotEqualTo(naNieuweRol);
    }

    @Test
    void zonderRealmbestandGeenVersie() {
        assertThat(keycloak(Map.of("keycloak.integratie-secret", "s")).realmVersie()).isEmpty();
    }
}
