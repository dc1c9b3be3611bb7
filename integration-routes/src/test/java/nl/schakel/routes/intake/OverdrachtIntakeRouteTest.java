package nl.schakel.routes.intake;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.schakel.routes.testsupport.NepPlatform;
import nl.schakel.routes.testsupport.RoutesProces;
import nl.schakel.routes.testsupport.TestDatabase;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * De route overdracht-intake van begin tot eind: het echte proces, zonky PostgreSQL en NepPlatform als
 * tokenuitgever en overdrachten-API; aanleveren als bestand en over HTTP op de gezondheidsserver.
 */
class OverdrachtIntakeRouteTest {

    /** Fictieve inhoud (zoals Voorbeeld in platform-ear), geen echte persoonsgegevens. */
    private static final String INHOUD = """
            {"aanleiding":{"meldingSamenvatting":"Buren horen 's nachts geschreeuw (fictief).","meldingDatum":"2026-11-10"},
             "veiligheidsbeoordeling":{"uitkomst":"OVERDRACHT_LOKAAL_VELD","datum":"2026-11-14"},
             "geweldsvormen":["PSYCHISCH"],
             "betrokkenen":[{"rol":"SLACHTOFFER","identiteit":{"voornaam":"Fictief","achternaam":"Voorbeeld",
               "geboortedatum":"1990-03-01","geslacht":"VROUW","gemeente":"GM0599"}}],
             "hulpvraag":"Ondersteuning bij de opvoeding"}
            """;

    @TempDir
    Path data;

    private NepPlatform platform;
    private RoutesProces proces;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        TestDatabase.postgres();
        TestDatabase.voerUit("schakel", "do $$ begin if to_regclass('routes.overdracht_intake') is not null"
                + " then delete from routes.overdracht_intake; delete from routes.intake_dode_brief; end if; end $$");
        platform = new NepPlatform();
        proces = RoutesProces.start(platform, data, Map.of("schakel.bezorging.aan", "false",
                "schakel.intake.poll-interval-ms", "100", "schakel.intake.read-lock-interval-ms", "100"));
    }

    @AfterEach
    void stop() {
        if (proces != null) {
            proces.close();
        }
        platform.close();
    }

    @Test
    void geldigBestandMaaktEenOverdrachtAanMetHetTokenEnLegtHetVast() throws IOException {
        lever("vt-1.json", envelop("VT-2026-0001", INHOUD));

        assertThat(platform.overdrachtPosts()).singleElement().satisfies(post -> {
            assertThat(post.authorization()).isEqualTo("Bearer token-1");
            assertThat(post.json()).isEqualTo(Jsoner.deserialize(INHOUD, new JsonObject()));
        });
        assertThat(platform.tokenVerzoeken()).hasSize(1);
        Map<String, String> rij = intake("VT-2026-0001");
        assertThat(rij).containsEntry("uitkomst", "AANGEMAAKT").containsEntry("kanaal", "BESTAND");
        assertThat(rij.get("locatie")).isEqualTo(platform.apiUrl() + "/overdrachten/" + rij.get("overdracht_id"));
        assertThat(bestanden("inbox")).isEmpty();
        assertThat(bestanden("verwerkt")).singleElement().asString().matches("vt-1-\\d{8}-\\d{6}-\\d{3}\\.json");
        assertThat(bestanden("fouten")).isEmpty();
        assertThat(TestDatabase.telRijen("select count(*) from routes.intake_dode_brief")).isZero();
    }

    @Test
    void dezelfdeBronIdTweeKeerViaBestandEnHttpGeeftEenPost() throws Exception {
        lever("eerste.json", envelop("VT-2026-0002", INHOUD));
        HttpResponse<String> nogEens = post(envelop("VT-2026-0002", INHOUD));
        lever("derde.json", envelop("VT-2026-0002", INHOUD));

        assertThat(platform.overdrachtPosts()).hasSize(1);
        String locatie = intake("VT-2026-0002").get("locatie");
        assertThat(nogEens.statusCode()).isEqualTo(200);
        JsonObject antwoord = Jsoner.deserialize(nogEens.body(), new JsonObject());
        assertThat(antwoord).containsEntry("uitkomst", "AANGEMAAKT").containsEntry("duplicaat", true)
                .containsEntry("locatie", locatie);
        assertThat(bestanden("verwerkt")).hasSize(2);

        // andersom: eerst HTTP (202), dan hetzelfde als bestand
        HttpResponse<String> nieuw = post(envelop("VT-2026-0003", INHOUD));
        assertThat(nieuw.statusCode()).isEqualTo(202);
        assertThat(Jsoner.deserialize(nieuw.body(), new JsonObject())).containsEntry("duplicaat", false)
                .containsEntry("locatie", intake("VT-2026-0003").get("locatie"));
        lever("later.json", envelop("VT-2026-0003", INHOUD));
        assertThat(platform.overdrachtPosts()).hasSize(2);
        assertThat(intake("VT-2026-0003")).containsEntry("kanaal", "HTTP");
    }

    @Test
    void ongeldigeJsonEnOntbrekendBronIdWordenDodeBrievenZonderPost() throws Exception {
        lever("kapot.json", "{\"bronId\": \"VT-1\", \"inhoud\": {");
        HttpResponse<String> zonderBron = post("{\"inhoud\": " + INHOUD + "}");
        HttpResponse<String> inhoudGeenObject = post("{\"bronId\": \"VT-2026-0004\", \"inhoud\": [1, 2]}");
        HttpResponse<String> foutBronId = post(envelop("VT 2026/0005", INHOUD));

        assertThat(platform.overdrachtPosts()).isEmpty();
        assertThat(bestanden("fouten")).singleElement().asString().matches("kapot-\\d{8}-\\d{6}-\\d{3}\\.json");
        assertThat(bestanden("inbox")).isEmpty();
        assertThat(zonderBron.statusCode()).isEqualTo(400);
        assertThat(Jsoner.deserialize(zonderBron.body(), new JsonObject()))
                .containsEntry("code", "VALIDATIE").containsEntry("reden", "bronId ontbreekt");
        assertThat(inhoudGeenObject.statusCode()).isEqualTo(400);
        assertThat(foutBronId.statusCode()).isEqualTo(400);
        assertThat(dodeBrieven()).containsExactly(
                "null|BESTAND|kapot.json|VALIDATIE|geen geldige JSON",
                "null|HTTP|http|VALIDATIE|bronId ontbreekt",
                "VT-2026-0004|HTTP|http|VALIDATIE|inhoud is geen JSON-object",
                "null|HTTP|http|VALIDATIE|bronId is ongeldig: 1 tot 100 tekens, letters, cijfers en . _ : -,"
                        + " beginnend met een letter of cijfer");
        // lokaal afgekeurd telt niet als verwerkt: een verbeterde envelop met dezelfde bronId gaat wel door
        assertThat(TestDatabase.telRijen("select count(*) from routes.overdracht_intake")).isZero();
        assertThat(post(envelop("VT-2026-0004", INHOUD)).statusCode()).isEqualTo(202);
        assertThat(platform.overdrachtPosts()).hasSize(1);
    }

    @Test
    void apiWijstInhoudAfMetOvd001DanDodeBriefMetHetDetail() throws Exception {
        platform.overdrachtAntwoorden(400);
        lever("onvolledig.json", envelop("VT-2026-0006", INHOUD));

        assertThat(platform.overdrachtPosts()).hasSize(1);
        assertThat(bestanden("fouten")).singleElement().asString().startsWith("onvolledig-");
        String reden = "De inhoud van de overdracht voldoet niet aan de regels (aanleiding.meldingDatum: ontbreekt)";
        assertThat(dodeBrieven()).containsExactly("VT-2026-0006|BESTAND|onvolledig.json|OVD-001|" + reden);
        assertThat(intake("VT-2026-0006")).containsEntry("uitkomst", "AFGEWEZEN").containsEntry("foutcode", "OVD-001")
                .containsEntry("reden", reden);

        // dezelfde bronId nog eens: het eerdere antwoord, geen tweede POST
        HttpResponse<String> nogEens = post(envelop("VT-2026-0006", INHOUD));
        assertThat(nogEens.statusCode()).isEqualTo(200);
        assertThat(Jsoner.deserialize(nogEens.body(), new JsonObject())).containsEntry("uitkomst", "AFGEWEZEN")
                .containsEntry("code", "OVD-001").containsEntry("duplicaat", true);
        assertThat(platform.overdrachtPosts()).hasSize(1);
    }

    @Test
    void beleidWeigertRolIntegratieMet403DanDodeBrief() throws Exception {
        platform.overdrachtAntwoorden(403);
        HttpResponse<String> antwoord = post(envelop("VT-2026-0007", INHOUD));

        assertThat(antwoord.statusCode()).isEqualTo(400);
        assertThat(Jsoner.deserialize(antwoord.body(), new JsonObject())).containsEntry("code", "TGN-002")
                .containsEntry("reden", "Alleen de rol procesregisseur mag overdrachten opstellen");
        assertThat(platform.overdrachtPosts()).hasSize(1);
        assertThat(dodeBrieven()).containsExactly(
                "VT-2026-0007|HTTP|http|TGN-002|Alleen de rol procesregisseur mag overdrachten opstellen");
        assertThat(TestDatabase.telRijen("select http_status from routes.intake_dode_brief")).isEqualTo(403);
    }

    @Test
    void apiEvenPlatDan201GeeftEenOverdracht() throws IOException {
        platform.overdrachtAntwoorden(503, 503);
        lever("storing.json", envelop("VT-2026-0008", INHOUD));

        assertThat(platform.overdrachtPosts()).hasSize(3);
        assertThat(intake("VT-2026-0008")).containsEntry("uitkomst", "AANGEMAAKT");
        assertThat(TestDatabase.telRijen("select count(*) from routes.overdracht_intake")).isEqualTo(1);
        assertThat(bestanden("verwerkt")).singleElement().asString().startsWith("storing-");
        assertThat(dodeBrieven()).isEmpty();
    }

    @Test
    void apiBlijftPlatDanBlijftHetBestandInDeInboxEnNietsVastgelegd() throws Exception {
        platform.overdrachtAntwoorden(503, 503, 503, 503, 503);
        NotifyBuilder klaar = new NotifyBuilder(proces.context()).fromRoute(OverdrachtIntakeRoute.ROUTE_ID)
                .whenFailed(1).create();
        schrijf("plat.json", envelop("VT-2026-0009", INHOUD));
        assertThat(klaar.matches(30, SECONDS)).isTrue();
        assertThat(TestDatabase.telRijen("select count(*) from routes.overdracht_intake")).isZero();

        // bij de volgende poll alsnog, één keer aangemaakt
        await().atMost(Duration.ofSeconds(30)).until(() -> bestanden("verwerkt").size() == 1);
        assertThat(bestanden("inbox")).isEmpty();
        assertThat(intake("VT-2026-0009")).containsEntry("uitkomst", "AANGEMAAKT");
        assertThat(platform.overdrachtPosts()).hasSize(6);
        assertThat(dodeBrieven()).isEmpty();
    }

    @Test
    void legeAanleveringGeeftEenLeesbareReden() throws Exception {
        HttpResponse<String> leeg = post("");
        assertThat(leeg.statusCode()).isEqualTo(400);
        assertThat(Jsoner.deserialize(leeg.body(), new JsonObject())).containsEntry("reden", "lege aanlevering");
    }

    // --- hulp ---

    private static String envelop(String bronId, String inhoud) {
        return "{\"bronId\": \"" + bronId + "\", \"inhoud\": " + inhoud + "}";
    }

    /** Schrijf elders, verplaats naar de inbox en wacht tot de route klaar is (ook na herhalingen). */
    private void lever(String naam, String inhoud) throws IOException {
        NotifyBuilder klaar = new NotifyBuilder(proces.context()).fromRoute(OverdrachtIntakeRoute.ROUTE_ID)
                .whenDone(1).create();
        schrijf(naam, inhoud);
        assertThat(klaar.matches(30, SECONDS)).as("intake van " + naam).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(data.resolve("overdrachten/inbox").resolve(naam)));
    }

    private void schrijf(String naam, String inhoud) throws IOException {
        Path tijdelijk = Files.createDirectories(data.resolve("klaarzetten")).resolve(naam);
        Files.writeString(tijdelijk, inhoud, StandardCharsets.UTF_8);
        Path inbox = Files.createDirectories(data.resolve("overdrachten/inbox"));
        Files.move(tijdelijk, inbox.resolve(naam), StandardCopyOption.ATOMIC_MOVE);
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(proces.gezondheidUrl("/intake/overdrachten")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private List<String> bestanden(String map) throws IOException {
        Path pad = data.resolve("overdrachten").resolve(map);
        if (!Files.isDirectory(pad)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(pad)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    private static Map<String, String> intake(String bronId) {
        return rijen("select bron_id, uitkomst, overdracht_id, locatie, foutcode, reden, kanaal"
                + " from routes.overdracht_intake where bron_id = '" + bronId + "'").stream().findFirst().orElseThrow();
    }

    private static List<String> dodeBrieven() {
        return rijen("select bron_id, kanaal, herkomst, foutcode, reden from routes.intake_dode_brief order by id").stream()
                .map(r -> String.join("|", String.valueOf(r.get("bron_id")), r.get("kanaal"), r.get("herkomst"),
                        r.get("foutcode"), r.get("reden")))
                .toList();
    }

    private static List<Map<String, String>> rijen(String sql) {
        try (Connection c = TestDatabase.postgres().getDatabase("postgres", "schakel").getConnection();
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<Map<String, String>> lijst = new ArrayList<>();
            while (rs.next()) {
                Map<String, String> rij = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    rij.put(rs.getMetaData().getColumnName(i), rs.getString(i));
                }
                lijst.add(rij);
            }
            return lijst;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
