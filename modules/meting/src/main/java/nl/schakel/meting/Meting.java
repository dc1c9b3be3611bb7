package nl.schakel.meting;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.schakel.launcher.Launcher;

/**
 * The benchmark B0..B4 against the running platform (see {@code modules/meting/README.md} and
 * {@code docs/metingen.md}). Starts PostgreSQL and Payara with the real EAR through the launcher (no Keycloak, no
 * routes, MP-JWT on a key made for this run, the benchmark endpoints switched on), prepares one overdracht sent to
 * WT-RDAM-FEIJ, warms the JIT up under load, then measures each layer with wrk and prints one table with the
 * ratios against the targets. Stops everything it started, whatever happens.
 *
 * <p>System properties (all optional): {@code meting.opwarmen} (seconds of warm-up in total, spread over the five
 * endpoints; default 180), {@code meting.rondes} (interleaved rounds over B0..B4; 3), {@code meting.duur} (seconds
 * per layer per round; 10), {@code meting.threads} (wrk threads;
 * 2), {@code meting.verbindingen} (wrk connections; 16), {@code meting.http-threads} (Payara's http-thread-pool
 * max; 16), {@code meting.poortbasis} (Payara portbase; 24000, http = +80), {@code meting.postgres-poort} (24432),
 * {@code meting.home} ({@code modules/meting/target/meting-var}).
 */
public final class Meting {

    static final double DOEL_B1_B0 = 0.85;
    static final double DOEL_B3_B2 = 0.75;
    static final double DOEL_B4_B2 = 0.40;
    static final double DOEL_B4_PER_SECONDE = 1000;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Meting() {}

    public static void main(String[] args) throws Exception {
        Path wrk = Wrk.gevonden().orElse(null);
        if (wrk == null) {
            System.err.println("wrk is niet geïnstalleerd. Installeer het met: apt-get install -y wrk");
            System.exit(2);
            return;
        }
        Path root = projectRoot();
        Path ear = root.resolve("platform-ear/target/schakel.ear");
        if (!Files.isRegularFile(ear)) {
            System.err.println("De EAR ontbreekt (" + ear + "). Bouw eerst: ./mvnw -q -pl modules/meting -am install -DskipTests");
            System.exit(2);
            return;
        }
        int opwarmen = Integer.getInteger("meting.opwarmen", 180);
        int duur = Integer.getInteger("meting.duur", 10);
        int rondes = Math.max(1, Integer.getInteger("meting.rondes", 3));
        int threads = Integer.getInteger("meting.threads", 2);
        int verbindingen = Integer.getInteger("meting.verbindingen", 16);
        int httpThreads = Integer.getInteger("meting.http-threads", 16);
        int poortbasis = Integer.getInteger("meting.poortbasis", 24000);
        int postgresPoort = Integer.getInteger("meting.postgres-poort", 24432);
        Path home = root.resolve(System.getProperty("meting.home", "modules/meting/target/meting-var")).toAbsolutePath().normalize();
        if (!home.startsWith(root.resolve("modules/meting/target"))) {
            System.err.println("meting.home moet onder modules/meting/target liggen (het wordt bij elke run gewist): " + home);
            System.exit(2);
            return;
        }

        // the tokens must outlive the whole run: start, warm-up, five measurements, with margin
        Tokens tokens = new Tokens(Duration.ofSeconds(3600L + opwarmen + 5L * duur * rondes));
        Path jwks = home.resolve("meting-jwks.json");
        Path eigenEar = home.resolve("schakel.ear");

        Map<String, String> instellingen = new LinkedHashMap<>();
        instellingen.put("home", home.toString());
        instellingen.put("postgres.port", String.valueOf(postgresPoort));
        instellingen.put("payara.portbase", String.valueOf(poortbasis));
        instellingen.put("payara.http-threads", String.valueOf(httpThreads));
        instellingen.put("payara.deploy", "true");
        instellingen.put("payara.ear", eigenEar.toString());
        instellingen.put("keycloak.enabled", "false");
        instellingen.put("keycloak.port", String.valueOf(poortbasis + 180));
        instellingen.put("keycloak.management-port", String.valueOf(poortbasis + 181));
        instellingen.put("routes.enabled", "false");
        instellingen.put("routes.health-port", String.valueOf(poortbasis + 190));
        // geen demopartner (er wordt niets bezorgd), en ook zijn poorten volgen de poortbasis
        instellingen.put("demo-partner.enabled", "false");
        instellingen.put("demo-partner.http-port", String.valueOf(poortbasis + 191));
        instellingen.put("demo-partner.smtp-port", String.valueOf(poortbasis + 192));
        instellingen.put("mpjwt.publickey-location", jwks.toUri().toString());
        instellingen.put("mpjwt.issuer", Tokens.UITGEVER);
        instellingen.put("meting.ingeschakeld", "true");
        String basis = "http://127.0.0.1:" + (poortbasis + 80);

        // Every run starts from an empty home: a new domain and database, so runs compare (same logboek size, a
        // cold JIT), and no restart of a domain that already has the EAR deployed (the launcher's redeploy can race
        // Payara's own loading of the app at start-up). The EAR is copied in, so a build running meanwhile in the
        // same tree cannot change what is deployed.
        Launcher.voor(root, instellingen).stop(); // a run that was killed may have left its servers behind
        wis(home);
        Files.createDirectories(home);
        Files.copy(ear, eigenEar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(jwks, tokens.publiekeSleutelset());
        Launcher launcher = Launcher.voor(root, instellingen);

        Instant begin = Instant.now();
        try {
            stap("PostgreSQL en Payara starten met de EAR (home " + home + ")");
            launcher.start();
            stap("klaar in " + Duration.between(begin, Instant.now()).toSeconds() + " s");

            String vt = tokens.voor("vt.procesregisseur", "VTRR", "procesregisseur");
            String feijenoord = tokens.voor("wt.feijenoord", "WT-RDAM-FEIJ", "wijkteammedewerker");
            String id = overdrachtAanFeijenoord(basis, vt);
            stap("overdracht " + id + " opgesteld en verzonden aan WT-RDAM-FEIJ");

            List<Laag> lagen = List.of(
                    new Laag("B0", "statisch JSON, geen token", basis + "/api/v1/meting/statisch", Optional.empty()),
                    new Laag("B1", "+ tokenvalidatie", basis + "/api/v1/meting/token", Optional.of(feijenoord)),
                    new Laag("B2", "+ lezen overdracht (1 transactie)", basis + "/api/v1/meting/overdracht/" + id, Optional.of(feijenoord)),
                    new Laag("B3", "+ toegangsbeslissing", basis + "/api/v1/meting/beslissing/" + id, Optional.of(feijenoord)),
                    new Laag("B4", "echte GET /overdrachten/{id} (+ filter, logboekregel)", basis + "/api/v1/overdrachten/" + id, Optional.of(feijenoord)));
            for (Laag laag : lagen) {
                HttpResponse<String> antwoord = get(laag.url(), laag.token());
                if (antwoord.statusCode() != 200) {
                    throw new IllegalStateException(laag.naam() + " " + laag.url() + " gaf " + antwoord.statusCode() + ": " + antwoord.body());
                }
            }
            // without a token B1 must be refused: the layer really validates a token
            HttpResponse<String> zonder = get(lagen.get(1).url(), Optional.empty());
            if (zonder.statusCode() != 401) {
                throw new IllegalStateException("B1 zonder token gaf " + zonder.statusCode() + " in plaats van 401");
            }
            stap("alle vijf eindpunten antwoorden 200 (B1 zonder token: 401)");

            Wrk last = new Wrk(home, threads, verbindingen);
            if (opwarmen > 0) {
                int perLaag = Math.max(1, opwarmen / lagen.size());
                stap("opwarmen: " + perLaag + " s per eindpunt onder last (" + opwarmen + " s in totaal)");
                for (Laag laag : lagen) {
                    last.meet("opwarmen-" + laag.naam(), laag.url(), laag.token(), Duration.ofSeconds(perLaag));
                }
            }
            // interleaved rounds: a change in the other load on the shared cores hits every layer alike
            Cpu cpu = new Cpu(home.resolve("run"));
            Map<String, Uitkomst> uitkomsten = new LinkedHashMap<>();
            lagen.forEach(laag -> uitkomsten.put(laag.naam(), new Uitkomst()));
            for (int ronde = 1; ronde <= rondes; ronde++) {
                for (Laag laag : lagen) {
                    stap("ronde " + ronde + "/" + rondes + ", " + laag.naam() + ": wrk -t" + threads + " -c" + verbindingen + " -d" + duur
                            + "s --latency " + pad(laag.url()));
                    Cpu.Stand voor = cpu.stand();
                    long t0 = System.nanoTime();
                    Wrk.Uitslag uitslag = last.meet(laag.naam() + "-ronde" + ronde, laag.url(), laag.token(), Duration.ofSeconds(duur));
                    Cpu.Verbruik verbruik = Cpu.verschil(voor, cpu.stand(), (System.nanoTime() - t0) / 1e9);
                    uitkomsten.get(laag.naam()).voegToe(uitslag, verbruik);
                    stap(String.format(Locale.ROOT, "  %.0f verzoeken/s, p50 %.2f ms, p99 %.2f ms; CPU Payara %.2f s, PostgreSQL %.2f s, "
                            + "machine %.2f s; load %.1f", uitslag.perSeconde(), uitslag.p50(), uitslag.p99(), verbruik.payara(),
                            verbruik.postgres(), verbruik.machine(), verbruik.loadavg()));
                }
            }
            String rapport = rapport(lagen, uitkomsten, threads, verbindingen, duur, rondes, opwarmen, httpThreads);
            System.out.println();
            System.out.println(rapport);
            Path bestand = home.getParent().resolve("meting-uitslag.md");
            Files.writeString(bestand, rapport, StandardCharsets.UTF_8);
            stap("uitslag ook in " + bestand + "; de volledige wrk-uitvoer in " + home + "/wrk-*.txt");
        } finally {
            stap("stoppen");
            launcher.stop();
            stap("gestopt; de hele run duurde " + Duration.between(begin, Instant.now()).toSeconds() + " s");
        }
    }

    record Laag(String naam, String omschrijving, String url, Optional<String> token) {}

    /** A layer's rounds together. */
    static final class Uitkomst {
        final List<Wrk.Uitslag> rondes = new ArrayList<>();
        double seconden, payara, postgres, machine, loadMax;

        void voegToe(Wrk.Uitslag uitslag, Cpu.Verbruik verbruik) {
            rondes.add(uitslag);
            seconden += verbruik.seconden();
            payara += verbruik.payara();
            postgres += verbruik.postgres();
            machine += verbruik.machine();
            loadMax = Math.max(loadMax, verbruik.loadavg());
        }

        long verzoeken() {
            return rondes.stream().mapToLong(Wrk.Uitslag::verzoeken).sum();
        }

        /** All requests of all rounds over their whole time. */
        double perSeconde() {
            return verzoeken() / rondes.stream().mapToDouble(Wrk.Uitslag::seconden).sum();
        }

        double p50() {
            return mediaan(rondes.stream().mapToDouble(Wrk.Uitslag::p50).sorted().toArray());
        }

        double p99() {
            return mediaan(rondes.stream().mapToDouble(Wrk.Uitslag::p99).sorted().toArray());
        }

        long niet2xx() {
            return rondes.stream().mapToLong(Wrk.Uitslag::niet2xx).sum();
        }

        /** CPU milliseconds Payara and PostgreSQL spent per request. */
        double cpuPerVerzoek() {
            return (payara + postgres) * 1000 / verzoeken();
        }

        double machineProcent() {
            return machine * 100 / (seconden * Runtime.getRuntime().availableProcessors());
        }

        double overigProcent() {
            return Math.max(0, machine - payara - postgres) * 100 / (seconden * Runtime.getRuntime().availableProcessors());
        }

        private static double mediaan(double[] waarden) {
            int n = waarden.length;
            return n % 2 == 1 ? waarden[n / 2] : (waarden[n / 2 - 1] + waarden[n / 2]) / 2;
        }
    }

    static String rapport(List<Laag> lagen, Map<String, Uitkomst> u, int threads, int verbindingen, int duur, int rondes,
            int opwarmen, int httpThreads) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Meting %s — %d ronde(n) × wrk -t%d -c%d -d%ds --latency per laag (afgewisseld), %d s opwarmen, "
                + "Payara http-thread-pool max %d, %d cores%n%n", LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS), rondes, threads,
                verbindingen, duur, opwarmen, httpThreads, Runtime.getRuntime().availableProcessors()));
        s.append("| laag | wat | verzoeken/s | p50 (ms) | p99 (ms) | verzoeken | niet-2xx | CPU-ms/verzoek Payara+PostgreSQL "
                + "| machine bezig | waarvan wrk + overige processen | load (1 min, max) |\n");
        s.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Laag laag : lagen) {
            Uitkomst r = u.get(laag.naam());
            s.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %.2f | %.2f | %d | %d | %.2f | %.0f%% | %.0f%% | %.1f |%n",
                    laag.naam(), laag.omschrijving(), r.perSeconde(), r.p50(), r.p99(), r.verzoeken(), r.niet2xx(),
                    r.cpuPerVerzoek(), r.machineProcent(), r.overigProcent(), r.loadMax));
        }
        if (rondes > 1) {
            s.append("\nverzoeken/s: alle verzoeken van alle rondes over hun hele looptijd; p50/p99: de mediaan over de rondes.\n");
        }
        s.append("\n| verhouding | gemeten (verzoeken/s) | doel | | uit CPU-ms/verzoek |\n|---|---:|---:|---|---:|\n");
        s.append(verhouding("B1/B0", u.get("B1"), u.get("B0"), DOEL_B1_B0));
        s.append(verhouding("B3/B2", u.get("B3"), u.get("B2"), DOEL_B3_B2));
        s.append(verhouding("B4/B2", u.get("B4"), u.get("B2"), DOEL_B4_B2));
        double b4 = u.get("B4").perSeconde();
        s.append(String.format(Locale.ROOT, "| B4 verzoeken/s | %.0f | ≥ %.0f | %s | %.0f |%n", b4, DOEL_B4_PER_SECONDE,
                b4 >= DOEL_B4_PER_SECONDE ? "gehaald" : "NIET gehaald",
                Runtime.getRuntime().availableProcessors() * 1000 / u.get("B4").cpuPerVerzoek()));
        s.append("\n'uit CPU-ms/verzoek': de verhouding (of voor B4 het aantal verzoeken/s) als Payara + PostgreSQL alle cores "
                + "alleen hadden en niets anders dan CPU begrensde.\n");
        long fout = u.values().stream().mapToLong(Uitkomst::niet2xx).sum();
        if (fout > 0) {
            s.append("\nLET OP: ").append(fout).append(" antwoorden waren geen 2xx; deze meting is niet bruikbaar.\n");
        }
        return s.toString();
    }

    private static String verhouding(String naam, Uitkomst teller, Uitkomst noemer, double doel) {
        double gemeten = teller.perSeconde() / noemer.perSeconde();
        return String.format(Locale.ROOT, "| %s | %.2f | ≥ %.2f | %s | %.2f |%n", naam, gemeten, doel,
                gemeten >= doel ? "gehaald" : "NIET gehaald", noemer.cpuPerVerzoek() / teller.cpuPerVerzoek());
    }

    /** Creates an overdracht as the VT procesregisseur and sends it to WT-RDAM-FEIJ (as the overdracht ITs do). */
    static String overdrachtAanFeijenoord(String basis, String vt) {
        HttpResponse<String> concept = json(basis + "/api/v1/overdrachten", vt, null, Inhoud.OVERDRACHT);
        if (concept.statusCode() != 201) {
            throw new IllegalStateException("opstellen gaf " + concept.statusCode() + ": " + concept.body());
        }
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(concept.body());
        if (!m.find()) {
            throw new IllegalStateException("geen id in " + concept.body());
        }
        String id = m.group(1);
        String etag = concept.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException("geen ETag"));
        HttpResponse<String> verzonden = json(basis + "/api/v1/overdrachten/" + id + "/verzending", vt, etag, Inhoud.VERZENDING);
        if (verzonden.statusCode() != 200) {
            throw new IllegalStateException("verzenden gaf " + verzonden.statusCode() + ": " + verzonden.body());
        }
        return id;
    }

    private static HttpResponse<String> json(String url, String token, String ifMatch, String body) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            verzoek.header("If-Match", ifMatch);
        }
        return stuur(verzoek);
    }

    private static HttpResponse<String> get(String url, Optional<String> token) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        token.ifPresent(t -> verzoek.header("Authorization", "Bearer " + t));
        return stuur(verzoek);
    }

    private static HttpResponse<String> stuur(HttpRequest.Builder verzoek) {
        try {
            return HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String pad(String url) {
        return URI.create(url).getPath();
    }

    /** Empties the home, except {@code runtime/} (the unpacked PostgreSQL and Payara, the same every run). */
    private static void wis(Path map) throws IOException {
        if (!Files.exists(map)) {
            return;
        }
        Path runtime = map.resolve("runtime");
        try (var paden = Files.walk(map)) {
            for (Path p : paden.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(map) && !p.startsWith(runtime)) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The project root: {@code schakel.projectRoot} (set by the exec plugin), else the first folder up with mvnw. */
    static Path projectRoot() {
        String gezet = System.getProperty("schakel.projectRoot");
        if (gezet != null && !gezet.isBlank()) {
            return Path.of(gezet).toAbsolutePath().normalize();
        }
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve("platform-ear"))) {
                return p;
            }
            p = p.getParent();
        }
        throw new IllegalStateException("projectmap niet gevonden; zet -Dschakel.projectRoot=...");
    }

    private static void stap(String tekst) {
        System.out.println("[meting " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toLocalTime() + "] " + tekst);
        System.out.flush();
    }
}
