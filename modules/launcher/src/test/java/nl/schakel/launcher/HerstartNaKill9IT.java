package nl.schakel.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: na een {@code kill -9} van één onderdeel start {@code start} precies dat onderdeel weer en laat de rest
 * (zelfde pid) met rust; {@code ontbrekend()} (waar {@code status} zijn exitcode op baseert) noemt het zolang het weg
 * is. Echte processen op eigen poorten en een eigen home: PostgreSQL (zonky) en de demopartner.
 */
class HerstartNaKill9IT {

    @TempDir
    Path root;

    private Launcher launcher;
    private Map<String, String> instellingen;

    @AfterEach
    void opruimen() {
        if (launcher != null) {
            launcher.stop();
        }
    }

    private static int vrijePoort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void kill9VanEenOnderdeelDanStartBrengtPreciesDatOnderdeelTerug() throws Exception {
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        int postgresPoort = vrijePoort();
        instellingen = Map.of(
                "postgres.port", String.valueOf(postgresPoort),
                "keycloak.enabled", "false",
                "payara.enabled", "false",
                "routes.enabled", "false",
                "demo-partner.http-port", String.valueOf(vrijePoort()),
                "demo-partner.smtp-port", String.valueOf(vrijePoort()),
                "demo-partner.jar", Path.of(System.getProperty("schakel.demo-partner.jar",
                        "../demo-partner/target/demo-partner.jar")).toAbsolutePath().toString());
        Instellingen i = Instellingen.laad(root, Map.of(), new Properties(), instellingen);
        ByteArrayOutputStream uitvoer = new ByteArrayOutputStream();
        launcher = Launcher.voor(i, new PrintStream(uitvoer, true, StandardCharsets.UTF_8));
        launcher.start();
        long postgres = launcher.draaiend().get("PostgreSQL");
        long demo = launcher.draaiend().get("Demopartner");
        assertThat(statusExitcode()).as("status met alles op").isZero();

        // alles draait: start doet niets
        assertThatThrownBy(launcher::start).isInstanceOf(AlGestartFout.class).hasMessageContaining("er is niets gestart");

        // kill -9 van de demopartner: status ziet het, start brengt alleen hem terug
        kill9(demo);
        assertThat(launcher.ontbrekend()).extracting(Onderdeel::naam).containsExactly("Demopartner");
        assertThat(launcher.status()).containsPattern("Demopartner\\s+gestopt");
        assertThat(statusExitcode()).as("status met een plat onderdeel").isEqualTo(3);
        uitvoer.reset();
        launcher.start();
        assertThat(launcher.draaiend()).containsEntry("PostgreSQL", postgres).containsKey("Demopartner");
        assertThat(launcher.draaiend().get("Demopartner")).isNotEqualTo(demo);
        assertThat(uitvoer.toString(StandardCharsets.UTF_8)).contains("Starten wat ontbreekt: Demopartner")
                .doesNotContain("PostgreSQL starten");
        assertThat(launcher.ontbrekend()).isEmpty();
        demo = launcher.draaiend().get("Demopartner");

        // kill -9 van PostgreSQL: start brengt alleen PostgreSQL terug, de demopartner houdt zijn pid
        kill9(postgres);
        await().atMost(Duration.ofSeconds(30)).until(() -> Poorten.vrij(postgresPoort));
        assertThat(launcher.ontbrekend()).extracting(Onderdeel::naam).containsExactly("PostgreSQL");
        uitvoer.reset();
        launcher.start();
        assertThat(launcher.draaiend()).containsEntry("Demopartner", demo).containsKey("PostgreSQL");
        assertThat(launcher.draaiend().get("PostgreSQL")).isNotEqualTo(postgres);
        assertThat(uitvoer.toString(StandardCharsets.UTF_8)).contains("Starten wat ontbreekt: PostgreSQL")
                .doesNotContain("Demopartner starten");
        assertThat(launcher.ontbrekend()).isEmpty();
    }

    /** {@code status} als eigen proces, zoals {@code ./schakel status} het draait: de exitcode. */
    private int statusExitcode() throws Exception {
        java.util.List<String> commando = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dschakel.root=" + root, "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "status"));
        instellingen.forEach((k, v) -> commando.add("-D" + k + "=" + v));
        Process p = new ProcessBuilder(commando).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.onExit().get(60, TimeUnit.SECONDS).exitValue();
    }

    /** Een echte SIGKILL met het kill-commando; wachten tot het proces weg en opgeruimd is. */
    private static void kill9(long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-9", String.valueOf(pid)).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
        assertThat(ProcesWeg.binnenDertigSeconden(pid)).isTrue();
    }
}
