package nl.schakel.keycloakrealm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The realm file as shipped in the jar keeps the contract (docs/afspraken-tussen-onderdelen.md). */
class SchakelRealmTest {

    private static JsonNode realm;

    @BeforeAll
    static void lees() {
        realm = RealmBestand.lees();
    }

    @Test
    void hetGelezenRealmbestandIsOngefilterd() throws Exception {
        // resources are not filtered: Maven must not touch the ${...} placeholders
        assertThat(RealmBestand.bytes()).isEqualTo(Files.readAllBytes(Path.of("realm", "schakel-realm.json")));
    }

    @Test
    void deJarDraagtDeRealmMetGebruikersEnGeheimenNiet() {
        // the EAR carries this jar: only the derived roles and organisations go in it (RealmAfleidingTest)
        assertThat(Path.of("target", "classes", "keycloak-realm", "schakel-realm.json")).doesNotExist();
        assertThat(Path.of("target", "classes", "keycloak-realm", "afgeleid", "rollen-en-organisaties.json")).exists();
    }

    @Test
    void realmInstellingen() {
        RealmRegels.realmInstellingen(realm);
    }

    @Test
    void bruteForceBeschermingStaatAan() {
        RealmRegels.bruteForceBescherming(realm);
    }

    @Test
    void geenTopLevelClientScopes() {
        RealmRegels.geenTopLevelClientScopes(realm);
    }

    @Test
    void elkeRolUitHetContractBestaat() {
        RealmRegels.rollen(realm);
    }

    @Test
    void elkeOrganisatieIsEenGroepMetHaarCode() {
        RealmRegels.organisatiegroepen(realm);
    }

    @Test
    void elkeDemogebruikerHeeftEenOrganisatieEnZijnRol() {
        RealmRegels.demoGebruikers(realm);
    }

    @Test
    void hetServiceaccountHeeftRolIntegratieEnOrganisatieSchakel() {
        RealmRegels.serviceAccount(realm);
    }

    @Test
    void deWebclientIsPubliekMetPkceS256() {
        RealmRegels.webClient(realm);
    }

    @Test
    void deIntegratieclientKentAlleenClientCredentials() {
        RealmRegels.integratieClient(realm);
    }

    @ParameterizedTest
    @ValueSource(strings = {Contract.WEB_CLIENT, Contract.INTEGRATIE_CLIENT})
    void mappersVoorDeClaimsVanDeApi(String clientId) {
        RealmRegels.mappers(realm, clientId);
    }

    @Test
    void geenSleutelsCertificatenHashesOfGeheimen() {
        RealmRegels.geenGeheimen(realm);
    }

    @Test
    void alleenPlaceholdersUitHetContract() {
        RealmRegels.placeholders(realm);
    }

    @Test
    void geenIds() {
        RealmRegels.geenIds(realm);
    }
}
