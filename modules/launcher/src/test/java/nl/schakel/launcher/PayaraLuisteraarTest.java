package nl.schakel.launcher;

import static org.assertj.core.api.Assertions.assertThat;

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
                .contains("http-thread-pool.max-thread-pool-size=24")
                .contains("http-listener-1.http.header-buffer-length-bytes=65536")
                .doesNotContain("jdbc", "set-config-property");
        assertThat(meerThreads.luisteraarCommandos()).contains("max-thread-pool-size=40")
                .isNotEqualTo(standaard.luisteraarCommandos());
    }

    private PayaraOnderdeel payara(Map<String, String> overschreven) {
        return new PayaraOnderdeel(Instellingen.laad(root, Map.of(), new Properties(), overschreven), new Artefacten());
    }
}
