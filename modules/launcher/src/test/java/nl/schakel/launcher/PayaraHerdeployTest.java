package nl.schakel.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before a redeploy the stopped domain is told not to load the old application at start. */
class PayaraHerdeployTest {

    @TempDir
    Path map;

    @Test
    void deVerwijzingNaarDeAppWordtUitgezetEnDeRestBlijftGelijk() throws Exception {
        Path xml = map.resolve("domain.xml");
        Files.writeString(xml, "<domain><servers><server name=\"server\" config-ref=\"server-config\">\n"
                + "      <application-ref ref=\"__admingui\" virtual-servers=\"__asadmin\"></application-ref>\n"
                + "      <application-ref ref=\"schakel\" virtual-servers=\"server\"></application-ref>\n"
                + "      <application-ref enabled=\"true\" ref=\"schakel-oud\" virtual-servers=\"server\"></application-ref>\n"
                + "</server></servers></domain>");

        PayaraOnderdeel.slaAppOverBijStart(xml, "schakel");

        String na = Files.readString(xml);
        assertThat(na).contains("<application-ref enabled=\"false\" ref=\"schakel\" virtual-servers=\"server\">");
        assertThat(na).contains("<application-ref ref=\"__admingui\" virtual-servers=\"__asadmin\">");
        assertThat(na).as("een andere app met een langere naam").contains("<application-ref enabled=\"true\" ref=\"schakel-oud\"");
    }

    @Test
    void eenAlUitgezetteOfIngeschakeldeVerwijzingKrijgtPreciesEenEnabledFalse() throws Exception {
        Path xml = map.resolve("domain.xml");
        Files.writeString(xml, "<server><application-ref virtual-servers=\"server\" enabled=\"true\" ref=\"schakel\"/></server>");

        PayaraOnderdeel.slaAppOverBijStart(xml, "schakel");
        PayaraOnderdeel.slaAppOverBijStart(xml, "schakel");

        assertThat(Files.readString(xml)).isEqualTo("<server><application-ref enabled=\"false\" virtual-servers=\"server\" ref=\"schakel\"/></server>");
    }
}
