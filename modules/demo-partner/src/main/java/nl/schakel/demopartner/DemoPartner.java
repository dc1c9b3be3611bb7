package nl.schakel.demopartner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * De demopartner: het systeem van een fictief wijkteam in de standaardrun van Schakel ({@code ./schakel start}).
 * Een webhook ({@code POST /webhook/<CODE>}), een echte SMTP-server als functionele mailbox, en wat er binnenkwam
 * op {@code /} (HTML) en {@code /api/ontvangen} (JSON). Klaar als {@code GET /gezond} 200 geeft.
 * <p>
 * Omgeving: {@code SCHAKEL_DEMO_PARTNER_GEHEIM} (verplicht, het HMAC-geheim), {@code SCHAKEL_DEMO_PARTNER_HTTP_PORT}
 * (8191), {@code SCHAKEL_DEMO_PARTNER_SMTP_PORT} (2525), {@code SCHAKEL_DEMO_PARTNER_HOST} (127.0.0.1),
 * {@code SCHAKEL_DEMO_PARTNER_DATA} ({@code var/demo-partner}).
 */
public final class DemoPartner implements AutoCloseable {

    /** Instellingen; {@code poort 0} = een vrije poort (tests). */
    public record Instellingen(String host, int httpPoort, int smtpPoort, Path data, String geheim) {

        static Instellingen uit(Map<String, String> env) {
            String geheim = env.get("SCHAKEL_DEMO_PARTNER_GEHEIM");
            if (geheim == null || geheim.isBlank()) {
                throw new IllegalArgumentException("SCHAKEL_DEMO_PARTNER_GEHEIM (het HMAC-geheim) is niet gezet");
            }
            return new Instellingen(env.getOrDefault("SCHAKEL_DEMO_PARTNER_HOST", "127.0.0.1"),
                    Integer.parseInt(env.getOrDefault("SCHAKEL_DEMO_PARTNER_HTTP_PORT", "8191")),
                    Integer.parseInt(env.getOrDefault("SCHAKEL_DEMO_PARTNER_SMTP_PORT", "2525")),
                    Path.of(env.getOrDefault("SCHAKEL_DEMO_PARTNER_DATA", "var/demo-partner")), geheim);
        }
    }

    private final DemoMailbox mailbox;
    private final HttpServer http;
    private final ExecutorService draden;

    private DemoPartner(DemoMailbox mailbox, HttpServer http, ExecutorService draden) {
        this.mailbox = mailbox;
        this.http = http;
        this.draden = draden;
    }

    public static DemoPartner start(Instellingen inst) {
        Clock klok = Clock.systemUTC();
        Dagboek<Melding> meldingen = new Dagboek<>(inst.data().resolve("meldingen.jsonl"), Melding::uit, Melding::json);
        Dagboek<Mail> mails = new Dagboek<>(inst.data().resolve("mails.jsonl"), Mail::uit, Mail::json);
        // eerst de mailbox, dan HTTP: /gezond antwoordt pas als beide er zijn
        DemoMailbox mailbox = new DemoMailbox(inst.host(), inst.smtpPoort(), mails, klok);
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(inst.host(), inst.httpPoort()), 50);
        } catch (IOException e) {
            mailbox.close();
            throw new UncheckedIOException("HTTP-poort " + inst.httpPoort() + " niet te openen", e);
        }
        Overzicht overzicht = new Overzicht(meldingen, mails);
        http.createContext(WebhookOntvanger.PAD, new WebhookOntvanger(new Handtekening(inst.geheim()), meldingen, klok));
        http.createContext("/api/ontvangen", overzicht::json);
        http.createContext("/gezond", ex -> {
            try (ex) {
                ex.sendResponseHeaders(200, -1);
            }
        });
        http.createContext("/", overzicht::pagina);
        ExecutorService draden = Executors.newFixedThreadPool(4);
        http.setExecutor(draden);
        http.start();
        return new DemoPartner(mailbox, http, draden);
    }

    public String url() {
        return "http://" + http.getAddress().getHostString() + ":" + http.getAddress().getPort();
    }

    public int httpPoort() {
        return http.getAddress().getPort();
    }

    public int smtpPoort() {
        return mailbox.poort();
    }

    @Override
    public void close() {
        http.stop(0);
        draden.shutdownNow();
        mailbox.close();
    }

    public static void main(String[] args) throws InterruptedException {
        Instellingen inst;
        try {
            inst = Instellingen.uit(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("FOUT: " + e.getMessage());
            System.exit(2);
            return;
        }
        DemoPartner partner = start(inst);
        CountDownLatch einde = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            partner.close();
            einde.countDown();
        }, "demo-partner-stop"));
        System.out.printf("Demopartner klaar: pagina %s/ , webhook %s%s<CODE>, SMTP %s:%d, gegevens in %s%n",
                partner.url(), partner.url(), WebhookOntvanger.PAD, inst.host(), partner.smtpPoort(),
                inst.data().toAbsolutePath());
        einde.await();
    }
}
