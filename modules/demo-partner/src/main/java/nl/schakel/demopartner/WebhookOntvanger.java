package nl.schakel.demopartner;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

/**
 * {@code POST /webhook/<ORGANISATIECODE>}: zoals een partnersysteem een melding van Schakel hoort aan te nemen.
 * <ol>
 * <li>handtekening narekenen over de ruwe body; klopt hij niet: 401, vastgelegd als {@code GEWEIGERD};</li>
 * <li>een CloudEvent 1.0 met {@code id} verwachten; anders 400;</li>
 * <li>ontdubbelen op {@code id} per organisatie: al eerder aangenomen → toch 200 (Schakel moet stoppen met herhalen), geteld als
 * {@code DUBBEL}; anders eerst duurzaam vastgelegd, dán 200.</li>
 * </ol>
 */
final class WebhookOntvanger implements HttpHandler {

    static final String PAD = "/webhook/";
    private static final int MAX_BODY = 64 * 1024;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,32}");
    private static final Set<String> CE_VELDEN = Set.of("specversion", "id", "source", "type", "subject", "time");

    private final Handtekening handtekening;
    private final Dagboek<Melding> meldingen;
    private final Clock klok;
    private final Set<String> aangenomen = new HashSet<>();

    WebhookOntvanger(Handtekening handtekening, Dagboek<Melding> meldingen, Clock klok) {
        this.handtekening = handtekening;
        this.meldingen = meldingen;
        this.klok = klok;
        for (Melding m : meldingen.regels()) {
            if (Melding.NIEUW.equals(m.uitkomst())) {
                aangenomen.add(sleutel(m.organisatie(), m.id()));
            }
        }
    }

    /**
     * Each organisation's system keeps its own record of what it took in: one event for several partners (a crisis file
     * has several) reaches each of them once, and is no duplicate for the second.
     */
    private static String sleutel(String organisatie, String id) {
        return organisatie + "|" + id;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!"POST".equals(ex.getRequestMethod())) {
                ex.getResponseHeaders().set("Allow", "POST");
                ex.sendResponseHeaders(405, -1);
                return;
            }
            String organisatie = ex.getRequestURI().getPath().substring(PAD.length());
            if (!CODE.matcher(organisatie).matches()) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = lees(ex.getRequestBody());
            if (body == null) {
                ex.sendResponseHeaders(413, -1);
                return;
            }
            boolean geldig = handtekening.klopt(ex.getRequestHeaders().getFirst(Handtekening.HEADER), body);
            JsonObject ce = alsJson(body);
            String id = ce == null ? null : tekst(ce, "id");
            if (!geldig) {
                leg(organisatie, ce, false, Melding.GEWEIGERD);
                ex.sendResponseHeaders(401, -1);
                return;
            }
            if (ce == null || id == null || !"1.0".equals(tekst(ce, "specversion"))) {
                leg(organisatie, ce, true, Melding.GEWEIGERD);
                ex.sendResponseHeaders(400, -1);
                return;
            }
            synchronized (this) {
                if (aangenomen.contains(sleutel(organisatie, id))) {
                    leg(organisatie, ce, true, Melding.DUBBEL);
                } else {
                    leg(organisatie, ce, true, Melding.NIEUW); // eerst duurzaam, dan pas "aangenomen"
                    aangenomen.add(sleutel(organisatie, id));
                }
            }
            ex.sendResponseHeaders(204, -1);
        }
    }

    private void leg(String organisatie, JsonObject ce, boolean geldig, String uitkomst) {
        Melding m = ce == null
                ? new Melding(nu(), organisatie, null, null, null, null, geldig, uitkomst, "(geen JSON-object)")
                : new Melding(nu(), organisatie, tekst(ce, "id"), tekst(ce, "type"), tekst(ce, "subject"),
                        tekst(ce, "time"), geldig, uitkomst, String.join(",", overigeVelden(ce)));
        meldingen.voegToe(m);
        System.out.printf("%s melding %s voor %s: id=%s type=%s handtekening=%s%n", m.ontvangenOp(), uitkomst,
                organisatie, m.id(), m.type(), geldig ? "geldig" : "ONGELDIG");
    }

    /** Wat er naast de zes velden van het datarme profiel in het CloudEvent staat (hoort niets te zijn). */
    private static List<String> overigeVelden(JsonObject ce) {
        Set<String> rest = new TreeSet<>(ce.keySet());
        rest.removeAll(CE_VELDEN);
        return List.copyOf(rest);
    }

    private String nu() {
        return Instant.now(klok).toString();
    }

    private static byte[] lees(InputStream in) throws IOException {
        byte[] b = in.readNBytes(MAX_BODY + 1);
        return b.length > MAX_BODY ? null : b;
    }

    private static JsonObject alsJson(byte[] body) {
        try (JsonReader r = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            return r.readObject();
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }

    private static String tekst(JsonObject o, String naam) {
        return o.get(naam) instanceof JsonString s ? s.getString() : null;
    }
}
