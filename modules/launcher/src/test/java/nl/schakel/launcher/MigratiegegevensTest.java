package nl.schakel.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The owner's credentials reach Payara only as MicroProfile Config for the migrations at deployment, never as a pool;
 * a domain of an earlier version loses its owner pool; the password never shows in the launcher's log (issue 14).
 */
class MigratiegegevensTest {

    @TempDir
    Path root;

    @Test
    void deEigenaarKrijgtGeenPoolMaarMigratiegegevens() {
        Instellingen i = Instellingen.laad(root, Map.of(), new Properties(), Map.of());
        PayaraOnderdeel payara = new PayaraOnderdeel(i, new Artefacten());
        String wachtwoord = i.geheim("postgres.owner.password");

        assertThat(payara.mpConfig()).containsEntry("schakel.db.migratie.gebruiker", "schakel")
                .containsEntry("schakel.db.migratie.wachtwoord", wachtwoord)
                .containsEntry("schakel.db.migratie.url", i.jdbcUrl(i.get("postgres.database")));
        for (boolean eersteKeer : new boolean[] {true, false}) {
            String commandos = payara.commandos(eersteKeer);
            assertThat(commandos).doesNotContain("schakel-beheer-pool", "jdbc/schakelBeheer", "user=schakel\n")
                    .contains("jdbc-connection-pool.schakel-pool.property.user=schakel_app");
            assertThat(PayaraOnderdeel.maskeer(commandos)).doesNotContain(wachtwoord)
                    .contains("--propertyName=schakel.db.migratie.wachtwoord --propertyValue=****");
        }
    }

    @Test
    void eenOudDomeinVerliestZijnEigenaarspool() throws Exception {
        Instellingen i = Instellingen.laad(root, Map.of(), new Properties(), Map.of());
        PayaraOnderdeel payara = new PayaraOnderdeel(i, new Artefacten());
        Path domeinXml = payara.domeinDir().resolve("config/domain.xml");
        Files.createDirectories(domeinXml.getParent());
        Files.writeString(domeinXml, "<domain><resources><jdbc-connection-pool name=\"schakel-pool\"/></resources></domain>");
        assertThat(payara.commandos(false)).doesNotContain("delete-jdbc-connection-pool");

        Files.writeString(domeinXml, "<domain><resources><jdbc-connection-pool name=\"schakel-beheer-pool\"/></resources></domain>");
        assertThat(payara.commandos(false)).contains("delete-jdbc-connection-pool --cascade=true schakel-beheer-pool");
        // a new domain has nothing to delete
        assertThat(payara.commandos(true)).doesNotContain("delete-jdbc-connection-pool");
    }
}
