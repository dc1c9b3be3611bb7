package nl.schakel.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * De launcher start de echte demopartner (modules/demo-partner/target/demo-partner.jar) als los proces naast een echte
 * PostgreSQL, met het gegenereerde geheim; status en stop behandelen hem als de andere onderdelen.
 */
class DemoPartnerIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path root;

    private Launcher launcher;

    @AfterEach
    void opruimen() {
        if (launcher != null) {
            launcher.stop();
        }
    }

    private static int vrijePoort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void startStatusEenOndertekendeMeldingEnStop() throws Exception {
        // PostgreSQL draait als root onder postgres.os-user; die moet bij de home kunnen (zoals in PostgresIT)
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        int http = vrijePoort();
        int smtp = vrijePoort();
        Instellingen i = Instellingen.laad(root, Map.of(), new Properties(), Map.of(
                "postgres.port", String.valueOf(vrijePoort()),
                "keycloak.enabled", "false",
                "payara.enabled", "false",
                "routes.enabled", "false",
                "demo-partner.http-port", String.valueOf(http),
                "demo-partner.smtp-port", String.valueOf(smtp),
                "demo-partner.jar", System.getProperty("schakel.demo-partner.jar",
                        "../demo-partner/target/demo-partner.jar")));
        ByteArrayOutputStream uitvoer = new ByteArrayOutputStream();
        launcher = Launcher.voor(i, new PrintStream(uitvoer, true, StandardCharsets.UTF_8));

        launcher.start();

        assertThat(uitvoer.toString(StandardCharsets.UTF_8)).contains("Demopartner starten", "http://127.0.0.1:" + http + "/");
        assertThat(launcher.draaiend()).containsKey("Demopartner");
        long pid = launcher.draaiend().get("Demopartner");
        assertThat(launcher.status()).containsPattern("Demopartner\\s+draait\\s+" + pid + "\\s+.*HTTP 200");
        assertThat(root.resolve("var/logs/demo-partner.log")).exists();

        // een melding ondertekend met het geheim uit geheimen.properties wordt aangenomen, een verkeerde niet
        String geheim = i.geheim("demo-partner.geheim");
        String body = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID()
                + "\",\"source\":\"urn:nl:schakel:overdracht\",\"type\":\"nl.schakel.overdracht.verzonden\","
                + "\"subject\":\"http://localhost:8080/api/v1/overdrachten/1\",\"time\":\"2026-11-25T09:00:00Z\"}";
        assertThat(post(http, body, "sha256=" + hmac(geheim, body))).isEqualTo(204);
        assertThat(post(http, body, "sha256=" + hmac("fout", body))).isEqualTo(401);
        String ontvangen = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/api/ontvangen"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(ontvangen).contains("\"aangenomen\":1", "\"geweigerd\":1");
        assertThat(Files.readString(root.resolve("var/demo-partner/meldingen.jsonl"))).contains("WT-RDAM-FEIJ");

        launcher.stop();

        assertThat(ProcesWeg.binnenDertigSeconden(pid)).isTrue();
        assertThat(launcher.draaiend()).isEmpty();
        assertThat(Poorten.vrij(http)).isTrue();
        assertThat(Poorten.vrij(smtp)).isTrue();
        launcher = null;
    }

    private static int post(int poort, String body, String handtekening) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + poort + "/webhook/WT-RDAM-FEIJ"))
                .header("Content-Type", "application/cloudevents+json; charset=UTF-8")
                .header("X-Schakel-Handtekening", handtekening)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String hmac(String geheim, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(geheim.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
