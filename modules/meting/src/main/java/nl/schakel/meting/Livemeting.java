package nl.schakel.meting;

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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live benchmark of the crisisdossier (issue 13): many screens follow one file while a crisis worker writes an
 * entry every 100 ms; how long each event takes from the committing transaction to every screen, and what the open
 * streams cost the server in threads and memory. Starts the platform as {@link Meting} does ({@link Platform}), creates
 * one file as {@code vt.crisis} (VTRR) with the partners CIT-JBRR, RVDK-RR and FIL, opens the subscriptions (users of
 * CIT-JBRR, VTRR and FIL in turn, each with a token of its own), waits until each has had its {@code stand}, then
 * writes for the set time and prints one table. Stops everything it started, whatever happens.
 *
 * <p>The delay of a receipt is the moment the event was complete at the subscriber (the HTTP client's line, on this
 * machine's clock) minus the event's {@code op}, the instant the server took for it inside the writing transaction
 * (the same clock: both run here). {@code op} lies a little before the commit (the logboek row and the commit come
 * after it), so the figure slightly overstates commit-to-receipt; the program also prints the receipt minus the
 * moment the writer had its 201 (after the commit), which understates it.
 *
 * <p>System properties (all optional): {@code livemeting.abonnees} (200), {@code livemeting.interval-ms} (100),
 * {@code livemeting.duur} (seconds of writing; 60), {@code livemeting.snel} (true: 20 subscribers, 10 s),
 * {@code livemeting.lezers} (threads that read all streams; 3), {@code livemeting.tegelijk} (subscriptions being
 * opened at once; 16), {@code livemeting.inloop} (seconds at the start left out of the second row; 10),
 * {@code meting.http-threads} (Payara's http-thread-pool max; 16, as the launcher had before it kept 8 of 24 workers for refusing load), {@code meting.poortbasis}
 * (25000), {@code meting.postgres-poort} (25432), {@code meting.home} ({@code modules/meting/target/livemeting-var}).
 */
public final class Livemeting {

    private static final String MELDING = "{\"watIsErGebeurd\":\"Melding van de politie om 02:10: ernstig geweld tussen ouders,"
            + " twee kinderen thuis (fictief).\",\"directeVeiligheid\":\"Vader is aangehouden; moeder en kinderen zijn bij de buren"
            + " (fictief).\",\"betrokkenen\":[{\"rol\":\"OUDER\",\"voornaam\":\"Sanne\",\"achternaam\":\"Fictief-Jansen\","
            + "\"geboortedatum\":\"1990-03-14\"},{\"rol\":\"KIND\",\"voornaam\":\"Noor\",\"achternaam\":\"Fictief-Jansen\","
            + "\"geboortedatum\":\"2019-06-01\"}],\"partners\":[\"CIT-JBRR\",\"RVDK-RR\",\"FIL\"],\"sof7\":true}";

    /** The subscribers' users in turn: organisation and role (the Raad is a partner too, but has no part here). */
    private static final String[][] KIJKERS = {
        {"cit", "CIT-JBRR", "cit-medewerker"}, {"vt", "VTRR", "crisismedewerker"}, {"fil", "FIL", "filomena-medewerker"}};

    private Livemeting() {}

    public static void main(String[] args) throws Exception {
        Path root = Platform.projectRoot();
        Platform.vereisEar(root);
        boolean snel = Boolean.getBoolean("livemeting.snel");
        int abonnees = Integer.getInteger("livemeting.abonnees", snel ? 20 : 200);
        int intervalMs = Integer.getInteger("livemeting.interval-ms", 100);
        int duur = Integer.getInteger("livemeting.duur", snel ? 10 : 60);
        int lezers = Integer.getInteger("livemeting.lezers", 3);
        int tegelijk = Integer.getInteger("livemeting.tegelijk", 16);
        int inloop = Integer.getInteger("livemeting.inloop", 10);
        int nalopen = Integer.getInteger("livemeting.nalopen", 900);
        int jfr = Integer.getInteger("livemeting.jfr", 0);
        int httpThreads = Integer.getInteger("meting.http-threads", 16);
        int poortbasis = Integer.getInteger("meting.poortbasis", 25000);
        int postgresPoort = Integer.getInteger("meting.postgres-poort", 25432);
        Path home = Platform.home(root, "modules/meting/target/livemeting-var");
        int aantekeningen = (int) (duur * 1000L / intervalMs);

        Tokens tokens = new Tokens(Duration.ofSeconds(3600L + duur));
        Platform platform = Platform.voorbereid(root, home, poortbasis, postgresPoort, httpThreads, tokens);
        ExecutorService leesdraden = Executors.newFixedThreadPool(lezers, daemon("lezer"));
        ScheduledExecutorService schrijfklok = Executors.newSingleThreadScheduledExecutor(daemon("schrijver"));
        List<Liveabonnee> kijkers = new ArrayList<>();
        Instant begin = Instant.now();
        try {
            stap("PostgreSQL en Payara starten met de EAR (home " + home + ", http-thread-pool max " + httpThreads + ")");
            platform.start();
            stap("klaar in " + Duration.between(begin, Instant.now()).toSeconds() + " s");
            Payarajvm jvm = new Payarajvm(platform.runMap());
            Cpu cpu = new Cpu(platform.runMap());

            String vt = tokens.voor("vt.crisis", "VTRR", "crisismedewerker");
            HttpResponse<String> melding = Api.json(platform.basis() + "/api/v1/crisismeldingen", vt, null, MELDING);
            if (melding.statusCode() != 201) {
                throw new IllegalStateException("de crisismelding gaf " + melding.statusCode());
            }
            String dossier = platform.basis() + "/api/v1/crisisdossiers/" + Api.id(melding.body());
            stap("crisisdossier aangemaakt door VTRR met CIT-JBRR, RVDK-RR en FIL");
            // one entry before anyone listens: the writing path has run once when the streams open
            schrijfEen(dossier, vt);
            Payarajvm.Stand voor = jvm.stand();
            stap("Payara vóór de abonnementen: " + kort(voor));

            // ---- the subscriptions: all on one HTTP client whose few threads read every stream
            HttpClient lezer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(leesdraden)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            CountDownLatch allenKlaar = new CountDownLatch(abonnees);
            Semaphore open = new Semaphore(tegelijk);
            long t0 = System.nanoTime();
            int geopend = 0;
            for (int i = 0; i < abonnees; i++) {
                if (!open.tryAcquire(60, TimeUnit.SECONDS)) {
                    stap("LET OP: na 60 s kwam er geen stroom meer open; " + i + " van " + abonnees + " geopend");
                    break;
                }
                String[] wie = KIJKERS[i % KIJKERS.length];
                Liveabonnee kijker = new Liveabonnee(i, wie[1], allenKlaar, open::release);
                kijkers.add(kijker);
                HttpRequest verzoek = HttpRequest.newBuilder(URI.create(dossier + "/live")).header("Accept", "text/event-stream")
                        .header("Authorization", "Bearer " + tokens.voor(wie[0] + ".live-" + i, wie[1], wie[2])).GET().build();
                lezer.sendAsync(verzoek, info -> {
                    kijker.status(info.statusCode());
                    return HttpResponse.BodySubscribers.fromLineSubscriber(kijker);
                }).whenComplete((antwoord, fout) -> {
                    if (fout != null) {
                        kijker.mislukt(fout);
                    }
                });
                geopend++;
            }
            boolean iedereen = allenKlaar.await(120, TimeUnit.SECONDS);
            double openenSeconden = (System.nanoTime() - t0) / 1e9;
            List<Liveabonnee> luisteraars = kijkers.stream().filter(Liveabonnee::heeftStand).toList();
            stap(String.format(Locale.ROOT, "%d van %d stromen open met 'stand' in %.1f s%s", luisteraars.size(), abonnees, openenSeconden,
                    iedereen ? "" : " — LET OP: niet allemaal (" + statussen(kijkers) + ")"));
            Payarajvm.Stand stil = jvm.stand();
            stap("Payara met " + luisteraars.size() + " stille stromen: " + kort(stil));

            // ---- the load: one entry every interval, each POST on its own (a slow answer does not delay the next)
            HttpClient schrijver = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
            Map<String, Instant> beantwoord = new ConcurrentHashMap<>();
            List<CompletableFuture<Long>> posts = new ArrayList<>();
            AtomicInteger geschreven = new AtomicInteger();
            AtomicInteger mislukt = new AtomicInteger();
            CountDownLatch allesVerstuurd = new CountDownLatch(1);
            stap(String.format(Locale.ROOT, "%d s lang elke %d ms een aantekening (%d in totaal), %d luisteraars", duur, intervalMs,
                    aantekeningen, luisteraars.size()));
            if (jfr > 0) {
                Path opname = home.resolve("payara-live.jfr");
                schrijfklok.schedule(() -> stap((jvm.startOpname(opname, jfr) ? "vluchtrecorder op Payara, " + jfr + " s: " : "vluchtrecorder NIET gestart: ")
                        + opname), duur / 3, TimeUnit.SECONDS);
            }
            Cpu.Stand cpuVoor = cpu.stand();
            long lastBegin = System.nanoTime();
            AtomicInteger teller = new AtomicInteger();
            schrijfklok.scheduleAtFixedRate(() -> {
                int n = teller.getAndIncrement();
                if (n >= aantekeningen) {
                    allesVerstuurd.countDown();
                    throw new IllegalStateException("klaar"); // ends the schedule
                }
                long start = System.nanoTime();
                HttpRequest post = HttpRequest.newBuilder(URI.create(dossier + "/aantekeningen")).timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + vt).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"soort\":\"NOTITIE\",\"categorie\":\"VEILIGHEID\",\"tekst\":"
                                + "\"Stand van zaken " + (n + 1) + ": kinderen veilig bij oma (fictief).\"}")).build();
                CompletableFuture<Long> klaar = schrijver.sendAsync(post, HttpResponse.BodyHandlers.ofString()).handle((antwoord, fout) -> {
                    long micros = (System.nanoTime() - start) / 1000;
                    if (fout == null && antwoord.statusCode() == 201) {
                        beantwoord.put(Api.id(antwoord.body()), Instant.now());
                        geschreven.incrementAndGet();
                        return micros;
                    }
                    mislukt.incrementAndGet();
                    return -1L;
                });
                synchronized (posts) {
                    posts.add(klaar);
                }
            }, 0, intervalMs, TimeUnit.MILLISECONDS);
            allesVerstuurd.await(duur + 120L, TimeUnit.SECONDS);
            List<CompletableFuture<Long>> allePosts;
            synchronized (posts) {
                allePosts = List.copyOf(posts);
            }
            CompletableFuture.allOf(allePosts.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            double lastSeconden = (System.nanoTime() - lastBegin) / 1e9;
            Cpu.Verbruik verbruik = Cpu.verschil(cpuVoor, cpu.stand(), lastSeconden);
            Payarajvm.Stand eind = jvm.stand();
            stap(String.format(Locale.ROOT, "%d aantekeningen geschreven (%d mislukt) in %.1f s; Payara aan het eind: %s", geschreven.get(),
                    mislukt.get(), lastSeconden, kort(eind)));

            // ---- what is still under way arrives now; then the streams are closed
            // (waits as long as receipts still come in, up to livemeting.nalopen seconds: a late receipt is a delay, not a loss)
            long verwacht = (long) luisteraars.size() * geschreven.get();
            long naloopBegin = System.nanoTime();
            long naloopTot = naloopBegin + TimeUnit.SECONDS.toNanos(nalopen);
            long stand = ontvangen(luisteraars);
            long laatsteVoortgang = naloopBegin;
            long gemeld = naloopBegin;
            while (stand < verwacht && System.nanoTime() < naloopTot && System.nanoTime() - laatsteVoortgang < TimeUnit.SECONDS.toNanos(20)) {
                Thread.sleep(200); // a benchmark waiting for its stragglers, not a test
                long nu = ontvangen(luisteraars);
                if (nu > stand) {
                    stand = nu;
                    laatsteVoortgang = System.nanoTime();
                }
                if (System.nanoTime() - gemeld > TimeUnit.SECONDS.toNanos(30)) {
                    gemeld = System.nanoTime();
                    stap("nalopen: " + stand + " van " + verwacht + " ontvangsten binnen");
                }
            }
            double naloop = (System.nanoTime() - naloopBegin) / 1e9;
            Payarajvm.Stand naNaloop = jvm.stand();
            stap(String.format(Locale.ROOT, "na %.0f s nalopen %d van %d ontvangsten binnen; Payara: %s", naloop, stand, verwacht, kort(naNaloop)));
            kijkers.forEach(Liveabonnee::sluit);

            long[] postLatenties = allePosts.stream().mapToLong(CompletableFuture::join).filter(m -> m >= 0).sorted().toArray();
            String rapport = rapport(new Invoer(abonnees, geopend, luisteraars, kijkers, intervalMs, duur, aantekeningen, geschreven.get(),
                    mislukt.get(), inloop, openenSeconden, naloop, beantwoord, postLatenties, voor, stil, eind, naNaloop, verbruik, httpThreads, lezers));
            System.out.println();
            System.out.println(rapport);
            Path bestand = home.getParent().resolve("livemeting-uitslag.md");
            Files.writeString(bestand, rapport, StandardCharsets.UTF_8);
            stap("uitslag ook in " + bestand);
        } finally {
            kijkers.forEach(Liveabonnee::sluit);
            schrijfklok.shutdownNow();
            stap("stoppen");
            platform.close();
            leesdraden.shutdownNow();
            stap("gestopt; de hele run duurde " + Duration.between(begin, Instant.now()).toSeconds() + " s");
        }
    }

    private static void schrijfEen(String dossier, String token) {
        HttpResponse<String> antwoord = Api.json(dossier + "/aantekeningen", token, null,
                "{\"soort\":\"NOTITIE\",\"categorie\":\"VEILIGHEID\",\"tekst\":\"Eerste notitie (fictief).\"}");
        if (antwoord.statusCode() != 201) {
            throw new IllegalStateException("de eerste aantekening gaf " + antwoord.statusCode());
        }
    }

    private static long ontvangen(List<Liveabonnee> luisteraars) {
        return luisteraars.stream().mapToLong(Liveabonnee::aantal).sum();
    }

    private static String statussen(List<Liveabonnee> kijkers) {
        Map<String, Integer> telling = new TreeMap<>();
        for (Liveabonnee k : kijkers) {
            String sleutel = k.heeftStand() ? "open" : "status " + k.status() + (k.fout() == null ? "" : " " + k.fout())
                    + (k.isBeeindigd() ? " beëindigd" : " wacht");
            telling.merge(sleutel, 1, Integer::sum);
        }
        return telling.toString();
    }

    record Invoer(int abonnees, int geopend, List<Liveabonnee> luisteraars, List<Liveabonnee> kijkers, int intervalMs, int duur,
            int aantekeningen, int geschreven, int mislukt, int inloop, double openenSeconden, double naloop,
            Map<String, Instant> beantwoord, long[] postLatenties, Payarajvm.Stand voor, Payarajvm.Stand stil, Payarajvm.Stand eind,
            Payarajvm.Stand naNaloop, Cpu.Verbruik verbruik, int httpThreads, int lezers) {}

    static String rapport(Invoer in) {
        // every receipt, and per event the first and the last subscriber's receipt (how long the fan-out took)
        List<Long> alle = new ArrayList<>();
        List<Long> naInloop = new ArrayList<>();
        List<Long> sinds201 = new ArrayList<>();
        Map<Long, long[]> perGebeurtenis = new HashMap<>();
        Map<Long, Instant> opPerGebeurtenis = new HashMap<>();
        long dubbel = 0;
        long buitenVolgorde = 0;
        long eersteVolgnummer = Long.MAX_VALUE;
        for (Liveabonnee k : in.luisteraars()) {
            for (Liveabonnee.Ontvangst o : k.ontvangsten()) {
                eersteVolgnummer = Math.min(eersteVolgnummer, o.volgnummer());
            }
        }
        Instant inloopTot = null;
        for (Liveabonnee k : in.luisteraars()) {
            long vorige = -1;
            java.util.Set<Long> gezien = new java.util.HashSet<>();
            for (Liveabonnee.Ontvangst o : k.ontvangsten()) {
                if (!gezien.add(o.volgnummer())) {
                    dubbel++;
                    continue;
                }
                if (o.volgnummer() < vorige) {
                    buitenVolgorde++;
                }
                vorige = o.volgnummer();
                opPerGebeurtenis.putIfAbsent(o.volgnummer(), o.op());
                long micros = o.vertragingMicros();
                alle.add(micros);
                long ontvangen = o.ontvangen().toEpochMilli() * 1000 + o.ontvangen().getNano() / 1000 % 1000;
                perGebeurtenis.merge(o.volgnummer(), new long[] {ontvangen, ontvangen},
                        (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
                Instant antwoord = o.aantekeningId() == null ? null : in.beantwoord().get(o.aantekeningId());
                if (antwoord != null) {
                    sinds201.add(Duration.between(antwoord, o.ontvangen()).toNanos() / 1000);
                }
            }
        }
        if (!opPerGebeurtenis.isEmpty()) {
            inloopTot = opPerGebeurtenis.get(eersteVolgnummer).plusSeconds(in.inloop());
        }
        for (Liveabonnee k : in.luisteraars()) {
            for (Liveabonnee.Ontvangst o : k.ontvangsten()) {
                if (inloopTot != null && o.op().isAfter(inloopTot)) {
                    naInloop.add(o.vertragingMicros());
                }
            }
        }
        List<Long> spreiding = perGebeurtenis.values().stream().map(v -> v[1] - v[0]).toList();

        long verwacht = (long) in.luisteraars().size() * in.geschreven();
        long gekregen = alle.size();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Livemeting %s — %d abonnees op één crisisdossier, elke %d ms een aantekening, %d s; "
                + "Payara http-thread-pool max %d; %d leesdraden voor alle stromen; %d cores%n%n", LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS),
                in.abonnees(), in.intervalMs(), in.duur(), in.httpThreads(), in.lezers(), Runtime.getRuntime().availableProcessors()));
        s.append(String.format(Locale.ROOT, "Stromen: %d gevraagd, %d geopend, %d met 'stand' binnen (in %.1f s).%n", in.abonnees(),
                in.geopend(), in.luisteraars().size(), in.openenSeconden()));
        s.append(String.format(Locale.ROOT, "Aantekeningen: %d gepland, %d geschreven (201), %d mislukt.%n", in.aantekeningen(),
                in.geschreven(), in.mislukt()));
        s.append(String.format(Locale.ROOT, "Ontvangsten: verwacht %d (%d luisteraars × %d), gekregen %d, ontbrekend %d, dubbel %d, "
                + "buiten volgorde %d (nagewacht %.1f s, zolang er ontvangsten bijkwamen).%n%n", verwacht, in.luisteraars().size(), in.geschreven(), gekregen,
                Math.max(0, verwacht - gekregen), dubbel, buitenVolgorde, in.naloop()));

        s.append("| vertraging (ms) | n | p50 | p90 | p99 | max |\n|---|---:|---:|---:|---:|---:|\n");
        s.append(rij("commit → ontvangst (ontvangen − `op`), alle", alle));
        long binnenSeconde = alle.stream().filter(m -> m <= 1_000_000).count();
        s.append(rij("idem, zonder de eerste " + in.inloop() + " s", naInloop));
        s.append(rij("ontvangen − 201 bij de schrijver", sinds201));
        s.append(rij("per gebeurtenis: eerste → laatste abonnee", spreiding));
        s.append(rij("POST aantekening (schrijver, tot 201)", boxed(in.postLatenties())));
        s.append(String.format(Locale.ROOT, "%nBinnen 1 s na `op` ontvangen: %d van %d (%.1f%%).%n", binnenSeconde, verwacht,
                verwacht == 0 ? 0 : binnenSeconde * 100.0 / verwacht));
        s.append("\n| Payara-JVM | threads | waarvan http-thread-pool | RSS (MiB) | heap gebruikt / vastgelegd (MiB) |\n"
                + "|---|---:|---:|---:|---:|\n");
        s.append(jvmRij("vóór de abonnementen", in.voor()));
        s.append(jvmRij("met " + in.luisteraars().size() + " stille stromen", in.stil()));
        s.append(jvmRij("aan het eind van de last", in.eind()));
        s.append(jvmRij(String.format(Locale.ROOT, "na het nalopen (%.0f s)", in.naloop()), in.naNaloop()));
        Cpu.Verbruik v = in.verbruik();
        s.append(String.format(Locale.ROOT, "%nCPU tijdens de last (%.1f s): Payara %.1f s, PostgreSQL %.1f s, machine bezig %.0f%% van %d cores "
                + "(waarvan deze meting en overige processen %.1f s); load (1 min) aan het eind %.1f.%n", v.seconden(), v.payara(), v.postgres(),
                v.machine() * 100 / (v.seconden() * Runtime.getRuntime().availableProcessors()), Runtime.getRuntime().availableProcessors(),
                v.overig(), v.loadavg()));
        s.append("\nJava-threads van Payara per naam (zonder volgnummer; `jcmd Thread.print`):\n\n");
        s.append(threadVerschil(in.voor(), in.stil(), in.eind(), in.naNaloop()));
        if (verwacht != gekregen || in.luisteraars().size() < in.abonnees() || in.mislukt() > 0) {
            s.append("\nLET OP: niet alles kwam aan of niet alles lukte; zie hierboven.\n");
            List<String> tekort = new ArrayList<>();
            for (Liveabonnee k : in.luisteraars()) {
                int mist = in.geschreven() - k.aantal();
                if (mist != 0) {
                    tekort.add("#" + k.nummer + " " + k.organisatie + ": " + k.aantal() + (k.isBeeindigd() ? " (stroom beëindigd"
                            + (k.fout() == null ? "" : ", " + k.fout()) + ")" : ""));
                }
            }
            if (!tekort.isEmpty()) {
                s.append("Abonnees met een ander aantal dan ").append(in.geschreven()).append(": ")
                        .append(String.join("; ", tekort.subList(0, Math.min(20, tekort.size()))))
                        .append(tekort.size() > 20 ? " … (" + tekort.size() + " in totaal)" : "").append('\n');
            }
        }
        return s.toString();
    }

    private static String rij(String naam, List<Long> micros) {
        if (micros.isEmpty()) {
            return "| " + naam + " | 0 | | | | |\n";
        }
        long[] w = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", naam, w.length, percentiel(w, 50) / 1000.0,
                percentiel(w, 90) / 1000.0, percentiel(w, 99) / 1000.0, w[w.length - 1] / 1000.0);
    }

    /** Nearest rank: the smallest value with at least p% of all values at or below it. */
    static long percentiel(long[] gesorteerd, double p) {
        int rang = (int) Math.ceil(p / 100 * gesorteerd.length);
        return gesorteerd[Math.max(0, Math.min(gesorteerd.length - 1, rang - 1))];
    }

    private static List<Long> boxed(long[] w) {
        List<Long> l = new ArrayList<>(w.length);
        for (long x : w) {
            l.add(x);
        }
        return l;
    }

    private static String jvmRij(String wanneer, Payarajvm.Stand st) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %s |%n", wanneer, st.threads(),
                httpThreads(st), st.rssKiB() / 1024.0,
                st.heapGebruiktKiB() < 0 ? "niet gelezen" : String.format(Locale.ROOT, "%.1f / %.1f", st.heapGebruiktKiB() / 1024.0,
                        st.heapTotaalKiB() / 1024.0));
    }

    private static String threadVerschil(Payarajvm.Stand... standen) {
        Map<String, int[]> rijen = new TreeMap<>();
        for (int i = 0; i < standen.length; i++) {
            int kolom = i;
            standen[i].threadsPerNaam().forEach((n, a) -> rijen.computeIfAbsent(n, x -> new int[standen.length])[kolom] = a);
        }
        StringBuilder s = new StringBuilder("| naam | vóór | stil | eind van de last | na het nalopen |\n|---|---:|---:|---:|---:|\n");
        rijen.forEach((n, a) -> {
            boolean veranderd = java.util.Arrays.stream(a).distinct().count() > 1;
            if (veranderd || n.startsWith("http-thread") || n.startsWith("concurrent")) {
                s.append("| `").append(n).append("` |");
                for (int x : a) {
                    s.append(' ').append(x).append(" |");
                }
                s.append('\n');
            }
        });
        s.append("(alleen namen waarvan het aantal veranderde, en de http- en concurrent-pools)\n");
        return s.toString();
    }

    /** Threads of the http-thread-pool (both listeners use it; by /proc name when jcmd was missing). */
    private static int httpThreads(Payarajvm.Stand st) {
        return st.threadsPerNaam().entrySet().stream().filter(e -> e.getKey().startsWith("http-thread-poo"))
                .mapToInt(Map.Entry::getValue).sum();
    }

    private static String kort(Payarajvm.Stand st) {
        return String.format(Locale.ROOT, "%d threads (http-thread-pool %d), RSS %.0f MiB, heap %s", st.threads(),
                httpThreads(st), st.rssKiB() / 1024.0,
                st.heapGebruiktKiB() < 0 ? "?" : String.format(Locale.ROOT, "%.0f MiB", st.heapGebruiktKiB() / 1024.0));
    }

    private static ThreadFactory daemon(String naam) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "livemeting-" + naam + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static void stap(String tekst) {
        Platform.stap("livemeting", tekst);
    }
}
