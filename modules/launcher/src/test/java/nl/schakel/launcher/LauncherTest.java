package nl.schakel.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream uitvoer = new ByteArrayOutputStream();

    private Launcher launcher(Map<String, String> extra) {
        Map<String, String> o = new HashMap<>(Map.of("keycloak.enabled", "false", "payara.deploy", "false",
                "routes.enabled", "false", "demo-partner.enabled", "false"));
        o.putAll(extra);
        Instellingen i = Instellingen.laad(root, Map.of(), new Properties(), o);
        return Launcher.voor(i, new PrintStream(uitvoer, true, StandardCharsets.UTF_8));
    }

    @Test
    void bezettePoortWordtGenoemdMetZijnInstellingEnErStartNiets() throws Exception {
        try (ServerSocket bezet = new ServerSocket()) {
            bezet.bind(new InetSocketAddress("127.0.0.1", 0));
            int poort = bezet.getLocalPort();
            Launcher l = launcher(Map.of("postgres.port", String.valueOf(poort)));

            assertThatThrownBy(l::start)
                    .isInstanceOf(LauncherFout.class)
                    .hasMessageContaining("poort " + poort)
                    .hasMessageContaining("postgres.port")
                    .hasMessageContaining("PostgreSQL");
            assertThat(l.instellingen().home().resolve("run/postgres.pid")).doesNotExist();
            assertThat(l.instellingen().home().resolve("postgres")).doesNotExist();
        }
    }

    @Test
    void bezettePayaraPoortNoemtPortbase() throws Exception {
        try (ServerSocket bezet = new ServerSocket()) {
            bezet.bind(new InetSocketAddress(0));
            int http = bezet.getLocalPort();
            int portbase = http - 80;
            Launcher l = launcher(Map.of("payara.portbase", String.valueOf(portbase), "postgres.port", "1"));
            assertThatThrownBy(l::start)
                    .isInstanceOf(LauncherFout.class)
                    .hasMessageContaining("poort " + http + " (Payara http)")
                    .hasMessageContaining("payara.portbase");
        }
    }

    @Test
    void poortControleNoemtAlleBezettePoorten() throws Exception {
        try (ServerSocket a = new ServerSocket(0); ServerSocket b = new ServerSocket(0)) {
            assertThatThrownBy(() -> Poorten.controleerVrij(java.util.List.of(
                    new Poorten.Claim(a.getLocalPort(), "Keycloak http", "keycloak.port"),
                    new Poorten.Claim(b.getLocalPort(), "Keycloak management", "keycloak.management-port"))))
                    .hasMessageContaining(a.getLocalPort() + " (Keycloak http)")
                    .hasMessageContaining("keycloak.port")
                    .hasMessageContaining(b.getLocalPort() + " (Keycloak management)")
                    .hasMessageContaining("keycloak.management-port");
        }
    }

    static Process javaHulpproces() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), WachtOpInvoer.class.getName())
                .redirectErrorStream(true).start();
    }

    @Test
    void tweedeStartTerwijlAllesDraaitStartNietsEnLaatHetDraaiendeProcesMet() throws Exception {
        Process anderProces = javaHulpproces();
        try {
            // alleen de routes worden door deze instellingen gestart, en die draaien al
            Launcher l = launcher(Map.of("postgres.external", "true", "payara.enabled", "false",
                    "routes.enabled", "true"));
            new PidBestand(l.instellingen().home().resolve("run"), "routes").schrijf(anderProces.pid());

            assertThatThrownBy(l::start)
                    .isInstanceOf(AlGestartFout.class)
                    .hasMessageContaining("draait al")
                    .hasMessageContaining(String.valueOf(anderProces.pid()));
            assertThat(anderProces.isAlive()).isTrue();
            assertThat(l.draaiend()).containsEntry("Integratieroutes", anderProces.pid());
            assertThat(l.ontbrekend()).isEmpty();
            assertThat(uitvoer.toString(StandardCharsets.UTF_8)).doesNotContain("bezig");
        } finally {
            anderProces.getOutputStream().close();
            assertThat(anderProces.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void eenPidVanEenAnderProgrammaTeltNietAlsDraaiend() throws Exception {
        Process sleep = new ProcessBuilder("sleep", "300").start();
        try {
            Launcher l = launcher(Map.of());
            new PidBestand(l.instellingen().home().resolve("run"), "postgres").schrijf(sleep.pid());
            assertThat(l.draaiend()).isEmpty();
            l.stop();
            assertThat(sleep.isAlive()).as("stop mag een vreemd proces nooit raken").isTrue();
        } finally {
            sleep.destroyForcibly();
            sleep.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void stopZonderIetsDatDraaitDoetNiets() {
        Launcher l = launcher(Map.of());
        l.stop();
        assertThat(l.draaiend()).isEmpty();
        assertThat(l.status()).contains("gestopt");
    }

    @Test
    void ontbrekendeEarWordtVoorafGemeld() throws Exception {
        Launcher l = launcher(Map.of("payara.deploy", "true", "payara.ear", "bestaat/niet.ear", "postgres.port", "0",
                "payara.portbase", "0"));
        assertThat(l.ontbrekendeBouwresultaten()).containsExactly(root.resolve("bestaat/niet.ear"));
        Files.createDirectories(root.resolve("bestaat"));
        Files.writeString(root.resolve("bestaat/niet.ear"), "x");
        assertThat(l.ontbrekendeBouwresultaten()).isEmpty();
    }
}
