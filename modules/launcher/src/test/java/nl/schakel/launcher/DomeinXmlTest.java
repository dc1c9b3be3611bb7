package nl.schakel.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stopped domain is edited before its next start: before a redeploy it is told not to load the old application,
 * before its first start its data grid is switched off.
 */
class DomeinXmlTest {

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

        DomeinXml.slaAppOverBijStart(xml, "schakel");

        String na = Files.readString(xml);
        assertThat(na).contains("<application-ref enabled=\"false\" ref=\"schakel\" virtual-servers=\"server\">");
        assertThat(na).contains("<application-ref ref=\"__admingui\" virtual-servers=\"__asadmin\">");
        assertThat(na).as("een andere app met een langere naam").contains("<application-ref enabled=\"true\" ref=\"schakel-oud\"");
    }

    @Test
    void eenAlUitgezetteOfIngeschakeldeVerwijzingKrijgtPreciesEenEnabledFalse() throws Exception {
        Path xml = map.resolve("domain.xml");
        Files.writeString(xml, "<server><application-ref virtual-servers=\"server\" enabled=\"true\" ref=\"schakel\"/></server>");

        DomeinXml.slaAppOverBijStart(xml, "schakel");
        DomeinXml.slaAppOverBijStart(xml, "schakel");

        assertThat(Files.readString(xml)).isEqualTo("<server><application-ref enabled=\"false\" virtual-servers=\"server\" ref=\"schakel\"/></server>");
    }

    /** As Payara 6.2025.9's create-domain writes them: one element per configuration, the server's without attributes. */
    private static final String NIEUW_DOMEIN = "<domain><configs>\n"
            + "  <config name=\"server-config\">\n"
            + "    <notification-service-configuration enabled=\"true\"></notification-service-configuration>\n"
            + "    <hazelcast-config-specific-configuration></hazelcast-config-specific-configuration>\n"
            + "  </config>\n"
            + "  <config name=\"default-config\">\n"
            + "    <hazelcast-config-specific-configuration config-specific-data-grid-start-port=\"${HZ_LISTENER_PORT}\">"
            + "</hazelcast-config-specific-configuration>\n"
            + "  </config>\n"
            + "</configs></domain>";

    @Test
    void hetDataGridVanDeServerGaatUitEnDeRestBlijftGelijk() throws Exception {
        Path xml = map.resolve("domain.xml");
        Files.writeString(xml, NIEUW_DOMEIN);

        DomeinXml.zetDataGridUit(xml);

        assertThat(Files.readString(xml)).isEqualTo(NIEUW_DOMEIN.replace(
                "    <hazelcast-config-specific-configuration></hazelcast",
                "    <hazelcast-config-specific-configuration enabled=\"false\"></hazelcast"));
    }

    @Test
    void eenIngeschakeldDataGridKrijgtPreciesEenEnabledFalse() throws Exception {
        Path xml = map.resolve("domain.xml");
        Files.writeString(xml, "<config name=\"server-config\"><hazelcast-config-specific-configuration enabled=\"true\""
                + " config-specific-data-grid-start-port=\"5900\"/></config>");

        DomeinXml.zetDataGridUit(xml);
        DomeinXml.zetDataGridUit(xml);

        assertThat(Files.readString(xml)).isEqualTo("<config name=\"server-config\"><hazelcast-config-specific-configuration"
                + " enabled=\"false\" config-specific-data-grid-start-port=\"5900\"/></config>");
    }

    @Test
    void zonderDataGridElementInDeServerconfiguratieWeigertHetEnLaatHetBestandStaan() throws Exception {
        Path xml = map.resolve("domain.xml");
        // only default-config has one: the server's must not be taken for it
        String zonder = NIEUW_DOMEIN.replace("    <hazelcast-config-specific-configuration></hazelcast-config-specific-configuration>\n", "");
        Files.writeString(xml, zonder);

        assertThatThrownBy(() -> DomeinXml.zetDataGridUit(xml)).isInstanceOf(LauncherFout.class)
                .hasMessageContaining("server-config").hasMessageContaining(xml.toString());
        assertThat(Files.readString(xml)).isEqualTo(zonder);
    }
}
