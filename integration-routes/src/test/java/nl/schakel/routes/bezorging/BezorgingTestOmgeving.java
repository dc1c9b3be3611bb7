package nl.schakel.routes.bezorging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import nl.schakel.routes.testsupport.NepPlatform;
import nl.schakel.routes.testsupport.Ontvanger;
import nl.schakel.routes.testsupport.RoutesProces;
import nl.schakel.routes.testsupport.TestDatabase;

/**
 * Alles echt voor de bezorgtests: PostgreSQL (zonky), het platform met feed (NepPlatform), een webhook-ontvanger
 * (JDK HttpServer) en een SMTP-server (GreenMail), plus het bestand met bezorginstellingen.
 */
final class BezorgingTestOmgeving implements AutoCloseable {

    static final String FEIJENOORD = "WT-RDAM-FEIJ";
    static final String SCHIEDAM = "LT-SCHIEDAM";
    static final String ONBEKEND = "POL-RR";
    static final String GEHEIM_ENV = "SCHAKEL_TEST_BEZORGING_GEHEIM_FEIJ";
    static final String GEHEIM = "zeer-geheim-feijenoord";
    static final String MAILBOX_FEIJ = "meldingen@feijenoord.example";
    static final String MAILBOX_SCHIEDAM = "postbus@schiedam.example";
    static final String VERZONDEN = "nl.schakel.overdracht.verzonden";

    final NepPlatform platform = new NepPlatform();
    final Ontvanger ontvanger = new Ontvanger(GEHEIM);
    final GreenMail mail;
    final Path data;
    final Map<String, String> instellingen = new HashMap<>();
    RoutesProces proces;

    BezorgingTestOmgeving(Path data, int herhalingen) {
        this.data = data;
        TestDatabase.postgres();
        TestDatabase.voerUit("schakel", "do $$ begin if to_regclass('routes.bezorg_cursor') is not null then"
                + " delete from routes.bezorg_cursor; delete from routes.bezorgd; delete from routes.dode_brief;"
                + " end if; if to_regclass('routes.bezorg_wachtrij') is not null then"
                + " delete from routes.bezorg_wachtrij; delete from routes.bezorg_ontvanger; end if; end $$");
        mail = new GreenMail(new ServerSetup(RoutesProces.vrijePoort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            Files.createDirectories(data.resolve("bezorging"));
            Files.writeString(data.resolve("bezorging/organisaties.properties"), String.join("\n",
                    "# bezorginstellingen (test)",
                    FEIJENOORD + ".webhook = " + ontvanger.url(),
                    FEIJENOORD + ".geheim-env = " + GEHEIM_ENV,
                    FEIJENOORD + ".mailbox = " + MAILBOX_FEIJ,
                    SCHIEDAM + ".mailbox = " + MAILBOX_SCHIEDAM, ""), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        instellingen.put("schakel.bezorging.aan", "true");
        instellingen.put("schakel.bezorging.start-vertraging-ms", "0");
        instellingen.put("schakel.bezorging.poll-interval-ms", "100");
        instellingen.put("schakel.bezorging.herhaling.maximum", String.valueOf(herhalingen));
        instellingen.put("schakel.bezorging.herhaling.vertraging-ms", "20");
        instellingen.put("schakel.bezorging.herhaling.factor", "2");
        instellingen.put("schakel.bezorging.herhaling.max-vertraging-ms", "200");
        instellingen.put("schakel.bezorging.antwoord-timeout-ms", "2000");
        instellingen.put("schakel.bezorging.mail.link", "https://schakel.example/overdrachten/{id}");
        instellingen.put("schakel.bezorging.mail.web", "https://schakel.example");
        instellingen.put("schakel.smtp.host", "127.0.0.1");
        instellingen.put("schakel.smtp.port", String.valueOf(mail.getSmtp().getPort()));
        instellingen.put("schakel.smtp.afzender", "Schakel <noreply@schakel.example>");
        instellingen.put(GEHEIM_ENV, GEHEIM);
    }

    /** Een webhook (met hetzelfde testgeheim) voor {@code code} aan het instellingenbestand toevoegen. */
    void voegWebhookToe(String code, String url) {
        try {
            Files.writeString(data.resolve("bezorging/organisaties.properties"), code + ".webhook = " + url + "\n"
                    + code + ".geheim-env = " + GEHEIM_ENV + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Een functionele mailbox voor {@code code} aan het instellingenbestand toevoegen. */
    void voegMailboxToe(String code, String mailbox) {
        try {
            Files.writeString(data.resolve("bezorging/organisaties.properties"), code + ".mailbox = " + mailbox + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RoutesProces start() {
        proces = RoutesProces.start(platform, data, instellingen);
        return proces;
    }

    void stopProces() {
        if (proces != null) {
            proces.close();
            proces = null;
        }
    }

    /** {@code POST /bezorging/herhaal} op de gezondheidsserver. */
    HttpResponse<String> herhaal() {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(proces.gezondheidUrl("/bezorging/herhaal"))).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Tot en met welk volgnummer alles voor alle ontvangers bezorgd of dood is: de leescursor, of vlak vóór de
     * oudste rij die nog in een wachtrij staat.
     */
    static long cursor() {
        return TestDatabase.telRijen(CURSOR_SQL);
    }

    static final String CURSOR_SQL = "select coalesce((select min(volgnummer) - 1 from routes.bezorg_wachtrij),"
            + " (select max(volgnummer) from routes.bezorg_cursor), 0)";

    /** Tot en met welk volgnummer alles voor {@code organisatie} bezorgd of dood is (0 als er nog niets was). */
    static long cursor(String organisatie) {
        return TestDatabase.telRijen("select coalesce((select min(volgnummer) - 1 from routes.bezorg_wachtrij"
                + " where organisatie = '" + organisatie + "'), (select max(volgnummer) from routes.bezorg_cursor), 0)");
    }

    static long openDodeBrieven() {
        return TestDatabase.telRijen("select count(*) from routes.dode_brief where opgelost_op is null");
    }

    static long bezorgd(String kanaal) {
        return TestDatabase.telRijen("select count(*) from routes.bezorgd where kanaal = '" + kanaal + "'");
    }

    @Override
    public void close() {
        stopProces();
        ontvanger.close();
        platform.close();
        mail.stop();
    }
}
