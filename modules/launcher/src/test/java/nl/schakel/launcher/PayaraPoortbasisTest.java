package nl.schakel.launcher;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayaraPoortbasisTest {

    @TempDir
    Path map;

    @Test
    void eenDomeinMetAnderePoortenGeeftEenHeldereFout() throws Exception {
        Path xml = domein("<network-listener protocol=\"admin-listener\" port=\"36048\" name=\"admin-listener\" thread-pool=\"admin\"/>");

        assertThatThrownBy(() -> PayaraOnderdeel.controleerPoortbasis(xml, 26048, map))
                .isInstanceOf(LauncherFout.class)
                .hasMessageContaining("36048")
                .hasMessageContaining("payara.portbase=36000")
                .hasMessageContaining(map.toString());
    }

    @Test
    void eenDomeinMetDezelfdePoortenIsGoed() throws Exception {
        Path xml = domein("<network-listener port=\"8048\" protocol=\"admin-listener\" name=\"admin-listener\"/>");

        assertThatCode(() -> PayaraOnderdeel.controleerPoortbasis(xml, 8048, map)).doesNotThrowAnyException();
    }

    private Path domein(String listener) throws Exception {
        Path xml = map.resolve("domain.xml");
        Files.writeString(xml, "<domain><configs><config name=\"server-config\"><network-config><network-listeners>"
                + "<network-listener port=\"8080\" protocol=\"http-listener-1\" name=\"http-listener-1\"/>" + listener
                + "</network-listeners></network-config></config></configs></domain>");
        return xml;
    }
}
