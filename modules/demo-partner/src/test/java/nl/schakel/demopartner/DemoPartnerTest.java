package nl.schakel.demopartner;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * De demopartner als echt proces-onderdeel: echte HTTP-verzoeken (JDK HttpClient) op zijn webhook, een echte
 * SMTP-client (Jakarta Mail) naar zijn GreenMail-mailbox, en een herstart op dezelfde datamap.
 */
class DemoPartnerTest {

    private static final String GEHEIM = "demo-geheim-voor-de-test";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path data;

    private DemoPartner partner;

    @BeforeEach
    void start() {
        partner = DemoPartner.start(new DemoPartner.Instellingen("127.0.0.1", 0, 0, data, GEHEIM));
    }

    @AfterEach
    void stop() {
        if (partner != null) {
            partner.close();
        }
    }

    @Test
    void eenGeldigOndertekendCloudEventWordtAangenomenEnVastgelegd() throws Exception {
        String id = UUID.randomUUID().toString();
        String body = cloudEvent(id, "https://schakel.example/api/v1/overdrachten/" + UUID.randomUUID());

        HttpResponse<String> antwoord = post("/webhook/WT-RDAM-FEIJ", body, "sha256=" + hmac(GEHEIM, body));

        assertThat(antwoord.statusCode()).isEqualTo(204);
        JsonObject ontvangen = ontvangen();
        assertThat(ontvangen.getInt("aangenomen")).isEqualTo(1);
        JsonObject melding = ontvangen.getJsonArray("meldingen").getJsonObject(0);
        assertThat(melding.getString("id")).isEqualTo(id);
        assertThat(melding.getString("organisatie")).isEqualTo("WT-RDAM-FEIJ");
        assertThat(melding.getString("type")).isEqualTo("nl.schakel.overdracht.verzonden");
        assertThat(melding.getString("subject")).startsWith("https://schakel.example/api/v1/overdrachten/");
        assertThat(melding.getBoolean("handtekeningGeldig")).isTrue();
        assertThat(melding.getString("uitkomst")).isEqualTo("NIEUW");
        assertThat(melding.getString("velden")).as("niets naast de zes velden van het datarme profiel").isEmpty();
        assertThat(Files.readString(data.resolve("meldingen.jsonl"))).contains(id);
    }

    @Test
    void eenVerkeerdeOfOntbrekendeHandtekeningGeeft401EnTeltNietAlsAangenomen() throws Exception {
        String body = cloudEvent(UUID.randomUUID().toString(), "https://schakel.example/api/v1/overdrachten/x");

        assertThat(post("/webhook/WT-RDAM-FEIJ", body, "sha256=" + hmac("een-ander-geheim", body)).statusCode())
                .isEqualTo(401);
        assertThat(post("/webhook/WT-RDAM-FEIJ", body, null).statusCode()).isEqualTo(401);
        // één teken van de body anders dan ondertekend
        assertThat(post("/webhook/WT-RDAM-FEIJ", body.replace("1.0", "1.1"), "sha256=" + hmac(GEHEIM, body))
                .statusCode()).isEqualTo(401);

        JsonObject ontvangen = ontvangen();
        assertThat(ontvangen.getInt("aangenomen")).isZero();
        assertThat(ontvangen.getInt("geweigerd")).isEqualTo(3);
        assertThat(ontvangen.getJsonArray("meldingen").getValuesAs(JsonObject.class))
                .allSatisfy(m -> assertThat(m.getBoolean("handtekeningGeldig")).isFalse());
    }

    @Test
    void eenDubbelIdKrijgtToch2xxMaarTeltAlsDubbelOokNaEenHerstart() throws Exception {
        String id = UUID.randomUUID().toString();
        String body = cloudEvent(id, "https://schakel.example/api/v1/overdrachten/1");
        String handtekening = "sha256=" + hmac(GEHEIM, body);

        assertThat(post("/webhook/WT-RDAM-FEIJ", body, handtekening).statusCode()).isEqualTo(204);
        assertThat(post("/webhook/WT-RDAM-FEIJ", body, handtekening).statusCode()).isEqualTo(204);
        assertThat(ontvangen().getInt("aangenomen")).isEqualTo(1);
        assertThat(ontvangen().getInt("dubbel")).isEqualTo(1);

        // herstart op dezelfde datamap: de geschiedenis blijft, en het id is nog steeds bekend
        partner.close();
        partner = DemoPartner.start(new DemoPartner.Instellingen("127.0.0.1", 0, 0, data, GEHEIM));
        assertThat(ontvangen().getInt("aangenomen")).isEqualTo(1);
        assertThat(post("/webhook/WT-RDAM-FEIJ", body, handtekening).statusCode()).isEqualTo(204);
        JsonObject na = ontvangen();
        assertThat(na.getInt("aangenomen")).isEqualTo(1);
        assertThat(na.getInt("dubbel")).isEqualTo(2);

        // the same event for another partner (a crisis file has several): that organisation's first, no duplicate
        assertThat(post("/webhook/FIL", body, handtekening).statusCode()).isEqualTo(204);
        JsonObject anderePartner = ontvangen();
        assertThat(anderePartner.getInt("aangenomen")).isEqualTo(2);
        assertThat(anderePartner.getInt("dubbel")).isEqualTo(2);
    }

    @Test
    void geenCloudEventOfEenOnbekendPadWordtGeweigerd() throws Exception {
        String geenJson = "dit is geen json";
        assertThat(post("/webhook/WT-RDAM-FEIJ", geenJson, "sha256=" + hmac(GEHEIM, geenJson)).statusCode())
                .isEqualTo(400);
        String zonderId = "{\"specversion\":\"1.0\",\"type\":\"x\"}";
        assertThat(post("/webhook/WT-RDAM-FEIJ", zonderId, "sha256=" + hmac(GEHEIM, zonderId)).statusCode())
                .isEqualTo(400);
        String body = cloudEvent(UUID.randomUUID().toString(), "https://schakel.example/x");
        assertThat(post("/webhook/geen code", body, "sha256=" + hmac(GEHEIM, body)).statusCode()).isEqualTo(404);
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(URI.create(partner.url() + "/webhook/WT-RDAM-FEIJ"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(ontvangen().getInt("aangenomen")).isZero();
    }

    @Test
    void eenMailOverEchteSmtpKomtInDeMailboxEnOpDePagina() throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(partner.smtpPoort()));
        Session sessie = Session.getInstance(p);
        MimeMessage mail = new MimeMessage(sessie);
        mail.setFrom(new InternetAddress("noreply@schakel.example"));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress("meldingen@wt-rdam-feij.demo.schakel.example"));
        mail.setSubject("Nieuwe overdracht in Schakel", "UTF-8");
        mail.setText("Er staat een nieuwe overdracht voor u klaar in Schakel: https://schakel.example/#/overdrachten/1",
                "UTF-8");
        Transport.send(mail);

        await().atMost(10, SECONDS).until(() -> ontvangen().getJsonArray("mails").size() == 1);
        JsonObject ontvangen = ontvangen().getJsonArray("mails").getJsonObject(0);
        assertThat(ontvangen.getString("aan")).isEqualTo("meldingen@wt-rdam-feij.demo.schakel.example");
        assertThat(ontvangen.getString("onderwerp")).isEqualTo("Nieuwe overdracht in Schakel");
        assertThat(ontvangen.getString("tekst")).contains("https://schakel.example/#/overdrachten/1");

        // herstart: de mail staat nog op de pagina
        partner.close();
        partner = DemoPartner.start(new DemoPartner.Instellingen("127.0.0.1", 0, 0, data, GEHEIM));
        String pagina = HTTP.send(HttpRequest.newBuilder(URI.create(partner.url() + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(pagina).contains("meldingen@wt-rdam-feij.demo.schakel.example", "Nieuwe overdracht in Schakel");
    }

    @Test
    void dePaginaIsNederlandsToontDeMeldingEnOntsnaptWatErBinnenkwam() throws Exception {
        String id = UUID.randomUUID().toString();
        String body = cloudEvent(id, "https://schakel.example/api/v1/overdrachten/<script>");
        post("/webhook/WT-RDAM-CHAR", body, "sha256=" + hmac(GEHEIM, body));

        HttpResponse<String> pagina = HTTP.send(HttpRequest.newBuilder(URI.create(partner.url() + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(pagina.body()).contains("<html lang=\"nl\">", "<caption>Meldingen, nieuwste eerst</caption>",
                "<th scope=\"col\">Handtekening geldig</th>", id, "WT-RDAM-CHAR", "overdrachten/&lt;script&gt;");
        assertThat(pagina.body()).doesNotContain("<script>");
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(partner.url() + "/gezond")).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(partner.url() + "/bestaat-niet")).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
    }

    @Test
    void zonderGeheimStartDeDemopartnerNiet() {
        assertThatThrownBy(() -> DemoPartner.Instellingen.uit(Map.of("SCHAKEL_DEMO_PARTNER_HTTP_PORT", "1")))
                .hasMessageContaining("SCHAKEL_DEMO_PARTNER_GEHEIM");
        DemoPartner.Instellingen inst = DemoPartner.Instellingen.uit(Map.of("SCHAKEL_DEMO_PARTNER_GEHEIM", "x"));
        assertThat(inst.httpPoort()).isEqualTo(8191);
        assertThat(inst.smtpPoort()).isEqualTo(2525);
        assertThat(inst.host()).isEqualTo("127.0.0.1");
    }

    private static String cloudEvent(String id, String subject) {
        // zoals integration-routes het opmaakt (Camel-JSON ontsnapt de slashes)
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"urn:nl:schakel:overdracht\","
                + "\"type\":\"nl.schakel.overdracht.verzonden\",\"subject\":\"" + subject.replace("/", "\\/")
                + "\",\"time\":\"2026-11-25T09:00:00Z\"}";
    }

    private HttpResponse<String> post(String pad, String body, String handtekening) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(partner.url() + pad.replace(" ", "%20")))
                .header("Content-Type", "application/cloudevents+json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (handtekening != null) {
            b.header("X-Schakel-Handtekening", handtekening);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonObject ontvangen() throws Exception {
        HttpResponse<String> a = HTTP.send(HttpRequest.newBuilder(URI.create(partner.url() + "/api/ontvangen")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(a.statusCode()).isEqualTo(200);
        return Json.createReader(new StringReader(a.body())).readObject();
    }

    private static String hmac(String geheim, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(geheim.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
