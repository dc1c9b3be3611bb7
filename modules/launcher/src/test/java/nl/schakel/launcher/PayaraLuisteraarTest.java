package nl.schakel.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listener and thread settings are applied with the other settings and have their own fingerprint: a change of
 * exactly these makes the launcher restart the domain instead of trusting Payara's dynamic listener restart.
 */
class PayaraLuisteraarTest {

    @TempDir
    Path root;

    @Test
    void deLuisteraarinstellingenHorenBijDeInrichtingEnHebbenEenEigenVingerafdruk() {
        PayaraOnderdeel standaard = payara(Map.of());
        PayaraOnderdeel meerThreads = payara(Map.of("payara.http-threads", "40"));

        assertThat(standaard.commandos(true)).contains(standaard.luisteraarCommandos());
        assertThat(standaard.commandos(false)).contains(standaard.luisteraarCommandos());
        assertThat(standaard.luisteraarCommandos())
                .contains("http-thread-pool.max-thread-pool-size=32")
                .contains("http-listener-1.http.header-buffer-length-bytes=65536")
                .doesNotContain("jdbc", "set-config-property");
        assertThat(meerThreads.luisteraarCommandos()).contains("max-thread-pool-size=40")
                .isNotEqualTo(standaard.luisteraarCommandos());
        // the app pool above twice the API requests at work (a refused request holds two connections at once: its
        // logboek row commits on its own), the setting followed on every start
        assertThat(standaard.commandos(false)).contains("jdbc-connection-pool.schakel-pool.max-pool-size=64\n");
        assertThat(payara(Map.of("payara.db-pool", "80")).commandos(true))
                .contains("jdbc-connection-pool.schakel-pool.max-pool-size=80\n");
        // 16 at work and 8 waiting of the 32 workers: 8 left to answer the refusals
        assertThat(standaard.commandos(false))
                .contains("--propertyName=schakel.belasting.gelijktijdig --propertyValue=16\n")
                .contains("--propertyName=schakel.belasting.wachtrij --propertyValue=8\n")
                .contains("--propertyName=schakel.belasting.wachttijd-ms --propertyValue=200\n");
    }

    @Test
    void deHeapVervangtDieVanDeServerconfiguratieEnAlleenAlsHijAndersIs() throws Exception {
        PayaraOnderdeel twee = payara(Map.of("payara.heap", "2g"));
        Path domeinXml = twee.domeinDir().resolve("config/domain.xml");
        Files.createDirectories(domeinXml.getParent());
        Files.writeString(domeinXml, "<domain><configs><config name=\"server-config\"><java-config>"
                + "<jvm-options>-server</jvm-options><jvm-options>-Xmx512m</jvm-options></java-config></config>"
                + "<config name=\"default-config\"><java-config><jvm-options>-Xmx384m</jvm-options></java-config></config>"
                + "</configs></domain>");

        assertThat(twee.heapCommandos()).containsExactly("delete-jvm-options -Xmx512m", "create-jvm-options -Xmx2g");
        assertThat(payara(Map.of("payara.heap", "512m")).heapCommandos()).as("512m stands already").isEmpty();
        assertThat(twee.herstartInstellingen()).startsWith(twee.luisteraarCommandos()).endsWith("heap -Xmx2g\n")
                .isNotEqualTo(payara(Map.of()).herstartInstellingen());
        assertThat(twee.commandos(false)).as("applied only before the restart, not with every change")
                .doesNotContain("jvm-options");
    }

    @Test
    void eenOnzinnigeHeapWordtVoorafGeweigerd() {
        assertThatThrownBy(() -> payara(Map.of("payara.heap", "veel", "payara.deploy", "false")).controleerVooraf())
                .isInstanceOf(LauncherFout.class).hasMessageContaining("payara.heap");
    }

    @Test
    void deBelastingsbegrenzingZonderWorkersOverWordtGemeldEnOnzinWordtVoorafGeweigerd() {
        assertThat(payara(Map.of()).belastingswaarschuwing()).as("16 + 8 of 32").isEmpty();
        assertThat(payara(Map.of("api.gelijktijdig", "20", "api.wachtrij", "11")).belastingswaarschuwing()).isEmpty();
        assertThat(payara(Map.of("api.wachtrij", "0", "api.wachttijd-ms", "0")).belastingswaarschuwing()).isEmpty();

        assertThat(payara(Map.of("api.gelijktijdig", "24")).belastingswaarschuwing()).hasValueSatisfying(w -> assertThat(w)
                .contains("api.gelijktijdig (24", "api.wachtrij (8", "payara.http-threads (32", "geen HTTP-worker over"));
        assertThat(payara(Map.of("payara.http-threads", "16")).belastingswaarschuwing())
                .as("the meting's closed loop: as many workers as places").isPresent();

        assertThatThrownBy(() -> payara(Map.of("api.gelijktijdig", "0", "payara.deploy", "false")).controleerVooraf())
                .isInstanceOf(LauncherFout.class).hasMessageContaining("ten minste 1");
        assertThatThrownBy(() -> payara(Map.of("api.wachtrij", "-1")).controleerBelasting())
                .isInstanceOf(LauncherFout.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> payara(Map.of("api.wachttijd-ms", "-5")).controleerBelasting())
                .isInstanceOf(LauncherFout.class).hasMessageContaining("-5");
        assertThatThrownBy(() -> payara(Map.of("api.wachtrij", "acht")).controleerBelasting())
                .isInstanceOf(LauncherFout.class).hasMessageContaining("api.wachtrij moet een getal zijn");
    }

    private PayaraOnderdeel payara(Map<String, String> overschreven) {
        return new PayaraOnderdeel(Instellingen.laad(root, Map.of(), new Properties(), overschreven), new Artefacten());
    }
}
