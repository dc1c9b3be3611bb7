package nl.schakel.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The person registry's key: generated once into geheimen.properties, long, handed to Payara as MicroProfile Config,
 * never shown, and a short one refused before Payara is touched.
 */
class BetrokkenensleutelTest {

    @TempDir
    Path root;

    @Test
    void wordtEenKeerGegenereerdLangEnBewaard() throws Exception {
        Instellingen i = Instellingen.laad(root, Map.of(), new Properties(), Map.of());

        String sleutel = i.geheim("betrokkenen.sleutel");

        assertThat(sleutel).hasSize(64).matches("[A-Za-z0-9]+");
        assertThat(Instellingen.laad(root, Map.of(), new Properties(), Map.of()).geheim("betrokkenen.sleutel")).isEqualTo(sleutel);
        assertThat(Files.readString(root.resolve("var/geheimen.properties"))).contains("betrokkenen.sleutel=" + sleutel);
        assertThat(i.beschrijving()).contains("betrokkenen.sleutel = (gegenereerd)").doesNotContain(sleutel);
    }

    @Test
    void gaatAlsMicroProfileConfigNaarPayara() {
        Instellingen i = Instellingen.laad(root, Map.of("SCHAKEL_BETROKKENEN_SLEUTEL", "eigen-sleutel-van-ten-minste-32-bytes"),
                new Properties(), Map.of());
        PayaraOnderdeel payara = new PayaraOnderdeel(i, new Artefacten());

        assertThat(payara.mpConfig()).containsEntry("schakel.betrokkenen.sleutel", "eigen-sleutel-van-ten-minste-32-bytes");
        assertThat(payara.commandos(false)).contains("set-config-property --source=domain"
                + " --propertyName=schakel.betrokkenen.sleutel --propertyValue=eigen-sleutel-van-ten-minste-32-bytes");
        assertThat(i.beschrijving()).contains("betrokkenen.sleutel = ****").doesNotContain("eigen-sleutel");
        // the listener's buffer for request line and headers stays above the API's own limits (414/431)
        assertThat(payara.commandos(false)).contains("http-listener-1.http.header-buffer-length-bytes=65536");
    }

    @Test
    void eenTeKorteOfOnbruikbareSleutelWordtVoorafGeweigerd() {
        assertThatThrownBy(() -> PayaraOnderdeel.controleerBetrokkenensleutel("te-kort", "override"))
                .isInstanceOf(LauncherFout.class).hasMessageContaining("betrokkenen.sleutel").hasMessageContaining("7 bytes")
                .hasMessageContaining("32").hasMessageNotContaining("te-kort");
        assertThatThrownBy(() -> PayaraOnderdeel.controleerBetrokkenensleutel("met een spatie erin, lang genoeg voor 32", "override"))
                .isInstanceOf(LauncherFout.class).hasMessageContaining("spaties");
        assertThatCode(() -> PayaraOnderdeel.controleerBetrokkenensleutel(Geheimen.nieuw(64), "gegenereerd"))
                .doesNotThrowAnyException();

        Instellingen kort = Instellingen.laad(root, Map.of(), new Properties(), Map.of("betrokkenen.sleutel", "kort",
                "payara.deploy", "false"));
        assertThatThrownBy(() -> new PayaraOnderdeel(kort, new Artefacten()).controleerVooraf())
                .isInstanceOf(LauncherFout.class).hasMessageContaining("betrokkenen.sleutel");
    }

    @Test
    void deSleutelKomtNietInHetLog() {
        String uitvoer = """
                set-config-property --source=domain --propertyName=schakel.betrokkenen.sleutel --propertyValue=GEHEIM123
                Command set-config-property failed.
                schakel.betrokkenen.sleutel=GEHEIM123
                set resources.jdbc-connection-pool.schakel-pool.property.password=WACHTWOORD
                """;

        assertThat(PayaraOnderdeel.maskeer(uitvoer)).doesNotContain("GEHEIM123").doesNotContain("WACHTWOORD")
                .contains("--propertyValue=****", "schakel.betrokkenen.sleutel=****", "Command set-config-property failed.");
    }
}
