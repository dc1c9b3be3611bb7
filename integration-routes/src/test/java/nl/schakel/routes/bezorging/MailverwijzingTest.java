package nl.schakel.routes.bezorging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The notification mail of flow 1 leads somewhere: the case number the inbox shows, and a link to the case itself. */
class MailverwijzingTest {

    private static final String OVERDRACHT = "https://schakel.example/api/v1/overdrachten/2e255cde-1111-4222-8333-444444444444";

    @Test
    void eenOverdrachtKrijgtHetZaaknummerVanDeInboxEnNietMeer() {
        Gebeurtenis verzonden = new Gebeurtenis(1, "e1", "nl.schakel.overdracht.verzonden", "urn:nl:schakel:overdracht",
                OVERDRACHT, "2026-12-01T10:00:00Z", "WT-RDAM-FEIJ", "VTRR");

        assertThat(MailBezorger.onderwerp(verzonden)).isEqualTo("Nieuwe overdracht in Schakel (zaaknummer 2e255cde)");
        assertThat(Meldingsstroom.OVERDRACHT.zaaknummer(OVERDRACHT)).contains("2e255cde");
        // no id, or another flow: no number (a crisis file's id is not a case number people know)
        assertThat(Meldingsstroom.OVERDRACHT.zaaknummer("https://schakel.example/api/v1/overdrachten/")).isEmpty();
        assertThat(Meldingsstroom.OVERDRACHT.zaaknummer("https://schakel.example/api/v1/overdrachten/<script>")).isEmpty();
        assertThat(Meldingsstroom.CRISISDOSSIER.zaaknummer(
                "https://schakel.example/api/v1/crisisdossiers/2e255cde-1111-4222-8333-444444444444")).isEmpty();
    }

    @Test
    void eenVerzoekOverDeTermijnIsEenVasteZinZonderGegevensMetEenLinkNaarMijnWerk() {
        Gebeurtenis verlopen = new Gebeurtenis(2, "e2", "nl.schakel.verzoeken.termijn-verstreken", "urn:nl:schakel:verzoeken",
                "https://schakel.example/api/v1/verzoeken/2e255cde-1111-4222-8333-444444444444", "2026-12-03T06:00:00Z", "WT-RDAM-FEIJ", "VTRR");
        MailBezorger bezorger = new MailBezorger("localhost", 25, false, null, null, "schakel@example.nl",
                "https://schakel.example/#/overdrachten/{id}", "https://schakel.example/", 1000);

        assertThat(MailBezorger.onderwerp(verlopen)).isEqualTo("Verzoek van een betrokkene over de termijn in Schakel");
        assertThat(bezorger.tekst(verlopen)).startsWith("Er staat een verzoek van een betrokkene open dat over de termijn is; zie Schakel: "
                + "https://schakel.example/#/\n").doesNotContain("2e255cde");
    }

    @Test
    void deStandaardlinkOpentDeZaakZelfEnNietDeStartpagina() throws IOException {
        Properties instellingen = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            instellingen.load(in);
        }
        assertThat(instellingen.getProperty("schakel.bezorging.mail.link")).endsWith("/#/overdrachten/{id}");
    }
}
