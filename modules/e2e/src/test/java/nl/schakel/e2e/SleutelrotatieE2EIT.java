package nl.schakel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.schakel.launcher.Launcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Key rotation in a real Keycloak while the platform runs (issue 14): the realm gets a new RSA key of higher priority
 * and loses the old one through the admin REST API; a token signed with the new key is accepted (its unknown kid makes
 * the platform fetch the key set again), a token of the removed key is refused with 401, and a flood of tokens naming
 * forged kids does not make the platform fetch the key set again and again (counted in {@code /health/ready}).
 * The launcher's stack without the routes and the demo partner, on ports of its own.
 */
class SleutelrotatieE2EIT {

    private static final int POORTBASIS = Integer.getInteger("schakel.rotatie.poortbasis", 23000);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String REALM = "schakel";
    private static Launcher launcher;

    @BeforeAll
    static void startDeStack() {
        launcher = Launcher.voor(Path.of(System.getProperty("schakel.projectRoot", "../..")), Map.of(
                "home", "target/rotatie-var",
                "postgres.port", String.valueOf(POORTBASIS + 432),
                "keycloak.port", String.valueOf(POORTBASIS + 180),
                "keycloak.management-port", String.valueOf(POORTBASIS + 190),
                "payara.portbase", String.valueOf(POORTBASIS),
                "routes.enabled", "false",
                "routes.health-port", String.valueOf(POORTBASIS + 191),
                "demo-partner.enabled", "false",
                "demo-partner.http-port", String.valueOf(POORTBASIS + 192),
                "demo-partner.smtp-port", String.valueOf(POORTBASIS + 193)));
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
    void eenGeroteerdeSleutelWerktDeVerwijderdeNietEnVervalsteKidsHamerenKeycloakNiet() throws Exception {
        String oud = integratieToken();
        String oudNooitGetoond = integratieToken();
        int toegestaan = api(oud);
        assertThat(toegestaan).as("een geldig token van Keycloak").isNotEqualTo(401);
        long voorRotatie = opgehaald();
        assertThat(voorRotatie).isGreaterThanOrEqualTo(1);

        // the rotation: a new RSA key above every other, then the old signing keys removed from the realm
        String admin = adminToken();
        String realmId = Json.createReader(new StringReader(admin("GET", "/admin/realms/" + REALM, admin, null).body()))
                .readObject().getString("id");
        List<String> oudeSleutels = sleutelproviders(admin).stream()
                .filter(c -> c.getString("providerId").equals("rsa-generated")).map(c -> c.getString("id")).toList();
        assertThat(oudeSleutels).isNotEmpty();
        HttpResponse<String> nieuw = admin("POST", "/admin/realms/" + REALM + "/components", admin, Json.createObjectBuilder()
                .add("name", "rsa-geroteerd").add("providerId", "rsa-generated").add("providerType", "org.keycloak.keys.KeyProvider")
                .add("parentId", realmId).add("config", Json.createObjectBuilder()
                        .add("priority", Json.createArrayBuilder().add("500")).add("keySize", Json.createArrayBuilder().add("2048"))
                        .add("active", Json.createArrayBuilder().add("true")).add("enabled", Json.createArrayBuilder().add("true"))
                        .add("algorithm", Json.createArrayBuilder().add("RS256"))).build().toString());
        assertThat(nieuw.statusCode()).as(nieuw.body()).isEqualTo(201);
        for (String id : oudeSleutels) {
            assertThat(admin("DELETE", "/admin/realms/" + REALM + "/components/" + id, admin, null).statusCode()).isEqualTo(204);
        }

        String geroteerd = integratieToken();
        assertThat(kid(geroteerd)).isNotEqualTo(kid(oud));
        assertThat(api(geroteerd)).as("een token van de nieuwe sleutel").isEqualTo(toegestaan);
        assertThat(opgehaald()).as("de onbekende kid haalde de sleutelset opnieuw op").isEqualTo(voorRotatie + 1);
        // the old key is gone from the set the platform just fetched: a token of it, never seen before, is refused
        assertThat(api(oudNooitGetoond)).isEqualTo(401);
        long naRotatie = opgehaald();

        // a flood of tokens naming kids nobody has: refused, and at most one more fetch within the rate limit's interval
        String[] delen = geroteerd.split("\\.");
        for (int i = 0; i < 200; i++) {
            String kop = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"vervalst-" + i + "\"}").getBytes(StandardCharsets.UTF_8));
            assertThat(api(kop + "." + delen[1] + "." + delen[2])).isEqualTo(401);
        }
        assertThat(opgehaald() - naRotatie).as("ophalingen door 200 vervalste kids").isLessThanOrEqualTo(1);
        // and the rotated key still works
        assertThat(api(integratieToken())).isEqualTo(toegestaan);
    }

    private static int api(String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(launcher.instellingen().webUrl() + "/api/v1/mij"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static long opgehaald() throws Exception {
        HttpResponse<String> gereed = HTTP.send(HttpRequest.newBuilder(URI.create(launcher.instellingen().webUrl() + "/health/ready"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonArray checks = Json.createReader(new StringReader(gereed.body())).readObject().getJsonArray("checks");
        jakarta.json.JsonValue waarde = checks.getValuesAs(JsonObject.class).stream().filter(c -> c.getString("name").equals("tokencontrole"))
                .findFirst().orElseThrow(() -> new AssertionError(gereed.body()))
                .getJsonObject("data").get("sleutelsetOpgehaald");
        // Payara's health output writes numbers as numbers or as strings, depending on the version
        return waarde instanceof jakarta.json.JsonNumber getal ? getal.longValue() : Long.parseLong(((jakarta.json.JsonString) waarde).getString());
    }

    private static String kid(String token) {
        String kop = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(kop)).readObject().getString("kid");
    }

    private static List<JsonObject> sleutelproviders(String admin) throws Exception {
        HttpResponse<String> antwoord = admin("GET", "/admin/realms/" + REALM + "/components?type=org.keycloak.keys.KeyProvider", admin, null);
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        return Json.createReader(new StringReader(antwoord.body())).readArray().getValuesAs(JsonObject.class);
    }

    private static HttpResponse<String> admin(String methode, String pad, String token, String body) throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(launcher.instellingen().keycloakUrl() + pad))
                .header("Authorization", "Bearer " + token)
                .method(methode, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            verzoek.header("Content-Type", "application/json");
        }
        return HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String adminToken() throws Exception {
        var inst = launcher.instellingen();
        return token(inst.keycloakUrl() + "/realms/master/protocol/openid-connect/token", "grant_type=password", "client_id=admin-cli",
                "username=" + URLEncoder.encode(inst.get("keycloak.admin.user"), StandardCharsets.UTF_8),
                "password=" + URLEncoder.encode(inst.geheim("keycloak.admin.password"), StandardCharsets.UTF_8));
    }

    private static String integratieToken() throws Exception {
        return token(launcher.instellingen().realmUrl() + "/protocol/openid-connect/token", "grant_type=client_credentials",
                "client_id=schakel-integratie",
                "client_secret=" + URLEncoder.encode(launcher.instellingen().geheim("keycloak.integratie-secret"), StandardCharsets.UTF_8));
    }

    private static String token(String url, String... velden) throws Exception {
        HttpResponse<String> antwoord = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", velden))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        return Json.createReader(new StringReader(antwoord.body())).readObject().getString("access_token");
    }
}
