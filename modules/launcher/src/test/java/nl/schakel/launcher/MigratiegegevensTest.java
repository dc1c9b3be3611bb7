package nl.schakel.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The owner's credentials reach Payara only as MicroProfile Config for the migrations at deployment, never as a pool,
 * and the password only while the launcher deploys; a domain of an earlier version loses its owner pool and its kept
 * password; the password never shows in the launcher's log (issue 14).
 */
class MigratiegegevensTest {

    @TempDir
    Path root;

    @Test
    void deEigenaarKrijgtGeenPoolEnZijnWachtwoordAlleenVoorHetDeployen() {
        Instellingen i = Instellingen.laad(root, Map.of(), new Properties(), Map.of());
        PayaraOnderdeel payara = new PayaraOnderdeel(i, new Artefacten());
        String wachtwoord = i.geheim("postgres.owner.password");

        assertThat(payara.mpConfig()).containsEntry("schakel.db.migratie.gebruiker", "schakel")
                .containsEntry("schakel.db.migratie.url", i.jdbcUrl(i.get("postgres.database")))
                .as("the launcher deploys: the password is given for its deployment only")
                .doesNotContainKey("schakel.db.migratie.wachtwoord");
        for (boolean eersteKeer : new boolean[] {true, false}) {
            String commandos = payara.commandos(eersteKeer);
            assertThat(commandos).doesNotContain("schakel-beheer-pool", "jdbc/schakelBeheer", "user=schakel\n", wachtwoord,
                    "schakel.db.migratie.wachtwoord").contains("jdbc-connection-pool.schakel-pool.property.user=schakel_app");
        }
        assertThat(payara.migratiewachtwoordErbij()).contains("--propertyName=schakel.db.migratie.wachtwoord --propertyValue="
                + wachtwoord);
        assertThat(PayaraOnderdeel.maskeer(payara.migratiewachtwoordErbij())).doesNotContain(wachtwoord)
                .contains("--propertyName=schakel.db.migratie.wachtwoord --propertyValue=****");
        assertThat(payara.migratiewachtwoordEraf()).isEqualTo(
                "delete-config-property --source=domain --propertyName=schakel.db.migratie.wachtwoord\n");
    }

    @Test
    void dePoolZetGeenWaardenUitDeDatabaseInZijnFoutmeldingen() {
        PayaraOnderdeel payara = new PayaraOnderdeel(Instellingen.laad(root, Map.of(), new Properties(), Map.of()), new Artefacten());
        for (boolean eersteKeer : new boolean[] {true, false}) {
            assertThat(payara.commandos(eersteKeer)).contains("jdbc-connection-pool.schakel-pool.property.logServerErrorDetail=false\n");
        }
    }

    @Test
    void dePoolSchrijftEenBatchAlsInsertVanMeerRijen() {
        PayaraOnderdeel payara = new PayaraOnderdeel(Instellingen.laad(root, Map.of(), new Properties(), Map.of()), new Artefacten());
        for (boolean eersteKeer : new boolean[] {true, false}) {
            assertThat(payara.commandos(eersteKeer)).contains("jdbc-connection-pool.schakel-pool.property.reWriteBatchedInserts=true\n");
        }
    }

    @Test
    void zonderEigenDeployKrijgtWieDeployt(/* Arquillian */) {
        Instellingen i = Instellingen.laad(root, Map.of(), new Properties(), Map.of("payara.deploy", "false"));
        PayaraOnderdeel payara = new PayaraOnderdeel(i, new Artefacten());
        String wachtwoord = i.geheim("postgres.owner.password");

        assertThat(payara.mpConfig()).containsEntry("schakel.db.migratie.wachtwoord", wachtwoord);
        assertThat(PayaraOnderdeel.maskeer(payara.commandos(true))).doesNotContain(wachtwoord)
                .contains("--propertyName=schakel.db.migratie.wachtwoord --propertyValue=****");
    }

    @Test
    void eenOudDomeinVerliestHetBewaardeWachtwoord() throws Exception {
        Instellingen i = Instellingen.laad(root, Map.of(), new Properties(), Map.of());
        PayaraOnderdeel payara = new PayaraOnderdeel(i, new Artefacten());
        Path domeinXml = payara.domeinDir().resolve("config/domain.xml");
        Files.createDirectories(domeinXml.getParent());
        Files.writeString(domeinXml, "<domain><property name=\"payara.microprofile.schakel.db.migratie.url\" value=\"x\"/></domain>");
        assertThat(payara.opruimCommandos()).isEmpty();
        String vingerafdruk = payara.commandos(false);

        Files.writeString(domeinXml, "<domain><property name=\"payara.microprofile.schakel.db.migratie.wachtwoord\" value=\"x\"/></domain>");
        assertThat(payara.opruimCommandos()).isEqualTo(payara.migratiewachtwoordEraf());
        // the configuration itself did not change: once the password is gone, the next start has nothing to do
        assertThat(payara.commandos(false)).isEqualTo(vingerafdruk).doesNotContain("delete-config-property");
    }

    @Test
    void eenOudDomeinVerliestZijnEigenaarspool() throws Exception {
        Instellingen i = Instellingen.laad(root, Map.of(), new Properties(), Map.of());
        PayaraOnderdeel payara = new PayaraOnderdeel(i, new Artefacten());
        Path domeinXml = payara.domeinDir().resolve("config/domain.xml");
        Files.createDirectories(domeinXml.getParent());
        Files.writeString(domeinXml, "<domain><resources><jdbc-connection-pool name=\"schakel-pool\"/></resources></domain>");
        assertThat(payara.opruimCommandos()).isEmpty();

        Files.writeString(domeinXml, "<domain><resources><jdbc-connection-pool name=\"schakel-beheer-pool\"/></resources></domain>");
        assertThat(payara.opruimCommandos()).isEqualTo("delete-jdbc-connection-pool --cascade=true schakel-beheer-pool\n");
        // a new domain has nothing to delete, and the configuration never deletes a pool itself
        assertThat(payara.commandos(true)).doesNotContain("delete-jdbc-connection-pool");
        assertThat(payara.commandos(false)).doesNotContain("delete-jdbc-connection-pool");
    }
}
