package nl.schakel.meting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How many pool connections one request holds at once, per kind of request of the open model's mix: the platform's
 * app pool is cut to one connection (with a short wait) once the case is set up, and each kind is then asked for one
 * at a time. A kind that needs a second connection while it holds the first waits for itself and ends in a 500 after
 * the pool's wait; a kind that needs one answers as usual. Not a test: a diagnosis that prints what it found.
 */
public final class Verbindingsproef {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Verbindingsproef() {}

    public static void main(String[] args) throws Exception {
        Path root = Platform.projectRoot();
        Platform.vereisEar(root);
        int keer = Integer.getInteger("verbindingsproef.keer", 3);
        int wachtMs = Integer.getInteger("verbindingsproef.wacht-ms", 3000);
        int poortbasis = Integer.getInteger("verbindingsproef.poortbasis", 24000);
        Path home = Platform.home(root, "modules/meting/target/verbindingsproef-var");
        Tokens tokens = new Tokens(Duration.ofHours(2));
        Platform platform = Platform.voorbereid(root, home, poortbasis, 24432, 8, tokens);
        try {
            stap("PostgreSQL en Payara starten met de EAR");
            platform.start();
            String basis = platform.basis();
            String vt = tokens.voor("vt.procesregisseur", "VTRR", "procesregisseur");
            String wijkteam = tokens.voor("wt.feijenoord", "WT-RDAM-FEIJ", "wijkteammedewerker");
            String buitenstaander = tokens.voor("wt.charlois", "WT-RDAM-CHAR", "wijkteammedewerker");
            String id = Meting.overdrachtAanFeijenoord(basis, vt);
            List<String[]> concepten = new ArrayList<>();
            for (int i = 0; i < keer; i++) {
                HttpResponse<String> concept = Api.json(basis + "/api/v1/overdrachten", vt, null, Inhoud.OVERDRACHT);
                concepten.add(new String[] {Api.id(concept.body()), concept.headers().firstValue("ETag").orElseThrow()});
            }
            String beheer = "http://127.0.0.1:" + (poortbasis + 48) + "/management/domain/resources/jdbc-connection-pool/schakel-pool";
            // the steady size first: Payara refuses a maximum below it; then any attributes to try (name=value;…)
            List<String> instellingen = new ArrayList<>(List.of("steadyPoolSize=1", "poolResizeQuantity=1", "maxWaitTimeInMillis=" + wachtMs,
                    "maxPoolSize=1"));
            for (String extra : System.getProperty("verbindingsproef.pool", "").split(";")) {
                if (!extra.isBlank()) {
                    instellingen.add(extra.strip());
                }
            }
            for (String instelling : instellingen) {
                HttpResponse<String> antwoord = HTTP.send(HttpRequest.newBuilder(URI.create(beheer)).header("X-Requested-By", "meting").header("Accept", "application/json")
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(instelling))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (antwoord.statusCode() != 200) {
                    throw new IllegalStateException(instelling + " gaf " + antwoord.statusCode() + ": " + antwoord.body());
                }
            }
            stap("pool schakel-pool: " + String.join(", ", instellingen));
            Map<String, List<String>> uitslag = new LinkedHashMap<>();
            for (int i = 0; i < keer; i++) {
                noteer(uitslag, "lezen", get(basis + "/api/v1/overdrachten/" + id, wijkteam));
                noteer(uitslag, "inbox", get(basis + "/api/v1/overdrachten?paginaGrootte=20", wijkteam));
                noteer(uitslag, "mijn-werk", get(basis + "/api/v1/mijn-werk", wijkteam));
                noteer(uitslag, "schrijven", () -> Api.json(basis + "/api/v1/overdrachten", vt, null, Inhoud.OVERDRACHT));
                String[] concept = concepten.get(i);
                noteer(uitslag, "verzenden", () -> Api.json(basis + "/api/v1/overdrachten/" + concept[0] + "/verzending", vt,
                        concept[1], Inhoud.VERZENDING));
                noteer(uitslag, "export", get(basis + "/api/v1/overdrachten/" + id + "/export", wijkteam));
                // not shared with Charlois: refused, and the refusal's logboek row commits in a transaction of its own
                noteer(uitslag, "weigering", get(basis + "/api/v1/overdrachten/" + id, buitenstaander));
            }
            uitslag.forEach((soort, antwoorden) -> stap(String.format(Locale.ROOT, "%-10s %s", soort, String.join("  ", antwoorden))));
        } finally {
            platform.close();
        }
    }

    private static Verzoek get(String url, String token) {
        return () -> Api.get(url, Optional.of(token));
    }

    private static void noteer(Map<String, List<String>> uitslag, String soort, Verzoek verzoek) {
        long start = System.nanoTime();
        HttpResponse<String> antwoord = verzoek.stuur();
        long ms = (System.nanoTime() - start) / 1_000_000;
        uitslag.computeIfAbsent(soort, s -> new ArrayList<>()).add(antwoord.statusCode() + " in " + ms + " ms");
    }

    @FunctionalInterface
    private interface Verzoek {
        HttpResponse<String> stuur();
    }

    private static void stap(String tekst) {
        Platform.stap("verbindingsproef", tekst);
    }
}
