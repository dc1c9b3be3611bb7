package nl.schakel.platform.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.net.ssl.SSLSession;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformOmgeving;
import nl.schakel.platform.TestTokens;
import nl.schakel.platform.matrix.Matrixdeclaratie.Relatie;
import nl.schakel.platform.matrix.Matrixdeclaratie.Verzoek;
import nl.schakel.platform.matrix.Verwachting.Uitkomst;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a flow's cells on the deployed platform: each cell one HTTP request with a fresh correlation id, then its
 * status, its problem code, its field groups or file, and the logboek rows that request wrote. The rows are read over
 * one connection for the whole run and tokens are reused per caller and role: a cell is one request and one query.
 */
final class Matrixuitvoering implements AutoCloseable {

    /** Runs every cell of every flow on the platform, also of a flow that asks for a sample. */
    static final String VOLLEDIG = "schakel.matrix.volledig";

    /** A test token lives five minutes; signed again after one, so a slow run never sends an expired one. */
    private static final Duration TOKEN_HERGEBRUIK = Duration.ofMinutes(1);

    /** How long a cell waits for a live stream's first event. */
    private static final Duration STROOM_WACHTTIJD = Duration.ofSeconds(30);

    /** For live streams only, whose answers the cell reads line by line (the other cells go through {@link Api}). */
    private static final HttpClient STROOM = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Matrixdeclaratie declaratie;
    private final Map<String, UUID> bronnen;
    private final Map<String, Getekend> tokens = new HashMap<>();
    private Connection database;
    private PreparedStatement logboekvraag;

    private Matrixuitvoering(Matrixdeclaratie declaratie, Map<String, UUID> bronnen) {
        this.declaratie = declaratie;
        this.bronnen = bronnen;
    }

    /**
     * The flow's cells as tests: first the declaration is checked against the policy, then its resources are set up
     * on the platform, then the summary is printed (with the sample's size, for a flow that asks for one). The connection closes with the stream (JUnit closes it).
     */
    static Stream<DynamicTest> tests(Toegangsbeleid beleid, Matrixdeclaratie declaratie) throws Exception {
        Matrixgenerator generator = new Matrixgenerator(beleid);
        generator.controleerVolledigheid(declaratie);
        List<Relatie> relaties = declaratie.relaties(beleid);
        List<Cel> cellen = generator.cellen(declaratie, relaties);
        Matrixuitvoering uitvoering = new Matrixuitvoering(declaratie, declaratie.richtIn(beleid));
        String samenvatting = Matrixgenerator.samenvatting(declaratie, relaties, cellen);
        if (declaratie.steekproefOpHetPlatform() && !Boolean.getBoolean(VOLLEDIG)) {
            cellen = generator.steekproef(cellen);
            samenvatting += "; op het platform een steekproef van " + cellen.size() + " cellen (alle: -D" + VOLLEDIG + "=true)";
        }
        System.out.println(samenvatting);
        return cellen.stream().map(cel -> DynamicTest.dynamicTest(cel.naam(), () -> uitvoering.voerUit(cel)))
                .onClose(uitvoering::close);
    }

    void voerUit(Cel cel) throws SQLException {
        if (cel.isZoeken()) {
            zoekcel(cel);
        } else {
            cel(cel, cel.verzoek().orElseThrow());
        }
    }

    private void cel(Cel cel, Verzoek verzoek) throws SQLException {
        Relatie relatie = cel.relatie();
        String bron = bron(relatie, cel.bron()).toString();
        String brontype = declaratie.brontype(cel.bron());
        String correlatie = UUID.randomUUID().toString();
        HttpRequest.Builder http = Api.verzoek(declaratie.pad(verzoek, cel.bron(), bronnen), token(relatie, cel.rol()))
                .header("X-Correlation-ID", correlatie);
        if (verzoek.body() != null) {
            http.header("Content-Type", "application/json");
        }
        if (verzoek.ifMatch() != null) {
            http.header("If-Match", verzoek.ifMatch());
        }
        http.method(verzoek.methode(), verzoek.body() == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(verzoek.body()));
        HttpResponse<String> antwoord = verzoek.stroom() ? stroom(http) : Api.stuur(http);

        List<String[]> logboek = logboek(correlatie);
        Verwachting verwacht = cel.verwachting();
        String[] weigering = {"GEWEIGERD", verzoek.handeling(), bron, brontype};
        if (verwacht.uitkomst() == Uitkomst.NIET_GEVONDEN) {
            // 404 with the flow's code, or what the flow tells a caller without grant instead (zonderToegang)
            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(verwacht.status());
            assertThat(Api.lees(antwoord).getString("code")).isEqualTo(verwacht.code().orElse(declaratie.nietGevondenCode()));
            assertThat(logboek).as("de weigering staat in het logboek").singleElement()
                    .satisfies(r -> assertThat(r).containsExactly(weigering));
        } else if (verwacht.uitkomst() == Uitkomst.VERBODEN) {
            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(403);
            JsonObject probleem = Api.lees(antwoord);
            assertThat(probleem.getString("code")).isEqualTo("TGN-002");
            assertThat(probleem.getString("detail")).contains(verzoek.handeling());
            assertThat(logboek).as("de weigering staat in het logboek").singleElement()
                    .satisfies(r -> assertThat(r).containsExactly(weigering));
        } else if (verwacht.uitkomst() == Uitkomst.NA_DE_POORT_GEWEIGERD) {
            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(verwacht.status());
            assertThat(Api.lees(antwoord).getString("code")).isEqualTo(verwacht.code().orElseThrow());
            assertThat(logboek).as("de weigering na de poort staat in het logboek").singleElement()
                    .satisfies(r -> assertThat(r).containsExactly(weigering));
        } else {
            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(verwacht.status());
            if (verwacht.status() == 200) {
                assertThat(logboek).as("de inzage staat in het logboek").isNotEmpty()
                        .allSatisfy(r -> assertThat(r).containsExactly("TOEGESTAAN", verzoek.handeling(), bron, brontype));
            } else {
                assertThat(logboek).as("door de poort, maar niets gedaan: geen weigering").noneMatch(r -> r[0].equals("GEWEIGERD"));
                verwacht.code().ifPresent(code -> assertThat(Api.lees(antwoord).getString("code")).isEqualTo(code));
            }
            if (verzoek.handeling().equals(declaratie.veldgroepen().handeling())) {
                declaratie.controleerInhoud(Api.lees(antwoord), relatie, verwacht.categorieen());
            }
            if (verzoek.stroom()) {
                assertThat(antwoord.headers().firstValue("Content-Type")).as("een stroom van server-sent events")
                        .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
                assertThat(antwoord.body()).as("de stroom begint met waar het dossier staat").startsWith("event: stand");
            }
            if (verzoek.pdf()) {
                assertThat(antwoord.headers().firstValue("Content-Type")).as("een PDF")
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
                assertThat(antwoord.body()).startsWith("%PDF-");
            }
        }
    }

    /**
     * A live stream's answer: a refusal read whole; an open stream read up to its first event (at most
     * {@link #STROOM_WACHTTIJD}), then closed by the cell, so that no cell waits for a stream that stays open.
     */
    private static HttpResponse<String> stroom(HttpRequest.Builder http) {
        HttpResponse<Stream<String>> antwoord;
        try {
            antwoord = STROOM.send(http.header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        try (Stream<String> regels = antwoord.body()) {
            if (antwoord.statusCode() != 200) {
                return new Gelezen(antwoord, regels.collect(Collectors.joining("\n")));
            }
            return new Gelezen(antwoord, CompletableFuture.supplyAsync(() -> eersteGebeurtenis(regels))
                    .get(STROOM_WACHTTIJD.toSeconds(), TimeUnit.SECONDS));
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("de stroom gaf binnen " + STROOM_WACHTTIJD.toSeconds() + " s geen eerste gebeurtenis", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The lines up to and including the blank line that ends the first event (comment lines before it included). */
    private static String eersteGebeurtenis(Stream<String> regels) {
        StringBuilder gelezen = new StringBuilder();
        boolean inGebeurtenis = false;
        for (Iterator<String> it = regels.iterator(); it.hasNext();) {
            String regel = it.next();
            gelezen.append(regel).append('\n');
            if (regel.startsWith("event:")) {
                inGebeurtenis = true;
            } else if (regel.isEmpty() && inGebeurtenis) {
                break;
            }
        }
        return gelezen.toString();
    }

    /** A response whose body the cell read itself (a live stream's first event). */
    private record Gelezen(HttpResponse<?> antwoord, String body) implements HttpResponse<String> {

        @Override
        public int statusCode() {
            return antwoord.statusCode();
        }

        @Override
        public HttpRequest request() {
            return antwoord.request();
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return antwoord.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return antwoord.sslSession();
        }

        @Override
        public URI uri() {
            return antwoord.uri();
        }

        @Override
        public HttpClient.Version version() {
            return antwoord.version();
        }
    }

    /**
     * A list, every page of it under one correlation id: the relation's resource is in it or not, and each listed
     * resource has its logboek row, and only those.
     */
    private void zoekcel(Cel cel) throws SQLException {
        Relatie relatie = cel.relatie();
        Matrixdeclaratie.Zoekverzoek zoeken = declaratie.zoekverzoeken().stream()
                .filter(z -> z.handeling().equals(cel.handeling())).findFirst().orElseThrow();
        String correlatie = UUID.randomUUID().toString();
        List<String> ids = new ArrayList<>();
        String pad = zoeken.pad();
        while (pad != null) {
            HttpResponse<String> antwoord = Api.stuur(Api.verzoek(pad, token(relatie, cel.rol()))
                    .header("X-Correlation-ID", correlatie).GET());
            if (cel.verwachting().uitkomst() == Uitkomst.VERBODEN) {
                assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(403);
                assertThat(logboek(correlatie)).singleElement()
                        .satisfies(r -> assertThat(r).containsExactly("GEWEIGERD", cel.handeling(), null, null));
                return;
            }
            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
            JsonObject lijst = Api.lees(antwoord);
            lijst.getJsonObject("_embedded").getJsonArray(zoeken.lijst()).stream()
                    .map(o -> ((JsonObject) o).getString(zoeken.idVeld())).forEach(ids::add);
            JsonObject links = lijst.getJsonObject("_links");
            pad = links.containsKey("next") ? volgende(links.getJsonObject("next").getString("href")) : null;
        }
        String bron = bron(relatie, cel.bron()).toString();
        if (cel.verwachting().zichtbaar()) {
            assertThat(ids).contains(bron);
        } else {
            assertThat(ids).doesNotContain(bron);
        }
        // a list logs each resource it disclosed, and only those
        List<String[]> logboek = logboek(correlatie);
        assertThat(logboek).allSatisfy(r -> assertThat(r[0]).isEqualTo("TOEGESTAAN"));
        assertThat(logboek.stream().map(r -> r[2]).toList()).containsExactlyInAnyOrderElementsOf(ids);
    }

    /** The next page's path and query, from the absolute link the API gives. */
    private static String volgende(String href) {
        java.net.URI uri = java.net.URI.create(href);
        return uri.getRawPath().substring(uri.getRawPath().indexOf("/api/")) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /**
     * The caller's token, signed per caller and role (and again each minute) rather than per cell: the same claims,
     * and for flow 1 some 300 RSA signatures instead of 2240.
     */
    private String token(Relatie relatie, Rol rol) {
        String sleutel = relatie.gebruiker() + "|" + relatie.organisatie() + "|" + rol.claim();
        Getekend getekend = tokens.get(sleutel);
        if (getekend == null || getekend.op().isBefore(Instant.now().minus(TOKEN_HERGEBRUIK))) {
            getekend = new Getekend(TestTokens.voor(relatie.gebruiker(), relatie.organisatie(), rol.claim()), Instant.now());
            tokens.put(sleutel, getekend);
        }
        return getekend.token();
    }

    private record Getekend(String token, Instant op) {}

    private UUID bron(Relatie relatie, String sleutel) {
        UUID id = bronnen.get(sleutel);
        if (id == null) {
            throw new IllegalStateException("relatie '" + relatie.naam() + "' kijkt naar bron '" + sleutel
                    + "', die de inrichting van " + declaratie.stroom() + " niet maakte: " + bronnen.keySet());
        }
        return id;
    }

    /** The logboek rows one request wrote, found by its correlation id: outcome, action, resource id, resource type. */
    private List<String[]> logboek(String correlatie) throws SQLException {
        if (database == null) {
            database = PlatformOmgeving.database();
            logboekvraag = database.prepareStatement(
                    "select uitkomst, handeling, bron_id, bron_type from logboek.regel where correlatie_id = ? order by invoegnummer");
        }
        logboekvraag.setString(1, correlatie);
        List<String[]> regels = new ArrayList<>();
        try (ResultSet r = logboekvraag.executeQuery()) {
            while (r.next()) {
                regels.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)});
            }
        }
        return regels;
    }

    @Override
    public void close() {
        if (database != null) {
            try {
                database.close();
            } catch (SQLException e) {
                // the run is over; the platform's database stops with the test environment
            }
        }
    }
}
