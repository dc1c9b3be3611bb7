package nl.schakel.keycloakrealm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The derived file the jar ships (realm/afgeleid/rollen-en-organisaties.json) says exactly what the realm says of its
 * roles and organisation groups, and nothing else: a role or group changed in the realm without the derived file fails
 * here, with the content the file must get.
 */
class RealmAfleidingTest {

    static final String AFGELEID = "keycloak-realm/afgeleid/rollen-en-organisaties.json";

    @Test
    void hetAfgeleideBestandVolgtDeRealm() throws IOException {
        JsonNode realm = RealmBestand.lees();
        ArrayNode rollen = JsonNodeFactory.instance.arrayNode();
        realm.path("roles").path("realm").forEach(r -> rollen.addObject().put("naam", r.path("name").asText())
                .put("omschrijving", r.path("description").asText(r.path("name").asText())));
        ArrayNode organisaties = JsonNodeFactory.instance.arrayNode();
        realm.path("groups").forEach(g -> {
            String code = g.path("attributes").path("organisatie").path(0).asText();
            organisaties.addObject().put("code", code).put("naam", g.path("attributes").path("naam").path(0).asText(code));
        });

        JsonNode afgeleid = afgeleid();
        assertThat(afgeleid.path("rollen")).as("rollen; zet in het afgeleide bestand:%n%s", rollen.toPrettyString()).isEqualTo(rollen);
        assertThat(afgeleid.path("organisaties")).as("organisaties; zet in het afgeleide bestand:%n%s", organisaties.toPrettyString())
                .isEqualTo(organisaties);
        assertThat(afgeleid.toString()).as("geen gebruikers, wachtwoorden of geheimen")
                .doesNotContain("schakel-demo").doesNotContain("credentials").doesNotContain("secret").doesNotContain("username");
    }

    private static JsonNode afgeleid() throws IOException {
        try (InputStream in = RealmAfleidingTest.class.getClassLoader().getResourceAsStream(AFGELEID)) {
            assertThat(in).as(AFGELEID).isNotNull();
            return RealmBestand.JSON.readTree(in);
        }
    }
}
