package nl.schakel.routes.bezorging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import nl.schakel.routes.testsupport.NepPlatform;
import nl.schakel.routes.testsupport.Ontvanger;
import nl.schakel.routes.testsupport.RoutesOsProces;
import nl.schakel.routes.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Head-of-line blocking (issue 10): twee ontvangers, één ligt {@code plat-seconden} echt plat (server weg, verbinding
 * geweigerd); de vertraging van de andere blijft wat ze was. Alles echt: integration-routes als eigen OS-proces
 * ({@code java -jar}) met de herhalingen, het poll-interval en de time-outs van het product, de feed en
 * tokenuitgever van NepPlatform, zonky PostgreSQL en twee webhook-ontvangers (JDK HttpServer, HMAC nagerekend).
 * <p>
 * Verloop: elke seconde één gebeurtenis voor elk van beide. Eerst {@code basis-seconden} met beide op (basislijn),
 * dan ligt ontvanger B {@code plat-seconden} plat, dan weer op. Vertraging = moment van de eerste 2xx bij de
 * ontvanger min het moment waarop de gebeurtenis in de feed kwam. Geëist: p99 van A tijdens de storing ≤ p99 van A in
 * de basislijn + {@code marge-ms}; A kreeg alles op volgorde en niets dubbel; B kreeg na de storing (en na het herhalen
 * van de dode brieven die een storing langer dan het herhaalbudget van ~122 s geeft) ook alles.
 * Instelbaar: {@code -Dschakel.hol.plat-seconden} (standaard 60; de meting voor de README met 300),
 * {@code -Dschakel.hol.basis-seconden} (30), {@code -Dschakel.hol.marge-ms} (1000).
 */
class BezorgingPerOntvangerIT {

    private static final int PLAT = Integer.getInteger("schakel.hol.plat-seconden", 60);
    private static final int BASIS = Integer.getInteger("schakel.hol.basis-seconden", 30);
    private static final long MARGE_MS = Long.getLong("schakel.hol.marge-ms", 1000);
    private static final Path JAR = Path.of(System.getProperty("schakel.routes.jar", "target/integration-routes.jar"));
    private static final Path UITVOER = Path.of("target/per-ontvanger");
    private static final String A = "WT-RDAM-FEIJ";
    private static final String B = "RVDK-RR";
    private static final String GEHEIM_ENV = "SCHAKEL_BEZORGING_GEHEIM_HOL";
    private static final String GEHEIM = "hol-geheim";

    /** Eén aangeboden gebeurtenis: voor wie, in welke fase, en wanneer ze in de feed kwam. */
    private record Aanbod(String id, String ontvanger, String fase, long inFeedOp) {
    }

    @Test
    void eenPlatteOntvangerLaatDeVertragingVanDeAndereOngemoeid() throws Exception {
        String db = "per_ontvanger";
        TestDatabase.postgres();
        TestDatabase.voerUit("postgres", "drop database if exists " + db, "create database " + db);
        TestDatabase.voerUit(db, "create schema routes authorization " + TestDatabase.GEBRUIKER);
        Path data = UITVOER.resolve("data");
        Files.createDirectories(data.resolve("bezorging"));
        List<Aanbod> aanbod = new CopyOnWriteArrayList<>();
        Map<String, String> fase = new ConcurrentHashMap<>(Map.of("nu", "basis"));
        ScheduledExecutorService klok = Executors.newScheduledThreadPool(1);
        try (NepPlatform platform = new NepPlatform(); Ontvanger a = new Ontvanger(GEHEIM);
                Ontvanger b = new Ontvanger(GEHEIM)) {
            Files.writeString(data.resolve("bezorging/organisaties.properties"), String.join("\n",
                    A + ".webhook = " + a.url(), A + ".geheim-env = " + GEHEIM_ENV,
                    B + ".webhook = " + b.url(), B + ".geheim-env = " + GEHEIM_ENV, ""), StandardCharsets.UTF_8);
            int poort;
            try (ServerSocket s = new ServerSocket(0)) {
                poort = s.getLocalPort();
            }
            Map<String, String> env = new HashMap<>();
            env.put("SCHAKEL_API_URL", platform.apiUrl());
            env.put("SCHAKEL_OIDC_TOKEN_URL", platform.tokenUrl());
            env.put("SCHAKEL_ROUTES_CLIENT_ID", NepPlatform.CLIENT_ID);
            env.put("SCHAKEL_ROUTES_CLIENT_SECRET", NepPlatform.CLIENT_SECRET);
            env.put("SCHAKEL_ROUTES_DB_URL", "jdbc:postgresql://localhost:" + TestDatabase.postgres().getPort() + "/" + db);
            env.put("SCHAKEL_ROUTES_DB_USER", TestDatabase.GEBRUIKER);
            env.put("SCHAKEL_ROUTES_DB_PASSWORD", TestDatabase.WACHTWOORD);
            env.put("SCHAKEL_ROUTES_DATA", data.toAbsolutePath().toString());
            env.put("SCHAKEL_ROUTES_HEALTH_PORT", String.valueOf(poort));
            env.put("SCHAKEL_BEZORGING_AAN", "true");
            env.put("SCHAKEL_BEZORGING_ONTVANGERS", A + "," + B);
            env.put("SCHAKEL_SMTP_HOST", "");
            env.put(GEHEIM_ENV, GEHEIM);
            // alleen de startvertraging is korter; poll-interval (2 s), herhalingen en time-outs zijn die van het product
            Map<String, String> systeem = Map.of("schakel.bezorging.start-vertraging-ms", "0",
                    "schakel.health.host", "127.0.0.1");

            try (RoutesOsProces routes = new RoutesOsProces(JAR.toAbsolutePath(), env, systeem, UITVOER, poort)) {
                routes.start();
                klok.scheduleAtFixedRate(() -> {
                    String f = fase.get("nu");
                    for (String o : List.of(A, B)) {
                        long nu = System.currentTimeMillis();
                        aanbod.add(new Aanbod(platform.gebeurtenis("nl.schakel.overdracht.verzonden", o, "VTRR"), o, f, nu));
                    }
                }, 0, 1, TimeUnit.SECONDS);
                long t0 = System.nanoTime();
                await().atMost(Duration.ofSeconds(BASIS + 30)).pollInterval(Duration.ofMillis(100))
                        .until(() -> seconden(t0) >= BASIS);
                b.plat();
                fase.put("nu", "storing");
                long t1 = System.nanoTime();
                await().atMost(Duration.ofSeconds(PLAT + 30)).pollInterval(Duration.ofMillis(100))
                        .until(() -> seconden(t1) >= PLAT);
                b.op();
                fase.put("nu", "na");
                klok.shutdownNow();
                await().atMost(5, TimeUnit.SECONDS).until(klok::isTerminated);

                // A heeft alles, B alles behalve wat dood verklaard is; dan de dode brieven herhalen
                await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(200)).until(() ->
                        aanbod.stream().filter(x -> x.ontvanger().equals(A)).allMatch(x -> a.eersteAanname(x.id()) != null)
                        && wachtend(db) == 0);
                String herhaald = routes.post("/bezorging/herhaal");
                assertThat(herhaald).endsWith("\"open\":0}");
            }

            List<Long> basisA = vertragingen(aanbod, a, A, "basis");
            List<Long> storingA = vertragingen(aanbod, a, A, "storing");
            List<Long> basisB = vertragingen(aanbod, b, B, "basis");
            String tabel = String.format("PER-ONTVANGER (storing van B %d s, basislijn %d s, 1 gebeurtenis/s per ontvanger)%n"
                    + "%-28s %5s %8s %8s %8s%n%s%s%s", PLAT, BASIS, "vertraging (ms)", "n", "p50", "p99", "max",
                    regel("A basislijn", basisA), regel("A tijdens storing van B", storingA), regel("B basislijn", basisB));
            System.out.println(tabel);
            Files.writeString(UITVOER.resolve("vertraging-" + PLAT + "s.txt"), tabel, StandardCharsets.UTF_8);

            assertThat(storingA).as("A kreeg ook tijdens de storing gebeurtenissen").hasSizeGreaterThanOrEqualTo(PLAT - 2);
            assertThat(p(storingA, 99)).as("p99 van A tijdens de storing van B (ms)")
                    .isLessThanOrEqualTo(p(basisA, 99) + MARGE_MS);
            assertThat(a.dubbelen()).isZero();
            assertThat(b.dubbelen()).isZero();
            // volgorde per ontvanger: A kreeg alles in feedvolgorde
            List<String> idsA = aanbod.stream().filter(x -> x.ontvanger().equals(A)).map(Aanbod::id).toList();
            assertThat(a.ontvangsten().stream().map(Ontvanger.Ontvangst::id).toList()).containsExactlyElementsOf(idsA);
            // B kreeg na de storing (en het herhalen) alles
            assertThat(b.geaccepteerdeIds()).containsExactlyInAnyOrderElementsOf(
                    aanbod.stream().filter(x -> x.ontvanger().equals(B)).map(Aanbod::id).toList());
        } finally {
            klok.shutdownNow();
        }
    }

    private static long wachtend(String db) {
        try (var c = TestDatabase.postgres().getDatabase("postgres", db).getConnection();
                var s = c.createStatement();
                var rs = s.executeQuery("select count(*) from routes.bezorg_wachtrij")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }

    private static List<Long> vertragingen(List<Aanbod> aanbod, Ontvanger o, String code, String fase) {
        List<Long> lijst = new ArrayList<>();
        for (Aanbod x : aanbod) {
            if (x.ontvanger().equals(code) && x.fase().equals(fase)) {
                Long aangenomen = o.eersteAanname(x.id());
                assertThat(aangenomen).as("aangenomen: " + x).isNotNull();
                lijst.add(aangenomen - x.inFeedOp());
            }
        }
        Collections.sort(lijst);
        return lijst;
    }

    /** Percentiel (nearest rank) van een gesorteerde lijst. */
    private static long p(List<Long> gesorteerd, int procent) {
        int rang = (int) Math.ceil(procent / 100.0 * gesorteerd.size());
        return gesorteerd.get(Math.max(0, rang - 1));
    }

    private static String regel(String naam, List<Long> v) {
        return String.format("%-28s %5d %8d %8d %8d%n", naam, v.size(), p(v, 50), p(v, 99), v.get(v.size() - 1));
    }

    private static double seconden(long sinds) {
        return (System.nanoTime() - sinds) / 1e9;
    }
}
