package nl.schakel.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * De standaardrun zet de bezorging aan met de demopartner als ontvanger: instellingen, geheim, het bestand met
 * bezorginstellingen (nooit overschreven) en de omgeving van het routesproces, waarin de omgeving van de launcher voor gaat.
 */
class DemoPartnerInstellingenTest {

    @TempDir
    Path root;

    private Instellingen instellingen(Map<String, String> omgeving, Map<String, String> overrides) {
        return Instellingen.laad(root, omgeving, new Properties(), overrides);
    }

    private static RoutesOnderdeel routes(Instellingen i, Map<String, String> procesOmgeving) {
        return new RoutesOnderdeel(i, new DemoPartnerOnderdeel(i), procesOmgeving::get);
    }

    @Test
    void standaardStaatDeDemopartnerAanOpPoortenDieNietBotsen() {
        Instellingen i = instellingen(Map.of(), Map.of());
        DemoPartnerOnderdeel demo = new DemoPartnerOnderdeel(i);

        assertThat(demo.aan()).isTrue();
        assertThat(demo.poorten()).extracting(Poorten.Claim::poort).containsExactly(8191, 2525)
                .doesNotContain(i.postgresPort(), i.keycloakPort(), i.keycloakManagementPort(), i.routesHealthPort(),
                        i.payaraHttpPort(), i.payaraAdminPort());
        assertThat(demo.poorten()).extracting(Poorten.Claim::instelling)
                .containsExactly("demo-partner.http-port", "demo-partner.smtp-port");
        assertThat(demo.jar()).isEqualTo(root.resolve("modules/demo-partner/target/demo-partner.jar"));
        assertThat(demo.log()).isEqualTo(root.resolve("var/logs/demo-partner.log"));
        assertThat(i.timeout("demo-partner")).hasSeconds(60);

        Instellingen uitOmgeving = instellingen(Map.of("SCHAKEL_DEMO_PARTNER_HTTP_PORT", "18191",
                "SCHAKEL_DEMO_PARTNER_ENABLED", "false"), Map.of());
        assertThat(uitOmgeving.getal("demo-partner.http-port")).isEqualTo(18191);
        assertThat(new DemoPartnerOnderdeel(uitOmgeving).aan()).isFalse();
    }

    @Test
    void deRoutesKrijgenBezorgingAanHetGeheimEnDeDemoMailbox() throws Exception {
        Instellingen i = instellingen(Map.of(), Map.of());
        RoutesOnderdeel routes = routes(i, Map.of());

        Map<String, String> env = routes.omgeving();

        assertThat(env).containsEntry("SCHAKEL_BEZORGING_AAN", "true")
                .containsEntry("SCHAKEL_SMTP_HOST", "127.0.0.1")
                .containsEntry("SCHAKEL_SMTP_PORT", "2525");
        String geheim = env.get(DemoPartnerOnderdeel.GEHEIM_ENV);
        assertThat(geheim).hasSizeGreaterThanOrEqualTo(32);
        // één geheim, bewaard in geheimen.properties (modus 600) en hetzelfde voor de demopartner
        Properties geheimen = new Properties();
        geheimen.load(new StringReader(Files.readString(i.home().resolve("geheimen.properties"))));
        assertThat(geheimen.getProperty("demo-partner.geheim")).isEqualTo(geheim);
        assertThat(new DemoPartnerOnderdeel(i).omgeving()).containsEntry("SCHAKEL_DEMO_PARTNER_GEHEIM", geheim)
                .containsEntry("SCHAKEL_DEMO_PARTNER_HTTP_PORT", "8191")
                .containsEntry("SCHAKEL_DEMO_PARTNER_SMTP_PORT", "2525")
                .containsEntry("SCHAKEL_DEMO_PARTNER_DATA", root.resolve("var/demo-partner").toString());
        assertThat(routes(i, Map.of()).omgeving()).containsEntry(DemoPartnerOnderdeel.GEHEIM_ENV, geheim);

        Path bestand = root.resolve("var/routes-data/bezorging/organisaties.properties");
        assertThat(routes.bezorginstellingen()).isEqualTo(bestand);
        String tekst = Files.readString(bestand);
        assertThat(tekst).doesNotContain(geheim);
        Properties p = new Properties();
        p.load(new StringReader(tekst));
        assertThat(p.getProperty("WT-RDAM-FEIJ.webhook")).isEqualTo("http://127.0.0.1:8191/webhook/WT-RDAM-FEIJ");
        assertThat(p.getProperty("WT-RDAM-FEIJ.geheim-env")).isEqualTo("SCHAKEL_BEZORGING_GEHEIM_DEMO");
        assertThat(p.getProperty("WT-RDAM-FEIJ.mailbox")).isEqualTo("meldingen@wt-rdam-feij.demo.schakel.example");
        // elk wijkteam van de demo-accounts
        for (String code : new String[] {"WT-RDAM-FEIJ", "WT-RDAM-CHAR", "LT-SCHIEDAM"}) {
            assertThat(p.getProperty(code + ".webhook")).endsWith("/webhook/" + code);
            assertThat(p.getProperty(code + ".mailbox")).endsWith(".demo.schakel.example");
        }
        // en elke andere organisatie die volgens het beleid kan ontvangen (Veilig Thuis draagt bijvoorbeeld over aan de Raad)
        for (String code : new String[] {"RVDK-RR", "CIT-JBRR", "FIL", "JBRR", "RN-RDAM"}) {
            assertThat(p.getProperty(code + ".webhook")).endsWith("/webhook/" + code);
        }
        assertThat(p.stringPropertyNames()).hasSize(3 * DemoPartnerOnderdeel.ONTVANGERS.size());
        assertThat(routes(i, Map.of()).omgeving().get("SCHAKEL_BEZORGING_ONTVANGERS").split(","))
                .containsExactlyElementsOf(DemoPartnerOnderdeel.ONTVANGERS);
    }

    @Test
    void eenDoorDeLauncherGeschrevenBestandKrijgtDeOntbrekendeOntvangersErbij() throws Exception {
        Instellingen i = instellingen(Map.of(), Map.of());
        Path bestand = root.resolve("var/routes-data/bezorging/organisaties.properties");
        Files.createDirectories(bestand.getParent());
        // zoals een oudere launcher het schreef (alleen wijkteams), met een eigen aanpassing voor Feijenoord
        String oud = "# Bezorginstellingen van de integratieroutes (integration-routes/README.md), door de launcher\n"
                + "WT-RDAM-FEIJ.mailbox = postbus@wijkteam.example\n";
        Files.writeString(bestand, oud);

        routes(i, Map.of()).omgeving();

        String nieuw = Files.readString(bestand);
        assertThat(nieuw).startsWith(oud);
        Properties p = new Properties();
        p.load(new StringReader(nieuw));
        assertThat(p.getProperty("WT-RDAM-FEIJ.mailbox")).isEqualTo("postbus@wijkteam.example");
        assertThat(p.getProperty("WT-RDAM-FEIJ.webhook")).isNull();
        assertThat(p.getProperty("RVDK-RR.webhook")).endsWith("/webhook/RVDK-RR");
        assertThat(p.getProperty("LT-SCHIEDAM.webhook")).endsWith("/webhook/LT-SCHIEDAM");
    }

    @Test
    void eenBestaandBestandMetBezorginstellingenWordtNooitOverschreven() throws Exception {
        Instellingen i = instellingen(Map.of(), Map.of());
        Path bestand = root.resolve("var/routes-data/bezorging/organisaties.properties");
        Files.createDirectories(bestand.getParent());
        String eigen = "WT-RDAM-FEIJ.mailbox = postbus@wijkteam.example\n";
        Files.writeString(bestand, eigen);

        routes(i, Map.of()).omgeving();

        assertThat(Files.readString(bestand)).isEqualTo(eigen);
    }

    @Test
    void deOmgevingVanDeLauncherGaatVoor() {
        Instellingen i = instellingen(Map.of(), Map.of());
        Map<String, String> omgeving = new HashMap<>();
        omgeving.put("SCHAKEL_BEZORGING_AAN", "false");
        omgeving.put("SCHAKEL_SMTP_HOST", "smtp.example.org");

        Map<String, String> env = routes(i, omgeving).omgeving();

        assertThat(env).containsEntry("SCHAKEL_BEZORGING_AAN", "false");
        // niet gezet: het routesproces erft SCHAKEL_SMTP_HOST (en de poort) uit de omgeving van de launcher
        assertThat(env).doesNotContainKeys("SCHAKEL_SMTP_HOST", "SCHAKEL_SMTP_PORT");
    }

    @Test
    void zonderDemopartnerStaatDeBezorgingUitEnWordtErNietsGeschreven() {
        Instellingen i = instellingen(Map.of(), Map.of("demo-partner.enabled", "false"));

        Map<String, String> env = routes(i, Map.of()).omgeving();

        assertThat(env).containsEntry("SCHAKEL_BEZORGING_AAN", "false")
                .doesNotContainKeys("SCHAKEL_SMTP_HOST", DemoPartnerOnderdeel.GEHEIM_ENV);
        assertThat(root.resolve("var/routes-data/bezorging/organisaties.properties")).doesNotExist();
        assertThat(routes(i, Map.of("SCHAKEL_BEZORGING_AAN", "true")).omgeving())
                .containsEntry("SCHAKEL_BEZORGING_AAN", "true");
    }

    @Test
    void eenOntbrekendeDemopartnerJarWordtVoorafGemeld() {
        Instellingen i = instellingen(Map.of(), Map.of("keycloak.enabled", "false", "payara.enabled", "false",
                "routes.enabled", "false", "demo-partner.jar", "nergens/demo-partner.jar"));
        Launcher l = Launcher.voor(i, System.out);

        assertThat(l.ontbrekendeBouwresultaten()).containsExactly(root.resolve("nergens/demo-partner.jar"));
        assertThat(l.status()).contains("Demopartner");
        assertThat(l.logs()).contains("demo-partner.log");
    }
}
