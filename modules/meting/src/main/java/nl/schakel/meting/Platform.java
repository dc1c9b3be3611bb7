package nl.schakel.meting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.schakel.launcher.Instellingen;
import nl.schakel.launcher.Launcher;

/**
 * The platform a benchmark measures: PostgreSQL and Payara with the real EAR, started through the launcher's Java API
 * in a home of the benchmark's own (no Keycloak, no routes, no demo partner, the bearer-token check on the run's key set, the
 * benchmark endpoints switched on). Every run starts from an empty home: a new domain and database, so runs compare
 * (same logboek size, a cold JIT), and no restart of a domain that already has the EAR deployed (the launcher's
 * redeploy can race Payara's own loading of the app at start-up). The EAR is copied in, so a build running meanwhile
 * in the same tree cannot change what is deployed.
 */
final class Platform implements AutoCloseable {

    private final Path home;
    private final int poortbasis;
    private final Launcher launcher;

    private Platform(Path home, int poortbasis, Launcher launcher) {
        this.home = home;
        this.poortbasis = poortbasis;
        this.launcher = launcher;
    }

    /**
     * Wipes {@code home} (all but {@code runtime/}, the unpacked servers), copies the EAR in and writes the run's public
     * key set; does not start anything yet.
     */
    static Platform voorbereid(Path root, Path home, int poortbasis, int postgresPoort, int httpThreads, Tokens tokens)
            throws IOException {
        return voorbereid(root, home, poortbasis, postgresPoort, httpThreads, tokens, "", "");
    }

    /**
     * As above, with the Payara JVM's maximum heap {@code heap} ({@code -Xmx<heap>}, e.g. {@code 1g}; blank: the
     * launcher's default), through the launcher's setting {@code payara.heap}, and server settings for the run's
     * PostgreSQL ({@code naam=waarde;…}, the launcher's setting {@code postgres.instellingen}; blank: none), e.g. the
     * preload of {@code pg_stat_statements}.
     */
    static Platform voorbereid(Path root, Path home, int poortbasis, int postgresPoort, int httpThreads, Tokens tokens,
            String heap, String postgresInstellingen) throws IOException {
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
        instellingen.put("token.jwks", jwks.toUri().toString());
        instellingen.put("token.issuer", Tokens.UITGEVER);
        instellingen.put("meting.ingeschakeld", "true");
        instellingen.put("postgres.instellingen", postgresInstellingen);

        Launcher.voor(root, instellingen).stop(); // a run that was killed may have left its servers behind
        wis(home);
        Files.createDirectories(home);
        Files.copy(root.resolve("platform-ear/target/schakel.ear"), eigenEar, StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(jwks, tokens.publiekeSleutelset());
        if (!heap.isBlank()) {
            instellingen.put("payara.heap", heap.strip()); // the launcher refuses a size it does not understand
        }
        return new Platform(home, poortbasis, Launcher.voor(root, instellingen));
    }

    void start() {
        launcher.start();
    }

    /** The launcher's settings of this run's home (ports, users, the generated secrets). */
    Instellingen instellingen() {
        return launcher.instellingen();
    }

    /** {@code ./schakel logboek-controle [--volledig]} on this run's home: "Logboek heel: …", or it throws with the findings. */
    String controleerLogboek(boolean volledig) {
        return launcher.controleerLogboek(volledig);
    }

    /** The API's base address (Payara's http listener, portbase + 80, loopback). */
    String basis() {
        return "http://127.0.0.1:" + (poortbasis + 80);
    }

    Path home() {
        return home;
    }

    /** The folder with the launcher's pid files ({@code payara.pid}, {@code postgres.pid}). */
    Path runMap() {
        return home.resolve("run");
    }

    /** Stops PostgreSQL and Payara; called from a {@code finally}, also when the start failed half-way. */
    @Override
    public void close() {
        launcher.stop();
    }

    /**
     * The program's home from {@code meting.home} (or the given default), which must lie under
     * {@code modules/meting/target} because it is wiped at every run; exits the program with a message otherwise.
     */
    static Path home(Path root, String standaard) {
        Path home = root.resolve(System.getProperty("meting.home", standaard)).toAbsolutePath().normalize();
        if (!home.startsWith(root.resolve("modules/meting/target"))) {
            System.err.println("meting.home moet onder modules/meting/target liggen (het wordt bij elke run gewist): " + home);
            System.exit(2);
        }
        return home;
    }

    /** The EAR the build made; exits the program with the build command when it is missing. */
    static void vereisEar(Path root) {
        Path ear = root.resolve("platform-ear/target/schakel.ear");
        if (!Files.isRegularFile(ear)) {
            System.err.println("De EAR ontbreekt (" + ear + "). Bouw eerst (zie modules/meting/README.md): "
                    + "./mvnw -o -pl platform-ear -am package -DskipTests -Dfrontend.test.skip=true");
            System.exit(2);
        }
    }

    /** Empties the home, except {@code runtime/} (the unpacked PostgreSQL and Payara, the same every run). */
    private static void wis(Path map) throws IOException {
        if (!Files.exists(map)) {
            return;
        }
        Path runtime = map.resolve("runtime");
        try (var paden = Files.walk(map)) {
            for (Path p : paden.sorted(Comparator.reverseOrder()).toList()) {
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

    /** One progress line, with the time, under the program's name. */
    static void stap(String programma, String tekst) {
        System.out.println("[" + programma + " " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toLocalTime() + "] " + tekst);
        System.out.flush();
    }
}
