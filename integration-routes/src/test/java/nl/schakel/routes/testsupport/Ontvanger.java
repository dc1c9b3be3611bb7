package nl.schakel.routes.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import nl.schakel.routes.bezorging.CloudEventen;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * Een echte webhook-ontvanger (JDK {@link HttpServer}) zoals een partnerorganisatie die zou bouwen: controleert
 * de HMAC-handtekening (zelf berekend, niet met de code van de route), ontdubbelt op het CloudEvent-id en telt
 * wat dubbel binnenkwam. Kan een reeks antwoorden geven (503, 400, ...) en echt plat gaan (server gestopt,
 * verbinding geweigerd) en weer op dezelfde poort opstaan.
 */
public class Ontvanger implements AutoCloseable {

    public static final String PAD = "/schakel/meldingen";

    public record Ontvangst(String id, int status, boolean handtekeningGeldig, String contentType, String body) {

        public JsonObject json() {
            return Jsoner.deserialize(body, new JsonObject());
        }
    }

    private final String geheim;
    private final int poort;
    private final List<Ontvangst> ontvangsten = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> geaccepteerd = new ConcurrentHashMap<>();
    private final Map<String, Long> eersteAanname = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Integer> antwoorden = new ConcurrentLinkedQueue<>();
    private volatile int storingElkeN;
    private final AtomicInteger teller = new AtomicInteger();
    private HttpServer server;

    public Ontvanger(String geheim) {
        this.geheim = geheim;
        start(0);
        this.poort = server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + poort + PAD;
    }

    /** De volgende verzoeken krijgen deze statussen (in volgorde), daarna weer 200. */
    public void antwoord(Integer... statussen) {
        antwoorden.addAll(List.of(statussen));
    }

    /** Elk n-de verzoek krijgt 503 (0 = uit). */
    public void storingElke(int n) {
        this.storingElkeN = n;
    }

    /** Echt plat: de server stopt, verbindingen worden geweigerd. */
    public synchronized void plat() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Weer op, op dezelfde poort. */
    public synchronized void op() {
        if (server == null) {
            start(poort);
        }
    }

    private synchronized void start(int op) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", op), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(PAD, this::ontvang);
        server.start();
    }

    private void ontvang(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        String tekst = new String(body, StandardCharsets.UTF_8);
        String handtekening = ex.getRequestHeaders().getFirst(CloudEventen.HANDTEKENING_HEADER);
        boolean geldig = handtekening != null && MessageDigest.isEqual(
                handtekening.getBytes(StandardCharsets.US_ASCII),
                ("sha256=" + HmacTest.hex(geheim, body)).getBytes(StandardCharsets.US_ASCII));
        String id = Jsoner.deserialize(tekst, new JsonObject()).getString("id");
        Integer gepland = antwoorden.poll();
        int n = teller.incrementAndGet();
        int status;
        if (gepland != null) {
            status = gepland;
        } else if (storingElkeN > 0 && n % storingElkeN == 0) {
            status = 503;
        } else if (!geldig) {
            status = 401;
        } else {
            status = 200;
        }
        if (status / 100 == 2) {
            geaccepteerd.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            eersteAanname.putIfAbsent(id, System.currentTimeMillis());
        }
        ontvangsten.add(new Ontvangst(id, status, geldig, ex.getRequestHeaders().getFirst("Content-Type"), tekst));
        ex.sendResponseHeaders(status, -1);
        ex.close();
    }

    /** Alle verzoeken, ook de geweigerde. */
    public List<Ontvangst> ontvangsten() {
        return List.copyOf(ontvangsten);
    }

    /** De ids die (minstens één keer) met 2xx zijn aangenomen. */
    public List<String> geaccepteerdeIds() {
        return new ArrayList<>(geaccepteerd.keySet());
    }

    /** Wanneer {@code id} voor het eerst met 2xx is aangenomen (epoch-ms), of null. */
    public Long eersteAanname(String id) {
        return eersteAanname.get(id);
    }

    public int keerGeaccepteerd(String id) {
        AtomicInteger n = geaccepteerd.get(id);
        return n == null ? 0 : n.get();
    }

    /** Hoe vaak een al aangenomen id nog eens (met 2xx) binnenkwam: de ontvanger ontdubbelt, de route mag dit niet. */
    public int dubbelen() {
        return geaccepteerd.values().stream().mapToInt(a -> a.get() - 1).sum();
    }

    @Override
    public synchronized void close() {
        plat();
    }
}
