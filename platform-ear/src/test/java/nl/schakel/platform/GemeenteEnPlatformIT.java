package nl.schakel.platform;

import static nl.schakel.platform.Probleemcontrole.isProbleem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** The municipalities, the public endpoints, health and the headers every answer carries. */
@PlatformIT
@RunAsClient
class GemeenteEnPlatformIT {

    private static final String TOKEN = TestTokens.voor("politie", "POL-RR", "politiemedewerker");

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void vijftienGemeentenInVierRegios() {
        HttpResponse<String> antwoord = Api.get("/api/v1/gemeenten", TOKEN);

        assertThat(antwoord.statusCode()).isEqualTo(200);
        JsonArray gemeenten = Api.lees(antwoord).getJsonObject("_embedded").getJsonArray("gemeenten");
        assertThat(gemeenten).hasSize(15);
        Map<String, JsonObject> perNaam = gemeenten.stream().map(JsonObject.class::cast)
                .collect(Collectors.toMap(g -> g.getString("naam"), g -> g));
        assertThat(perNaam.get("Rotterdam").getJsonArray("regios").getValuesAs(JsonString::getString))
                .containsExactly("OOST", "ROTTERDAM_ZUID");
        assertThat(perNaam.get("Schiedam").getJsonArray("regios").getValuesAs(JsonString::getString)).containsExactly("NOORD");
        assertThat(perNaam.get("Brielle").getString("opgegaanIn")).isEqualTo("Voorne aan Zee");
        assertThat(gemeenten.stream().map(JsonObject.class::cast)
                .flatMap(g -> g.getJsonArray("regios").getValuesAs(JsonString::getString).stream()).distinct())
                .containsExactlyInAnyOrder("NOORD", "OOST", "ROTTERDAM_ZUID", "ZUID_WEST");
        // the register reads them once per application (PartnerRegister.gemeenten): later requests get the same,
        // areas and all, from the copy kept after the first request's transaction ended
        assertThat(Api.lees(Api.get("/api/v1/gemeenten", TOKEN)).getJsonObject("_embedded").getJsonArray("gemeenten"))
                .isEqualTo(gemeenten);
    }

    @Test
    void elkAntwoordDraagtDeApiVersie() {
        assertThat(Api.get("/api/v1/gemeenten", TOKEN).headers().firstValue("API-Version")).contains("1.0.0");
        assertThat(Api.stuur(Api.verzoek("/api/v1/mij").GET()).headers().firstValue("API-Version")).contains("1.0.0");
    }

    @Test
    void deUiConfiguratieIsOpenbaarEnZegtWaarAanTeMelden() {
        HttpResponse<String> antwoord = Api.stuur(Api.verzoek("/api/v1/ui-configuratie").GET());

        assertThat(antwoord.statusCode()).isEqualTo(200);
        JsonObject configuratie = Api.lees(antwoord);
        assertThat(configuratie.getString("realm")).isEqualTo("schakel");
        assertThat(configuratie.getString("clientId")).isEqualTo("schakel-web");
        assertThat(configuratie.getString("keycloakUrl")).startsWith("http");
    }

    @Test
    void hetOpenApiDocumentBeschrijftDeApi() {
        HttpResponse<String> antwoord = Api.stuur(Api.verzoek("/api/v1/openapi.json").GET());

        assertThat(antwoord.statusCode()).isEqualTo(200);
        JsonObject document = Api.lees(antwoord);
        assertThat(document.getString("openapi")).startsWith("3.");
        assertThat(document.getJsonObject("info").getString("title")).isEqualTo("Schakel API");
        assertThat(document.getJsonObject("paths").keySet())
                .anyMatch(pad -> pad.endsWith("/mij"))
                .anyMatch(pad -> pad.endsWith("/organisaties/{id}"))
                .anyMatch(pad -> pad.endsWith("/gemeenten"));
    }

    @Test
    void hetPlatformIsGereedMetGemigreerdeSchemas() {
        HttpResponse<String> antwoord = Api.stuur(Api.verzoek("/health/ready").GET());

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        JsonObject gezondheid = Api.lees(antwoord);
        assertThat(gezondheid.getString("status")).isEqualTo("UP");
        assertThat(gezondheid.getJsonArray("checks").getValuesAs(JsonObject.class)).extracting(c -> c.getString("name"))
                .contains("database", "logboekketen");
    }

    /**
     * The launcher switches the data grid off in the new domain's domain.xml before its first start: Payara's own
     * template has it on, and then the first start looks for a cluster to join (a start once waited the join's 300 s).
     * Hazelcast announces its instance in the server log when it starts, on any start of this domain (the rotated logs
     * of an earlier run that reused the domain included).
     */
    @Test
    void deServerStartteZonderDataGrid() throws Exception {
        Path logs = Path.of(System.getProperty("schakel.it.home", "target/it-var"), "payara/schakel/logs");
        StringBuilder alles = new StringBuilder();
        try (var bestanden = Files.list(logs)) {
            for (Path log : bestanden.filter(p -> p.getFileName().toString().startsWith("server.log")).toList()) {
                alles.append(Files.readString(log));
            }
        }

        assertThat(alles).as(logs.toString())
                .contains("Running Payara Version")
                .doesNotContain("Hazelcast Instance Bound to JNDI");
    }

    @Test
    void eenPadBuitenDeApiGeeftOokEenProbleem() {
        isProbleem(Api.stuur(Api.verzoek("/api/v2/mij").GET()), 404, "API-404");
    }
}
