package nl.schakel.routes.organisaties;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import nl.schakel.routes.testsupport.NepPlatform;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import nl.schakel.routes.testsupport.NepPlatform.Verzoek;
import nl.schakel.routes.testsupport.RoutesProces;
import nl.schakel.routes.testsupport.TestDatabase;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * De route organisaties-import van begin tot eind: het echte proces (Camel Main), een echte
 * PostgreSQL (zonky) en een echte HTTP-server die tokenuitgever en organisaties-API speelt.
 */
class OrganisatiesImportRouteTest {

    private static final String KOP = "code;naam;type;gemeenten;bovenliggendeOrganisatie\n";

    @TempDir
    Path data;

    private NepPlatform platform;
    private RoutesProces proces;

    @BeforeEach
    void start() {
        TestDatabase.postgres();
        // elke test begint zonder verwerkte bestanden (de tabel bestaat na de eerste start)
        TestDatabase.voerUit("schakel", "do $$ begin if to_regclass('routes.verwerkt_bericht') is not null"
                + " then delete from routes.verwerkt_bericht; end if; end $$");
        platform = new NepPlatform();
        proces = RoutesProces.start(platform, data);
    }

    @AfterEach
    void stop() {
        if (proces != null) {
            proces.close();
        }
        platform.close();
    }

    @Test
    void geldigBestandMaaktAanEnWerktAlleenBijWatVerschilt() throws IOException {
        String vtrrId = platform.zaai("VTRR", "Veilig Thuis Rijnmond (oud)", "VEILIG_THUIS", List.of("GM0599"), null, 4);
        platform.zaai("FIL", "Filomena", "CENTRUM_HGKM", List.of("GM0599"), null, 2);

        verwerk("organisaties.csv", KOP
                + "CIT-JBRR;Crisis Interventie Team;CRISISINTERVENTIETEAM;GM0599;JBRR\n"
                + "JBRR;Jeugdbescherming Rotterdam Rijnmond;JEUGDBESCHERMING;GM0599,GM0606;\n"
                + "VTRR;Veilig Thuis Rotterdam Rijnmond;VEILIG_THUIS;GM0599,GM0606\n"
                + "FIL;Filomena;CENTRUM_HGKM;GM0599\n");

        List<Verzoek> posts = platform.schrijfVerzoeken().stream().filter(v -> v.methode().equals("POST")).toList();
        List<Verzoek> puts = platform.schrijfVerzoeken().stream().filter(v -> v.methode().equals("PUT")).toList();
        // de bovenliggende organisatie eerst, ook al staat ze later in het bestand; FIL is ongewijzigd
        assertThat(posts).extracting(v -> v.json().getString("code")).containsExactly("JBRR", "CIT-JBRR");
        assertThat(posts.get(1).json()).containsEntry("bovenliggendeOrganisatie", "JBRR");
        assertThat(posts.get(0).json()).containsEntry("type", "JEUGDBESCHERMING").containsEntry("bovenliggendeOrganisatie", null);
        assertThat(puts).singleElement().satisfies(put -> {
            assertThat(put.pad()).isEqualTo("/api/v1/organisaties/" + vtrrId);
            assertThat(put.ifMatch()).isEqualTo("\"4\"");
            assertThat(put.json()).containsEntry("naam", "Veilig Thuis Rotterdam Rijnmond");
            assertThat((List<Object>) put.json().getCollection("gemeenten")).containsExactly("GM0599", "GM0606");
        });
        assertThat(platform.apiVerzoeken()).allSatisfy(v -> assertThat(v.authorization()).isEqualTo("Bearer token-1"));
        assertThat(platform.tokenVerzoeken()).hasSize(1);
        assertThat(platform.organisatie("VTRR").get("versie")).isEqualTo(5);

        assertThat(bestanden("inbox")).isEmpty();
        assertThat(bestanden("verwerkt")).singleElement().asString().matches("organisaties-\\d{8}-\\d{6}-\\d{3}\\.csv");
        assertThat(bestanden("fouten")).isEmpty();
    }

    @Test
    void foutieveRegelsGaanNaarHetFoutenbestandEnGoedeRegelsWordenGeimporteerd() throws IOException {
        verwerk("register-2026.csv", KOP
                + "ARO;Arosa vrouwenopvang;OPVANG;GM0599,GM0606;\n"
                + "aro-klein;Kleine letters;OPVANG;GM0599;\n"
                + "LEEG;;OPVANG;GM0599;\n"
                + "ONB;Onbekend type;HUISARTS;GM0599;\n"
                + "GEM;Foute gemeente;WIJKTEAM;0599,GM12;\n"
                + "ARO;Arosa nog eens;OPVANG;GM0599;\n"
                + "KIND;Onderdeel van onbekende;OVERIGE_PARTNER;GM0599;NIETBESTAAND\n"
                + "SHV;Slachtofferhulp Nederland;OVERIGE_PARTNER;GM0599\n");

        assertThat(platform.schrijfVerzoeken()).filteredOn(v -> v.methode().equals("POST"))
                .extracting(v -> v.json().getString("code")).containsExactlyInAnyOrder("ARO", "SHV", "KIND");
        assertThat(platform.organisatie("ARO")).isNotNull();
        assertThat(platform.organisatie("SHV")).isNotNull();
        assertThat(platform.organisatie("KIND")).isNull();

        Path fouten = data.resolve("organisaties/fouten").resolve(bestanden("fouten").get(0));
        assertThat(fouten.getFileName().toString()).matches("register-2026-\\d{8}-\\d{6}-\\d{3}\\.fouten\\.csv");
        assertThat(bestanden("verwerkt")).singleElement().asString()
                .isEqualTo(fouten.getFileName().toString().replace(".fouten.csv", ".csv"));
        assertThat(Files.readAllLines(fouten, StandardCharsets.UTF_8).get(0)).isEqualTo("regel;code;foutcode;reden");
        List<CSVRecord> regels = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(fouten, StandardCharsets.UTF_8)).getRecords();
        assertThat(regels).extracting(r -> r.get("regel"), r -> r.get("code"), r -> r.get("foutcode")).containsExactly(
                tuple("3", "aro-klein", "VALIDATIE"),
                tuple("4", "LEEG", "VALIDATIE"),
                tuple("5", "ONB", "VALIDATIE"),
                tuple("6", "GEM", "VALIDATIE"),
                tuple("7", "ARO", "VALIDATIE"),
                tuple("8", "KIND", "ORG-001"));
        assertThat(regels).extracting(r -> r.get("reden")).containsExactly(
                "code 'aro-klein' is ongeldig: alleen hoofdletters, cijfers en '-', 2 tot 32 tekens",
                "naam ontbreekt",
                "onbekend organisatietype 'HUISARTS'",
                "ongeldige gemeentecode '0599': verwacht GM en vier cijfers, zoals GM0599;"
                        + " ongeldige gemeentecode 'GM12': verwacht GM en vier cijfers, zoals GM0599",
                "code ARO staat al op regel 2",
                "Bovenliggende organisatie NIETBESTAAND bestaat niet (bovenliggendeOrganisatie: onbekend)");
    }

    @Test
    void hetzelfdeBestandNogEensVeroorzaaktGeenEnkelApiVerzoek() throws IOException {
        String inhoud = KOP + "ZVHRR;Zorg- en Veiligheidshuis Rotterdam-Rijnmond;ZORG_EN_VEILIGHEIDSHUIS;GM0599;\n";
        verwerk("zvh.csv", inhoud);
        assertThat(platform.schrijfVerzoeken()).hasSize(1);
        platform.vergeetVerzoeken();

        verwerk("zvh-nogmaals.csv", inhoud);

        assertThat(platform.verzoeken()).isEmpty();
        assertThat(bestanden("inbox")).isEmpty();
        assertThat(bestanden("verwerkt")).hasSize(2).anyMatch(n -> n.startsWith("zvh-nogmaals-"));
    }

    @Test
    void ongewijzigdeGegevensInEenNieuwBestandSchrijvenNiets() throws IOException {
        verwerk("week-1.csv", KOP
                + "POL-RR;Politie eenheid Rotterdam;POLITIE;GM0599,GM0606;\n"
                + "RN-RDAM;Reclassering Nederland, regio Rotterdam;RECLASSERING;GM0599;\n");
        assertThat(platform.schrijfVerzoeken()).hasSize(2);
        platform.vergeetVerzoeken();

        // andere volgorde, spaties en gemeenten omgedraaid: andere bytes, zelfde gegevens
        verwerk("week-2.csv", KOP
                + "RN-RDAM ; Reclassering Nederland, regio Rotterdam ; RECLASSERING ; GM0599 ;\n"
                + "POL-RR;Politie eenheid Rotterdam;POLITIE;GM0606, GM0599;\n");

        assertThat(platform.apiVerzoeken()).extracting(Verzoek::methode).containsOnly("GET").hasSize(2);
        assertThat(bestanden("fouten")).isEmpty();
    }

    @Test
    void eenTijdelijkOnbereikbareApiWordtOpnieuwGeprobeerd() throws IOException {
        platform.storing(3);

        verwerk("opvang.csv", KOP + "FIER;Fier;OPVANG;GM0599;\n");

        assertThat(platform.apiVerzoeken()).extracting(Verzoek::methode)
                .containsExactly("GET", "GET", "GET", "GET", "POST");
        assertThat(platform.organisatie("FIER")).isNotNull();
        assertThat(bestanden("verwerkt")).hasSize(1);
    }

    @Test
    void blijftDeApiOnbereikbaarDanBlijftHetBestandInDeInboxTotHetLukt() throws IOException {
        platform.plat(true);
        NotifyBuilder mislukt = new NotifyBuilder(proces.context()).fromRoute("organisaties-import").whenFailed(1).create();
        leg("arosa.csv", KOP + "ARO;Arosa;OPVANG;GM0599;\n");

        assertThat(mislukt.matches(20, SECONDS)).isTrue();
        assertThat(bestanden("inbox")).containsExactly("arosa.csv");
        assertThat(TestDatabase.telRijen("select count(*) from routes.verwerkt_bericht")).isZero();
        // 1 poging + 4 herhalingen per uitwisseling
        assertThat(platform.apiVerzoeken().size()).isGreaterThanOrEqualTo(5);

        platform.plat(false);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(bestanden("verwerkt")).hasSize(1));
        assertThat(bestanden("inbox")).isEmpty();
        assertThat(platform.organisatie("ARO")).isNotNull();
        assertThat(TestDatabase.telRijen("select count(*) from routes.verwerkt_bericht")).isOne();
    }

    @Test
    void deIdempotentieOverleeftEenHerstartVanHetProces() throws IOException {
        String inhoud = KOP + "SHV;Slachtofferhulp Nederland;OVERIGE_PARTNER;GM0599;\n";
        verwerk("shv.csv", inhoud);
        assertThat(platform.schrijfVerzoeken()).hasSize(1);

        proces.close();
        proces = RoutesProces.start(platform, data);
        platform.vergeetVerzoeken();

        verwerk("shv.csv", inhoud);

        assertThat(platform.verzoeken()).isEmpty();
        assertThat(bestanden("verwerkt")).hasSize(2);
        assertThat(TestDatabase.telRijen("select count(*) from routes.verwerkt_bericht"
                + " where processor = 'organisaties-import'")).isOne();
    }

    @Test
    void eenGeweigerdTokenWordtEenKeerVernieuwd() throws IOException {
        verwerk("a.csv", KOP + "OM-RDAM;Openbaar Ministerie, arrondissementsparket Rotterdam;OPENBAAR_MINISTERIE;GM0599;\n");
        platform.trekTokensIn();

        verwerk("b.csv", KOP + "RVDK-RR;Raad voor de Kinderbescherming;RAAD_VOOR_DE_KINDERBESCHERMING;GM0599;\n");

        assertThat(platform.tokenVerzoeken()).hasSize(2);
        assertThat(platform.organisatie("RVDK-RR")).isNotNull();
        assertThat(platform.schrijfVerzoeken()).last().extracting(Verzoek::authorization).isEqualTo("Bearer token-2");
    }

    @Test
    void gezondheidMeldtKlaarAlsDeRoutesDraaien() {
        HttpClient http = HttpClient.newHttpClient();
        // de bestandsconsumer telt mee: klaar na zijn eerste poll (initialDelay 1 s), zoals de launcher het ziet
        for (String pad : List.of("/observe/health/ready", "/observe/health/live", "/observe/health")) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                HttpResponse<String> antwoord = http.send(
                        HttpRequest.newBuilder(URI.create(proces.gezondheidUrl(pad))).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(antwoord.statusCode()).as(pad + " " + antwoord.body()).isEqualTo(200);
                assertThat(antwoord.body()).as(pad).contains("\"status\":\"UP\"");
            });
        }
        assertThat(proces.context().getRouteController().getRouteStatus("organisaties-import").isStarted()).isTrue();
    }

    // --- hulp ---

    /** Legt een bestand in de inbox en wacht tot de route het af heeft en het in verwerkt/ staat. */
    private void verwerk(String naam, String inhoud) throws IOException {
        int verwerkt = bestanden("verwerkt").size();
        NotifyBuilder klaar = new NotifyBuilder(proces.context()).fromRoute("organisaties-import").whenDone(1).create();
        leg(naam, inhoud);
        assertThat(klaar.matches(20, SECONDS)).as("route klaar met " + naam).isTrue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(bestanden("verwerkt")).hasSize(verwerkt + 1));
    }

    /** Schrijft naast de inbox en verplaatst atomair, zoals een aanleverende partij hoort te doen. */
    private void leg(String naam, String inhoud) throws IOException {
        Path inbox = Files.createDirectories(data.resolve("organisaties/inbox"));
        Path tijdelijk = Files.writeString(data.resolve(naam + ".tmp"), inhoud, StandardCharsets.UTF_8);
        Files.move(tijdelijk, inbox.resolve(naam), StandardCopyOption.ATOMIC_MOVE);
    }

    private List<String> bestanden(String map) throws IOException {
        Path pad = data.resolve("organisaties").resolve(map);
        if (!Files.isDirectory(pad)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(pad)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".") && !n.endsWith(".camelLock")).sorted().toList();
        }
    }
}
