package nl.schakel.routes.bezorging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** De handtekening (RFC 4231-testvector), de vorm van het CloudEvent en het lezen van de bezorginstellingen. */
class CloudEventenEnInstellingenTest {

    @TempDir
    Path map;

    @Test
    void handtekeningIsHmacSha256InKleineLettersHex() {
        // RFC 4231, test case 2
        assertThat(CloudEventen.handtekening("Jefe", "what do ya want for nothing?"))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void cloudEventIsDatarm() {
        Gebeurtenis g = new Gebeurtenis(12, "0b7e-id", "nl.schakel.overdracht.verzonden", "urn:nl:schakel:overdracht",
                "https://schakel.example/api/v1/overdrachten/42", "2026-11-25T09:00:00Z", "WT-RDAM-FEIJ", "VTRR");
        JsonObject ce = Jsoner.deserialize(CloudEventen.alsJson(g), new JsonObject());
        assertThat(ce).containsExactlyInAnyOrderEntriesOf(Map.of("specversion", "1.0", "id", "0b7e-id",
                "source", "urn:nl:schakel:overdracht", "type", "nl.schakel.overdracht.verzonden",
                "subject", "https://schakel.example/api/v1/overdrachten/42", "time", "2026-11-25T09:00:00Z"));
    }

    @Test
    void instellingenPerOrganisatie() throws IOException {
        Path bestand = map.resolve("organisaties.properties");
        Files.writeString(bestand, """
                A.webhook = https://a.example/hook
                A.geheim-env = GEHEIM_A
                A.mailbox = a@a.example
                B.mailbox = b@b.example
                C.webhook = https://c.example/hook
                C.geheim-env = GEHEIM_C
                D.webhook = https://d.example/hook
                E.webhook = ftp://e.example/hook
                E.geheim-env = GEHEIM_A
                """, StandardCharsets.UTF_8);
        BezorgInstellingen instellingen = new BezorgInstellingen(bestand, Map.of("GEHEIM_A", "s3cr3t")::get);

        OrganisatieBezorging a = instellingen.voor("A");
        assertThat(a.webhook()).hasToString("https://a.example/hook");
        assertThat(a.geheim()).isEqualTo("s3cr3t");
        assertThat(a.mailbox()).isEqualTo("a@a.example");
        OrganisatieBezorging b = instellingen.voor("B");
        assertThat(b.heeftWebhook()).isFalse();
        assertThat(b.mailbox()).isEqualTo("b@b.example");
        assertThatThrownBy(() -> instellingen.voor("C")).isInstanceOf(BezorgConfiguratieFout.class)
                .hasMessageContaining("GEHEIM_C").hasMessageNotContaining("s3cr3t");
        assertThatThrownBy(() -> instellingen.voor("D")).isInstanceOf(BezorgConfiguratieFout.class)
                .hasMessageContaining("geheim-env");
        assertThatThrownBy(() -> instellingen.voor("E")).isInstanceOf(BezorgConfiguratieFout.class)
                .hasMessageContaining("http");
        assertThatThrownBy(() -> instellingen.voor("X")).isInstanceOf(BezorgConfiguratieFout.class)
                .hasMessageStartingWith("geen bezorginstellingen");
        assertThatThrownBy(() -> new BezorgInstellingen(map.resolve("ontbreekt.properties"), n -> null).voor("A"))
                .isInstanceOf(IllegalStateException.class);
    }
}
