package nl.schakel.meting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The open-model load test of issue 14: requests arrive at a constant rate whatever the server does (not a closed loop
 * that slows down with the server), in a realistic mix of flow 1 — inbox lists, reads, Mijn werk, writes (a concept),
 * lifecycle steps (sending a concept written earlier in the run) and exports (the PDF). The work is the region's: Veilig
 * Thuis sends to each of its wijkteams in turn (the partners register's, asked through the API), and each wijkteam
 * reads its own inbox and what was sent to it. (Until the seventeenth day of docs/metingen.md every overdracht went to
 * one wijkteam, whose inbox then held 16,000 open overdrachten after ten minutes.) Each request's latency counts
 * from the moment it was due, not from when it left, so a stalled server cannot hide its queue (no coordinated
 * omission). Starts PostgreSQL and Payara with the real EAR through the launcher, as {@link Meting} does.
 *
 * <p>Phases: warm-up at the design rate (not counted); the design rate for {@code openmodel.duur} seconds; a probe far
 * above capacity, whose served rate is the capacity found; a burst at {@code openmodel.piekfactor} × that capacity, where
 * the platform must shed with 503 and {@code Retry-After} instead of letting every request time out; and the design
 * rate again, reporting after how many seconds every one-second window is back to normal (no 503, p99 under
 * {@code openmodel.normaal-ms}).
 *
 * <p>System properties (all optional): {@code openmodel.tempo} (requests/s, 235: the design peak of a region of 1.3
 * million inhabitants), {@code openmodel.duur} (600), {@code openmodel.opwarmen} (60), {@code openmodel.proef} (20),
 * {@code openmodel.proeftempo} (3 × the design rate: far enough above capacity, without the generator taking the
 * server's cores), {@code openmodel.piekfactor} (3), {@code openmodel.piekduur} (30), {@code openmodel.naloop} (30),
 * {@code openmodel.normaal-ms} (500), {@code openmodel.overdrachten} (200 sent overdrachten to read),
 * {@code openmodel.wijkteams} (all the register lists; fewer takes the first so many),
 * {@code openmodel.http-threads} (32, the launcher's default), {@code openmodel.poortbasis} (24000),
 * {@code openmodel.postgres-poort} (24432), {@code openmodel.home}.
 */
public final class Openmodel {

    /** What the load generator keeps in flight at most; more would measure the generator, not the server. */
    private static final int MAXIMAAL_ONDERWEG = 4000;
    private static final Duration TIJDSLIMIET = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4, taak -> {
                Thread t = new Thread(taak, "openmodel-http");
                t.setDaemon(true); // the program ends when main does, not when an idle client thread does
                return t;
            })).build();
    private final String basis;
    private final String vt;
    /** Per wijkteam of the region (its code) a token of one of its medewerkers. */
    private final Map<String, String> wijkteams;
    private final List<String> wijkteamcodes;
    /** The overdrachten sent before the run, to read: id and the wijkteam it was sent to. */
    private final List<String[]> overdrachten;
    /** Concepts written by this run, waiting for their lifecycle step (sending): id and ETag. */
    private final ConcurrentLinkedQueue<String[]> concepten = new ConcurrentLinkedQueue<>();
    /** Where the machine's CPU goes during a phase: Payara, PostgreSQL, and the rest (this generator). */
    private final Cpu cpu;

    private Openmodel(String basis, String vt, Map<String, String> wijkteams, List<String[]> overdrachten, Cpu cpu) {
        this.cpu = cpu;
        this.basis = basis;
        this.vt = vt;
        this.wijkteams = Map.copyOf(wijkteams);
        this.wijkteamcodes = List.copyOf(wijkteams.keySet());
        this.overdrachten = overdrachten;
    }

    public static void main(String[] args) throws Exception {
        Path root = Platform.projectRoot();
        Platform.vereisEar(root);
        int tempo = Integer.getInteger("openmodel.tempo", 235);
        int duur = Integer.getInteger("openmodel.duur", 600);
        int opwarmen = Integer.getInteger("openmodel.opwarmen", 60);
        int proef = Integer.getInteger("openmodel.proef", 20);
        double piekfactor = Double.parseDouble(System.getProperty("openmodel.piekfactor", "3"));
        int piekduur = Integer.getInteger("openmodel.piekduur", 30);
        int naloop = Integer.getInteger("openmodel.naloop", 30);
        double normaalMs = Double.parseDouble(System.getProperty("openmodel.normaal-ms", "500"));
        int aantalOverdrachten = Integer.getInteger("openmodel.overdrachten", 200);
        int httpThreads = Integer.getInteger("openmodel.http-threads", 32);
        int poortbasis = Integer.getInteger("openmodel.poortbasis", 24000);
        int postgresPoort = Integer.getInteger("openmodel.postgres-poort", 24432);
        Path home = Platform.home(root, "modules/meting/target/openmodel-var");

        Tokens tokens = new Tokens(Duration.ofSeconds(3600L + opwarmen + duur + proef + piekduur + naloop));
        Platform platform = Platform.voorbereid(root, home, poortbasis, postgresPoort, httpThreads, tokens);
        Instant begin = Instant.now();
        List<String> regels = new ArrayList<>();
        try {
            stap("PostgreSQL en Payara starten met de EAR (home " + home + ", http-thread-pool max " + httpThreads + ")");
            platform.start();
            String basis = platform.basis();
            String vt = tokens.voor("vt.procesregisseur", "VTRR", "procesregisseur");
            List<String> regio = wijkteamsVanDeRegio(basis, vt);
            List<String> codes = regio.subList(0, Math.min(regio.size(), Integer.getInteger("openmodel.wijkteams", regio.size())));
            Map<String, String> wijkteams = new LinkedHashMap<>();
            for (String code : codes) {
                wijkteams.put(code, tokens.voor("wt." + code.toLowerCase(Locale.ROOT), code, "wijkteammedewerker"));
            }
            stap(aantalOverdrachten + " overdrachten opstellen en verzenden, om de beurt aan " + codes.size() + " van de "
                    + regio.size() + " wijkteams van de regio " + codes);
            List<String[]> verzonden = new ArrayList<>();
            for (int i = 0; i < aantalOverdrachten; i++) {
                String code = codes.get(i % codes.size());
                verzonden.add(new String[] {Meting.overdrachtAan(basis, vt, code), code});
            }
            Openmodel last = new Openmodel(basis, vt, wijkteams, verzonden, new Cpu(platform.runMap()));

            stap("opwarmen: " + opwarmen + " s op " + tempo + " verzoeken/s (niet geteld)");
            last.fase("opwarmen", tempo, opwarmen);
            stap("ontwerptempo: " + tempo + " verzoeken/s gedurende " + duur + " s");
            Uitslag ontwerp = last.fase("ontwerptempo", tempo, duur);
            regels.add(ontwerp.regel());
            stap(regels.get(regels.size() - 1));
            int proeftempo = Integer.getInteger("openmodel.proeftempo", tempo * 3);
            stap("capaciteit zoeken: " + proeftempo + " verzoeken/s gedurende " + proef + " s");
            Uitslag overvraagd = last.fase("capaciteitsproef", proeftempo, proef);
            regels.add(overvraagd.regel());
            stap(regels.get(regels.size() - 1));
            // the generator shares the server's cores: far above capacity it can take so much of them that the probe
            // serves less than the design phase did, and the design phase's served rate is then the better lower bound
            boolean proefTeLaag = overvraagd.geslaagdPerSeconde() < ontwerp.geslaagdPerSeconde();
            double capaciteit = Math.max(1, Math.max(overvraagd.geslaagdPerSeconde(), ontwerp.geslaagdPerSeconde()));
            int piektempo = (int) Math.round(piekfactor * capaciteit);
            stap(String.format(Locale.ROOT, "capaciteit gevonden: %.0f geslaagde verzoeken/s (%s); piek %.1f × = %d verzoeken/s gedurende %d s",
                    capaciteit, proefTeLaag ? "van het ontwerptempo: de proef bediende minder" : "van de proef", piekfactor, piektempo,
                    piekduur));
            Uitslag piek = last.fase("piek", piektempo, piekduur);
            regels.add(piek.regel());
            stap(regels.get(regels.size() - 1));
            stap("daarna weer " + tempo + " verzoeken/s gedurende " + naloop + " s");
            Uitslag herstel = last.fase("herstel", tempo, naloop);
            regels.add(herstel.regel());
            stap(regels.get(regels.size() - 1));
            // two readings of "normal": the strict one, and the design phase's own state, which on a machine at its limit
            // sheds a little in some seconds too (docs/metingen.md, the eighteenth day)
            long gewoon = ontwerp.afgewezenInPercentielVanDeSeconden(95);
            Uitslag.Herstel terug = herstel.herstel(normaalMs, gewoon);
            String p99 = " en met p99 onder " + (long) normaalMs + " ms)";
            String hersteltekst = terug.zonder503().map(s -> "weer normaal na " + s + " s (elke seconde daarna zonder 503" + p99)
                    .orElse("niet weer normaal binnen " + naloop + " s (elke seconde zonder 503" + p99);
            String alsOntwerp = terug.alsOntwerptempo().map(s -> "weer als in het ontwerptempo na " + s + " s (elke seconde daarna")
                    .orElse("niet weer als in het ontwerptempo binnen " + naloop + " s (elke seconde") + " met ten hoogste " + gewoon
                    + " × 503, zoals 95 % van de seconden van het ontwerptempo," + p99;
            regels.add(hersteltekst);
            stap(hersteltekst);
            regels.add(alsOntwerp);
            stap(alsOntwerp);
            Path bestand = home.resolve("openmodel-uitslag.txt");
            Files.writeString(bestand, String.join("\n", regels) + "\n");
            stap("uitslag ook in " + bestand);
        } finally {
            stap("stoppen");
            platform.close();
            stap("gestopt; de hele run duurde " + Duration.between(begin, Instant.now()).toSeconds() + " s");
        }
    }

    /** The codes of the region's wijkteams as the partners register lists them (one page: the region has 25). */
    static List<String> wijkteamsVanDeRegio(String basis, String token) {
        HttpResponse<String> antwoord = Api.get(basis + "/api/v1/organisaties?type=WIJKTEAM&paginaGrootte=100", Optional.of(token));
        if (antwoord.statusCode() != 200) {
            throw new IllegalStateException("organisaties gaf " + antwoord.statusCode() + ": " + antwoord.body());
        }
        List<String> codes = new ArrayList<>();
        Matcher code = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z0-9-]+)\"").matcher(antwoord.body());
        while (code.find()) {
            codes.add(code.group(1));
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("het register kent geen wijkteams");
        }
        return codes;
    }

    /** One phase at a constant arrival rate; waits until every request of it was answered or timed out. */
    Uitslag fase(String naam, int perSeconde, int seconden) throws InterruptedException {
        Uitslag uitslag = new Uitslag(naam, perSeconde, seconden);
        Cpu.Stand cpuVoor = cpu.stand();
        long start = System.nanoTime();
        long totaal = (long) perSeconde * seconden;
        long tussenNs = 1_000_000_000L / perSeconde;
        AtomicInteger onderweg = new AtomicInteger();
        for (long i = 0; i < totaal; i++) {
            long gepland = start + i * tussenNs;
            long wacht = gepland - System.nanoTime();
            if (wacht > 0) {
                TimeUnit.NANOSECONDS.sleep(wacht);
            }
            if (onderweg.get() >= MAXIMAAL_ONDERWEG) {
                uitslag.nietVerstuurd.increment();
                continue;
            }
            onderweg.incrementAndGet();
            Verzoek verzoek = kies();
            uitslag.verstuurd(gepland - start, System.nanoTime() - gepland);
            http.sendAsync(verzoek.http(), HttpResponse.BodyHandlers.ofString()).whenComplete((antwoord, fout) -> {
                onderweg.decrementAndGet();
                long klaar = System.nanoTime();
                uitslag.noteer(verzoek.soort(), gepland - start, klaar - gepland, antwoord, fout);
                if (antwoord != null && antwoord.statusCode() == 201 && verzoek.soort().equals("schrijven")) {
                    antwoord.headers().firstValue("ETag").ifPresent(etag -> concepten.add(new String[] {Api.id(antwoord.body()), etag}));
                }
            });
        }
        long grens = System.nanoTime() + TIJDSLIMIET.toNanos() + 5_000_000_000L;
        while (onderweg.get() > 0 && System.nanoTime() < grens) {
            TimeUnit.MILLISECONDS.sleep(20); // the generator waits for its own answers, not for the server's async work
        }
        uitslag.verbruik = Cpu.verschil(cpuVoor, cpu.stand(), (System.nanoTime() - start) / 1e9);
        return uitslag;
    }

    private record Verzoek(String soort, HttpRequest http) {}

    /**
     * The mix: 35 % a wijkteam reading one overdracht sent to it, 25 % a wijkteam's inbox, 10 % its Mijn werk, 15 %
     * Veilig Thuis writing a concept, 10 % sending a concept written before to a wijkteam (a lifecycle step; a read when
     * none waits), 5 % a wijkteam's PDF export; each wijkteam as likely as the next.
     */
    private Verzoek kies() {
        ThreadLocalRandom toeval = ThreadLocalRandom.current();
        int worp = toeval.nextInt(100);
        String[] gekozen = overdrachten.get(toeval.nextInt(overdrachten.size()));
        String id = gekozen[0];
        String ontvanger = wijkteams.get(gekozen[1]);
        String wijkteam = wijkteams.get(wijkteamcodes.get(toeval.nextInt(wijkteamcodes.size())));
        if (worp < 35) {
            return new Verzoek("lezen", get("/api/v1/overdrachten/" + id, ontvanger));
        }
        if (worp < 60) {
            return new Verzoek("inbox", get("/api/v1/overdrachten?paginaGrootte=20", wijkteam));
        }
        if (worp < 70) {
            return new Verzoek("mijn-werk", get("/api/v1/mijn-werk", wijkteam));
        }
        if (worp < 85) {
            return new Verzoek("schrijven", json("/api/v1/overdrachten", null, Inhoud.OVERDRACHT));
        }
        if (worp < 95) {
            String[] concept = concepten.poll();
            if (concept != null) {
                String aan = wijkteamcodes.get(toeval.nextInt(wijkteamcodes.size()));
                return new Verzoek("verzenden", json("/api/v1/overdrachten/" + concept[0] + "/verzending", concept[1],
                        Inhoud.verzendingAan(aan)));
            }
            return new Verzoek("lezen", get("/api/v1/overdrachten/" + id, ontvanger));
        }
        return new Verzoek("export", get("/api/v1/overdrachten/" + id + "/export", ontvanger));
    }

    private HttpRequest get(String pad, String token) {
        return HttpRequest.newBuilder(URI.create(basis + pad)).timeout(TIJDSLIMIET).header("Authorization", "Bearer " + token).GET()
                .build();
    }

    private HttpRequest json(String pad, String ifMatch, String body) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(basis + pad)).timeout(TIJDSLIMIET)
                .header("Authorization", "Bearer " + vt).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            verzoek.header("If-Match", ifMatch);
        }
        return verzoek.build();
    }

    /** One phase's figures: latencies from the due moment, per second of the phase for the recovery. */
    static final class Uitslag {
        private final String naam;
        private final int perSeconde;
        private final int seconden;
        private final Recorder alle = new Recorder(3);
        /** The shed apart from the served (the kinds' latencies): is a tail over all answers served work or waiting to be refused? */
        private final Recorder afgewezenLatentie = new Recorder(3);
        private final Recorder[] perSecondeLatentie;
        private final AtomicLong[] afgewezenPerSeconde;
        /**
         * How late this generator sent each request after its due moment: it shares the two cores with the server, and
         * a generator that was not scheduled for a while sends what was due at once, a clump the server then sheds.
         */
        private final Recorder teLaat = new Recorder(3);
        private final long[] teLaatPerSecondeMax;
        /** The CPU the phase used, from its first request to its last answer. */
        Cpu.Verbruik verbruik;
        final LongAdder geslaagd = new LongAdder();
        final LongAdder afgewezen = new LongAdder();
        final LongAdder afgewezenZonderRetryAfter = new LongAdder();
        final LongAdder anders = new LongAdder();
        final LongAdder fouten = new LongAdder();
        final LongAdder nietVerstuurd = new LongAdder();
        /** Per kind of request: which part of the mix is served and how fast (of the served ones), which shed. */
        private final Map<String, Soort> soorten = new ConcurrentSkipListMap<>();

        private static final class Soort {
            final Recorder latentie = new Recorder(3);
            final LongAdder geslaagd = new LongAdder();
            final LongAdder afgewezen = new LongAdder();
        }

        Uitslag(String naam, int perSeconde, int seconden) {
            this.naam = naam;
            this.perSeconde = perSeconde;
            this.seconden = seconden;
            perSecondeLatentie = new Recorder[seconden];
            afgewezenPerSeconde = new AtomicLong[seconden];
            teLaatPerSecondeMax = new long[seconden];
            for (int s = 0; s < seconden; s++) {
                perSecondeLatentie[s] = new Recorder(3);
                afgewezenPerSeconde[s] = new AtomicLong();
            }
        }

        /** Called by the sending thread only (the per-second maximum needs no lock). */
        void verstuurd(long geplandNa, long laatNs) {
            int seconde = (int) Math.min(seconden - 1, geplandNa / 1_000_000_000L);
            long micros = Math.max(1, laatNs / 1000);
            teLaat.recordValue(micros);
            teLaatPerSecondeMax[seconde] = Math.max(teLaatPerSecondeMax[seconde], micros);
        }

        void noteer(String soort, long geplandNa, long latentieNs, HttpResponse<String> antwoord, Throwable fout) {
            int seconde = (int) Math.min(seconden - 1, geplandNa / 1_000_000_000L);
            long micros = Math.max(1, latentieNs / 1000);
            alle.recordValue(micros);
            perSecondeLatentie[seconde].recordValue(micros);
            Soort perSoort = soorten.computeIfAbsent(soort, k -> new Soort());
            if (fout != null) {
                fouten.increment(); // a timeout or a refused connection: what shedding is meant to prevent
            } else if (antwoord.statusCode() / 100 == 2) {
                geslaagd.increment();
                perSoort.geslaagd.increment();
                perSoort.latentie.recordValue(micros);
            } else if (antwoord.statusCode() == 503) {
                perSoort.afgewezen.increment();
                afgewezen.increment();
                afgewezenLatentie.recordValue(micros);
                afgewezenPerSeconde[seconde].incrementAndGet();
                if (antwoord.headers().firstValue("Retry-After").isEmpty()) {
                    afgewezenZonderRetryAfter.increment();
                }
            } else {
                anders.increment();
            }
        }

        double geslaagdPerSeconde() {
            return geslaagd.sum() / (double) seconden;
        }

        /**
         * After how many seconds every later one-second window was normal: a p99 under {@code normaalMs} and no 503
         * (strictly), or at most {@code gewoon} (as the design phase was); read once.
         */
        Herstel herstel(double normaalMs, long gewoon) {
            boolean[] snel = new boolean[seconden];
            for (int s = 0; s < seconden; s++) {
                var h = perSecondeLatentie[s].getIntervalHistogram(); // a recorder hands its interval out once
                snel[s] = h.getTotalCount() == 0 || h.getValueAtPercentile(99) / 1000.0 < normaalMs;
            }
            return new Herstel(normaalVanaf(snel, 0), normaalVanaf(snel, gewoon));
        }

        private Optional<Integer> normaalVanaf(boolean[] snel, long maxAfgewezen) {
            Integer vanaf = null;
            for (int s = 0; s < seconden; s++) {
                boolean normaal = snel[s] && afgewezenPerSeconde[s].get() <= maxAfgewezen;
                if (normaal && vanaf == null) {
                    vanaf = s;
                } else if (!normaal) {
                    vanaf = null;
                }
            }
            return Optional.ofNullable(vanaf);
        }

        /** The count of 503s that {@code percentiel} % of this phase's seconds stayed at or under. */
        long afgewezenInPercentielVanDeSeconden(int percentiel) {
            long[] perSeconde = new long[seconden];
            for (int s = 0; s < seconden; s++) {
                perSeconde[s] = afgewezenPerSeconde[s].get();
            }
            Arrays.sort(perSeconde);
            return perSeconde[Math.max(0, (int) Math.ceil(percentiel / 100.0 * seconden) - 1)];
        }

        /** The seconds after which the recovery was normal: strictly (no 503), and as the design phase was. */
        record Herstel(Optional<Integer> zonder503, Optional<Integer> alsOntwerptempo) {}

        /** The phase's summary line; read once (a recorder hands its interval out once). */
        String regel() {
            var h = alle.getIntervalHistogram();
            // the served latencies are the kinds' together: each kind's histogram is read once and serves both lines
            Map<String, Histogram> perSoort = new LinkedHashMap<>();
            soorten.forEach((soort, p) -> perSoort.put(soort, p.latentie.getIntervalHistogram()));
            Histogram geslaagdH = new Histogram(3);
            perSoort.values().forEach(geslaagdH::add);
            return String.format(Locale.ROOT, "%-16s %5d/s × %4d s: %7d verstuurd, %7d geslaagd (%.0f/s), %6d × 503 (%d zonder Retry-After), "
                    + "%d anders, %d time-out/verbindingsfout, %d niet verstuurd (generator vol); p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                    naam, perSeconde, seconden, h.getTotalCount(), geslaagd.sum(), geslaagdPerSeconde(), afgewezen.sum(),
                    afgewezenZonderRetryAfter.sum(), anders.sum(), fouten.sum(), nietVerstuurd.sum(),
                    h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0)
                    + gesplitst(geslaagdH) + wanneerAfgewezen() + generatorregel() + cpuregel() + soortregels(perSoort);
        }

        /**
         * The phase's CPU per served request (user + system time over the whole phase, its tail of answers included):
         * Payara's, PostgreSQL's (its background apart), and the rest of the machine's, mostly this generator, which
         * shares the cores. Below capacity this is the figure that least depends on other load; above it the refused
         * requests' work is in it too.
         */
        String cpuregel() {
            if (verbruik == null || geslaagd.sum() == 0) {
                return "";
            }
            double perVerzoek = 1000.0 / geslaagd.sum();
            return String.format(Locale.ROOT, "%n    CPU per geslaagd verzoek: Payara %.2f ms, PostgreSQL %.2f ms (waarvan achtergrond %.2f),"
                    + " overig (de generator) %.2f ms; machine %.0f %% bezig", verbruik.payara() * perVerzoek,
                    verbruik.postgres() * perVerzoek, verbruik.postgresAchtergrond() * perVerzoek, verbruik.overig() * perVerzoek,
                    100 * verbruik.machine() / (verbruik.seconden() * Runtime.getRuntime().availableProcessors()));
        }

        /** The percentiles of the served and of the 503s apart (empty for a phase without 503). */
        String gesplitst(Histogram geslaagdH) {
            var afgewezenH = afgewezenLatentie.getIntervalHistogram();
            if (afgewezenH.getTotalCount() == 0) {
                return "";
            }
            return String.format(Locale.ROOT, "%n    geslaagd p50 %.1f ms, p99 %.1f ms, max %.1f ms; 503 p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                    geslaagdH.getValueAtPercentile(50) / 1000.0, geslaagdH.getValueAtPercentile(99) / 1000.0, geslaagdH.getMaxValue() / 1000.0,
                    afgewezenH.getValueAtPercentile(50) / 1000.0, afgewezenH.getValueAtPercentile(99) / 1000.0, afgewezenH.getMaxValue() / 1000.0);
        }

        /**
         * When the 503s fell, by second of the phase (counted from the moment each request was due): a few at the design
         * rate say something different in its first seconds (a cold path) than spread over the run or in one second
         * (a pause of the server, such as a collection, that let {@code api.gelijktijdig} requests pile up).
         */
        String wanneerAfgewezen() {
            List<String> seconden = new ArrayList<>();
            for (int s = 0; s < this.seconden; s++) {
                long n = afgewezenPerSeconde[s].get();
                if (n > 0) {
                    seconden.add("s" + s + ": " + n + String.format(Locale.ROOT, " [%.0f ms]", teLaatPerSecondeMax[s] / 1000.0));
                }
            }
            if (seconden.isEmpty()) {
                return "";
            }
            String lijst = seconden.size() <= 12 ? String.join(", ", seconden)
                    : String.join(", ", seconden.subList(0, 6)) + ", … " + String.join(", ", seconden.subList(seconden.size() - 3, seconden.size()));
            return String.format(Locale.ROOT, "%n    503 in %d van de %d seconden (%s; [de generator ten hoogste zo laat])",
                    seconden.size(), this.seconden, lijst);
        }

        /**
         * How late the requests left this generator, and in how many seconds one left more than 50 ms late: a 503 clump
         * in such a second may be the generator's catching up, not the server's pause.
         */
        String generatorregel() {
            var h = teLaat.getIntervalHistogram();
            int laat = 0;
            int laatMet503 = 0;
            int met503 = 0;
            for (int s = 0; s < seconden; s++) {
                boolean teLaatHier = teLaatPerSecondeMax[s] > 50_000;
                laat += teLaatHier ? 1 : 0;
                met503 += afgewezenPerSeconde[s].get() > 0 ? 1 : 0;
                laatMet503 += teLaatHier && afgewezenPerSeconde[s].get() > 0 ? 1 : 0;
            }
            return String.format(Locale.ROOT, "%n    generator: verstuurd na het geplande moment p50 %.2f ms, p99 %.1f ms, max %.1f ms;"
                    + " in %d van de %d seconden een verzoek meer dan 50 ms te laat, waarvan %d van de %d seconden met 503",
                    h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0, laat,
                    seconden, laatMet503, met503);
        }

        private String soortregels(Map<String, Histogram> latenties) {
            StringBuilder b = new StringBuilder();
            latenties.forEach((soort, h) -> {
                var p = soorten.get(soort);
                b.append(String.format(Locale.ROOT, "%n    %-10s %7d geslaagd, %6d × 503; van de geslaagde p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                        soort, p.geslaagd.sum(), p.afgewezen.sum(), h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
                        h.getMaxValue() / 1000.0));
            });
            return b.toString();
        }
    }

    private static void stap(String tekst) {
        System.out.println("[openmodel] " + tekst);
        System.out.flush();
    }
}
