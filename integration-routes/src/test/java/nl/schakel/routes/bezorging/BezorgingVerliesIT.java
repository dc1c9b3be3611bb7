package nl.schakel.routes.bezorging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import nl.schakel.routes.testsupport.NepPlatform;
import nl.schakel.routes.testsupport.Ontvanger;
import nl.schakel.routes.testsupport.RoutesOsProces;
import nl.schakel.routes.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * De verliestest van issue 4, met integration-routes als echt apart proces: per scenario N gebeurtenissen terwijl de
 * webhook van de partner echt plat ligt (verbinding geweigerd) gedurende 10 s, 60 s en 300 s, en het routesproces
 * twee keer met {@code kill -9} wordt gedood en opnieuw gestart (midden in de storing, en midden in het bezorgen
 * daarna). Aan het eind moet per scenario gelden: aangeboden = bezorgd + dood + onderweg = N, onderweg = 0, en na het
 * herhalen van de dode brieven is alles bezorgd. De ontvanger ontdubbelt op het CloudEvent-id en telt wat dubbel
 * binnenkwam; een SIGKILL precies tussen het 2xx van de ontvanger en het vastleggen kan één gebeurtenis nog eens
 * sturen (zie integration-routes/README.md), dus dubbel ≤ aantal kills, en niets wordt twee keer verwerkt.
 * <p>
 * De herhalingen zijn die van het product ({@code schakel.bezorging.herhaling.*}: 6× vanaf 2 s, ×2, hoogstens 60 s,
 * samen ongeveer 122 s per gebeurtenis); een storing die langer duurt geeft dus dode brieven. De scenario's lopen
 * naast elkaar, elk met een eigen database, platform, ontvanger en proces; de looptijd is die van het langste.
 * Instelbaar: {@code -Dschakel.verliestest.plat-seconden=10,60,300} en {@code -Dschakel.verliestest.n=40}.
 */
class BezorgingVerliesIT {

    private static final int N = Integer.getInteger("schakel.verliestest.n", 40);
    private static final List<Integer> PLAT_SECONDEN = Arrays.stream(
            System.getProperty("schakel.verliestest.plat-seconden", "10,60,300").split(","))
            .map(String::trim).map(Integer::valueOf).toList();
    private static final Path JAR = Path.of(System.getProperty("schakel.routes.jar", "target/integration-routes.jar"));
    private static final Path UITVOER = Path.of(System.getProperty("schakel.verliestest.uitvoer", "target/verliestest"));
    private static final String GEHEIM_ENV = "SCHAKEL_BEZORGING_GEHEIM_VERLIES";
    private static final String GEHEIM = "verliestest-geheim";
    private static final int KILLS = 2;

    /** De telling van één scenario, zoals afgedrukt. */
    record Uitslag(int platSeconden, int n, long bezorgd, long dood, long onderweg, long dubbel, long bezorgdEnDood,
                   long doodNaHerhalen, long bezorgdNaHerhalen, long dubbelNaHerhalen, List<Integer> exitcodes,
                   List<Long> cursorBijKill, double secondenTotCursorN, double secondenTotaal) {
    }

    @Test
    void elkeAangenomenGebeurtenisEindigtBezorgdOfDoodEnNietsWordtTweeKeerVerwerkt() throws Exception {
        TestDatabase.postgres();
        ExecutorService scenarios = Executors.newFixedThreadPool(PLAT_SECONDEN.size());
        List<Uitslag> uitslagen = new ArrayList<>();
        try {
            List<Future<Uitslag>> lopend = new ArrayList<>();
            for (int plat : PLAT_SECONDEN) {
                lopend.add(scenarios.submit(() -> scenario(plat)));
            }
            for (Future<Uitslag> f : lopend) {
                uitslagen.add(f.get());
            }
        } finally {
            scenarios.shutdownNow();
        }
        String tabel = tabel(uitslagen);
        System.out.println(tabel);
        Files.createDirectories(UITVOER);
        Files.writeString(UITVOER.resolve("telling.txt"), tabel, StandardCharsets.UTF_8);

        for (Uitslag u : uitslagen) {
            String s = "scenario plat " + u.platSeconden() + " s";
            assertThat(u.bezorgd() + u.dood() + u.onderweg()).as(s + ": bezorgd + dood + onderweg = N").isEqualTo(u.n());
            assertThat(u.onderweg()).as(s + ": niets blijft onderweg").isZero();
            assertThat(u.bezorgdEnDood()).as(s + ": geen gebeurtenis is zowel bezorgd als dood").isZero();
            assertThat(u.exitcodes()).as(s + ": beide keren echt SIGKILL (137)").containsExactly(137, 137);
            assertThat(u.dubbel()).as(s + ": hoogstens de gebeurtenis die onderweg was, per kill").isLessThanOrEqualTo(KILLS);
            assertThat(u.bezorgdNaHerhalen()).as(s + ": na herhalen alles bezorgd").isEqualTo(u.n());
            assertThat(u.doodNaHerhalen()).as(s + ": na herhalen geen open dode brieven").isZero();
            assertThat(u.dubbelNaHerhalen()).as(s + ": herhalen stuurt niets dubbel").isEqualTo(u.dubbel());
        }
    }

    private Uitslag scenario(int platSeconden) throws Exception {
        long begin = System.nanoTime();
        String db = "verlies_" + platSeconden;
        TestDatabase.voerUit("postgres", "drop database if exists " + db, "create database " + db);
        TestDatabase.voerUit(db, "create schema routes authorization " + TestDatabase.GEBRUIKER);
        Path map = UITVOER.resolve("plat-" + platSeconden + "s");
        Path data = map.resolve("data");
        Files.createDirectories(data.resolve("bezorging"));

        ScheduledExecutorService klok = Executors.newSingleThreadScheduledExecutor();
        try (NepPlatform platform = new NepPlatform(); Ontvanger ontvanger = new Ontvanger(GEHEIM)) {
            Files.writeString(data.resolve("bezorging/organisaties.properties"), String.join("\n",
                    "WT-RDAM-FEIJ.webhook = " + ontvanger.url(), "WT-RDAM-FEIJ.geheim-env = " + GEHEIM_ENV, ""),
                    StandardCharsets.UTF_8);
            int poort = vrijePoort();
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
            env.put("SCHAKEL_SMTP_HOST", "");
            env.put(GEHEIM_ENV, GEHEIM);
            // alleen de wachttijden van de test zelf; de herhalingen zijn die van het product
            Map<String, String> systeem = Map.of("schakel.bezorging.start-vertraging-ms", "0",
                    "schakel.bezorging.poll-interval-ms", "200",
                    "schakel.health.host", "127.0.0.1");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < N / 2; i++) {
                ids.add(platform.gebeurtenis("nl.schakel.overdracht.verzonden", "WT-RDAM-FEIJ", "VTRR"));
            }

            try (RoutesOsProces routes = new RoutesOsProces(JAR.toAbsolutePath(), env, systeem, map, poort)) {
                ontvanger.plat(); // echt plat: de server is weg, verbinding geweigerd
                routes.start();
                long t0 = System.nanoTime();
                klok.schedule(ontvanger::op, platSeconden, TimeUnit.SECONDS);
                List<Integer> exitcodes = new ArrayList<>();
                List<Long> cursorBijKill = new ArrayList<>();

                // kill -9 nummer 1: midden in de storing, terwijl de route op de eerste gebeurtenis herhaalt
                await().atMost(Duration.ofSeconds(platSeconden + 30)).pollInterval(Duration.ofMillis(100))
                        .until(() -> seconden(t0) >= platSeconden / 2.0);
                cursorBijKill.add(cursor(db));
                exitcodes.add(routes.kill9());
                routes.start();
                // de tweede helft van de overdrachten komt binnen terwijl de partner nog plat ligt (of net op is)
                for (int i = N / 2; i < N; i++) {
                    ids.add(platform.gebeurtenis("nl.schakel.overdracht.verzonden", "WT-RDAM-FEIJ", "VTRR"));
                }

                // kill -9 nummer 2: na de storing, midden in het bezorgen van de rest
                long budget = platSeconden + 300L;
                await().atMost(Duration.ofSeconds(budget)).pollInterval(Duration.ofMillis(20))
                        .until(() -> cursor(db) >= 3 * N / 4 && seconden(t0) >= platSeconden);
                cursorBijKill.add(cursor(db));
                exitcodes.add(routes.kill9());
                routes.start();

                await().atMost(Duration.ofSeconds(budget)).pollInterval(Duration.ofMillis(200))
                        .until(() -> cursor(db) == N);
                double totCursorN = seconden(t0);
                Set<String> dood = doodIds(db);
                Set<String> aangenomen = new HashSet<>(ontvanger.geaccepteerdeIds());
                long bezorgd = ids.stream().filter(aangenomen::contains).count();
                long beide = dood.stream().filter(aangenomen::contains).count();
                long onderweg = N - cursor(db);
                long dubbel = ontvanger.dubbelen();
                assertThat(aangenomen).as("de ontvanger kreeg alleen gebeurtenissen van dit scenario").isSubsetOf(ids);

                // de dode brieven herhalen: nu de partner op is, komt alles aan
                String herhaald = routes.post("/bezorging/herhaal");
                assertThat(herhaald).endsWith("\"open\":0}");
                Set<String> aangenomenNa = new HashSet<>(ontvanger.geaccepteerdeIds());
                return new Uitslag(platSeconden, N, bezorgd, dood.size(), onderweg, dubbel, beide, doodIds(db).size(),
                        ids.stream().filter(aangenomenNa::contains).count(), ontvanger.dubbelen(), exitcodes,
                        cursorBijKill, totCursorN, seconden(begin));
            }
        } finally {
            klok.shutdownNow();
        }
    }

    private static String tabel(List<Uitslag> uitslagen) {
        StringBuilder sb = new StringBuilder("VERLIESTEST (integration-routes als eigen proces, kill -9 twee keer per scenario)\n");
        sb.append(String.format("%-10s %4s %8s %6s %9s %7s | %6s %8s %7s | %-9s %-13s %9s %8s%n", "plat (s)", "N",
                "bezorgd", "dood", "onderweg", "dubbel", "dood*", "bezorgd*", "dubbel*", "exit", "cursor@kill",
                "klaar (s)", "tot (s)"));
        for (Uitslag u : uitslagen) {
            sb.append(String.format("%-10d %4d %8d %6d %9d %7d | %6d %8d %7d | %-9s %-13s %9.1f %8.1f%n",
                    u.platSeconden(), u.n(), u.bezorgd(), u.dood(), u.onderweg(), u.dubbel(), u.doodNaHerhalen(),
                    u.bezorgdNaHerhalen(), u.dubbelNaHerhalen(), u.exitcodes(), u.cursorBijKill(),
                    u.secondenTotCursorN(), u.secondenTotaal()));
        }
        sb.append("* = na POST /bezorging/herhaal. dubbel = verzoeken met een id dat de ontvanger al had (hij ontdubbelt).\n");
        sb.append("klaar = seconden vanaf de start van de storing tot de cursor op N stond.\n");
        return sb.toString();
    }

    private static double seconden(long sinds) {
        return (System.nanoTime() - sinds) / 1e9;
    }

    private static long cursor(String db) throws SQLException {
        try (Connection c = TestDatabase.postgres().getDatabase("postgres", db).getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(BezorgingTestOmgeving.CURSOR_SQL)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            // de tabel bestaat pas na de eerste start (Flyway)
            return 0;
        }
    }

    private static Set<String> doodIds(String db) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = TestDatabase.postgres().getDatabase("postgres", db).getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select gebeurtenis_id from routes.dode_brief where opgelost_op is null")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static int vrijePoort() {
        return nl.schakel.routes.testsupport.RoutesProces.vrijePoort();
    }
}
