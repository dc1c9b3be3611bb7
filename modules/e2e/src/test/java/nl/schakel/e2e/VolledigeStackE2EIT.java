package nl.schakel.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.schakel.launcher.Launcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole platform as a newcomer gets it: the launcher's own start (PostgreSQL, Keycloak in production
 * mode with the realm imported, Payara with the EAR, the integration routes), then a real login in
 * Chromium and a real partner register file through the route. Ports of its own, so a running
 * development stack is not disturbed.
 */
class VolledigeStackE2EIT {

    // ports of its own; a second working copy may run it at the same time with -Dschakel.e2e.poortbasis=…
    private static final int POORTBASIS = Integer.getInteger("schakel.e2e.poortbasis", 28000);
    private static final int HTTP_POORT = POORTBASIS + 80;
    private static final String WEB = "http://localhost:" + HTTP_POORT;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Launcher launcher;

    @BeforeAll
    static void startDeStack() {
        launcher = Launcher.voor(Path.of(System.getProperty("schakel.projectRoot", "../..")), Map.of(
                "home", System.getProperty("schakel.e2e.home", "target/e2e-var"),
                "postgres.port", String.valueOf(POORTBASIS + 432),
                "keycloak.port", String.valueOf(POORTBASIS + 180),
                "keycloak.management-port", String.valueOf(POORTBASIS + 190),
                "payara.portbase", String.valueOf(POORTBASIS),
                "routes.health-port", String.valueOf(POORTBASIS + 191)));
        launcher.stop(); // an interrupted earlier run may have left servers behind
        launcher.start();
    }

    @AfterAll
    static void stopDeStack() {
        if (launcher != null) {
            launcher.stop();
        }
    }

    @Test
    void inloggenViaKeycloakToontMijnWerkToegankelijkEnMetHetToetsenbord() throws Exception {
        Path map = Path.of(System.getProperty("schakel.e2e.playwright", "src/test/playwright"));
        Path uitvoer = Path.of("target", "playwright-uitvoer.txt");
        Files.createDirectories(uitvoer.getParent());
        ProcessBuilder node = new ProcessBuilder("node", "--test", "--test-reporter=spec")
                .directory(map.toFile())
                .redirectErrorStream(true)
                .redirectOutput(uitvoer.toFile());
        node.environment().put("SCHAKEL_WEB_URL", WEB);
        node.environment().put("SCHAKEL_DEMO_WACHTWOORD", "schakel-demo");
        node.environment().put("SCHAKEL_SCREENSHOTS", System.getProperty("schakel.e2e.screenshots", "target/screenshots"));
        Process proces = node.start();
        boolean klaar = proces.waitFor(10, TimeUnit.MINUTES);
        String verslag = Files.readString(uitvoer);
        System.out.println(verslag);

        assertThat(klaar).as("de browsertests eindigen binnen 10 minuten").isTrue();
        assertThat(proces.exitValue()).as(verslag).isZero();
        assertThat(verslag).containsPattern("(?m)^\\S* ?fail 0$").containsPattern("(?m)^\\S* ?pass [1-9]");
    }

    @Test
    void eenPartnerregisterbestandKomtViaDeRouteInHetPlatform() throws Exception {
        String code = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Path inbox = launcher.instellingen().home().resolve("routes-data/organisaties/inbox");
        Files.createDirectories(inbox);
        Path tijdelijk = inbox.getParent().resolve("." + code + ".csv.tmp");
        Files.writeString(tijdelijk, "code;naam;type;gemeenten;bovenliggendeOrganisatie\n"
                + code + ";Buurtteam E2E;WIJKTEAM;GM0599;\n"
                + "fout code;;BAKKERIJ;Rotterdam;\n", StandardCharsets.UTF_8);
        Files.move(tijdelijk, inbox.resolve(code + ".csv")); // atomic: the route never sees half a file

        String token = integratieToken();
        JsonArray gevonden = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> organisaties(code, token), lijst -> lijst.size() == 1);

        JsonObject organisatie = gevonden.getJsonObject(0);
        assertThat(organisatie.getString("naam")).isEqualTo("Buurtteam E2E");
        assertThat(organisatie.getString("type")).isEqualTo("WIJKTEAM");
        Path fouten = launcher.instellingen().home().resolve("routes-data/organisaties/fouten");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(fouten) && bevat(fouten, "fout code"));
    }

    @Test
    void alleenDeKoppelingMagOrganisatiesSchrijven() throws Exception {
        HttpResponse<String> zonderToken = HTTP.send(HttpRequest.newBuilder(URI.create(WEB + "/api/v1/organisaties"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"E2E-X\",\"naam\":\"X\",\"type\":\"OPVANG\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(zonderToken.statusCode()).isEqualTo(401);
        assertThat(zonderToken.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    private static boolean bevat(Path map, String tekst) throws IOException {
        try (var bestanden = Files.list(map)) {
            for (Path bestand : bestanden.toList()) {
                if (Files.readString(bestand).contains(tekst)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static JsonArray organisaties(String code, String token) throws Exception {
        HttpResponse<String> antwoord = HTTP.send(HttpRequest.newBuilder(URI.create(WEB + "/api/v1/organisaties?code=" + code))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        return Json.createReader(new StringReader(antwoord.body())).readObject()
                .getJsonObject("_embedded").getJsonArray("organisaties");
    }

    /** A real token from the real Keycloak, for the integration client, as the routes get theirs. */
    private static String integratieToken() throws Exception {
        String formulier = String.join("&", List.of(
                "grant_type=client_credentials",
                "client_id=schakel-integratie",
                "client_secret=" + URLEncoder.encode(launcher.instellingen().geheim("keycloak.integratie-secret"), StandardCharsets.UTF_8)));
        HttpResponse<String> antwoord = HTTP.send(HttpRequest.newBuilder(
                        URI.create(launcher.instellingen().realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulier)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        return Json.createReader(new StringReader(antwoord.body())).readObject().getString("access_token");
    }
}
