package nl.schakel.routes.bezorging;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.camel.util.json.JsonObject;

/**
 * CloudEvents 1.0, gestructureerde JSON-modus ({@code application/cloudevents+json}), volgens het NL GOV-profiel
 * datarm: alleen {@code specversion, id, source, type, subject, time}; geen {@code data}. De ontvanger haalt
 * de resource ({@code subject}) zelf op met een eigen token. Ondertekend met HMAC-SHA256 over de exacte bytes
 * van de body: {@code X-Schakel-Handtekening: sha256=<hex, kleine letters>}.
 */
public final class CloudEventen {

    public static final String MEDIA_TYPE = "application/cloudevents+json";
    public static final String HANDTEKENING_HEADER = "X-Schakel-Handtekening";

    private CloudEventen() {
    }

    public static String alsJson(Gebeurtenis g) {
        JsonObject ce = new JsonObject(new LinkedHashMap<>());
        ce.put("specversion", "1.0");
        ce.put("id", g.id());
        ce.put("source", g.bron());
        ce.put("type", g.type());
        ce.put("subject", g.onderwerp());
        ce.put("time", g.tijdstip());
        return ce.toJson();
    }

    /** {@code sha256=<hex>} over {@code body} (UTF-8) met het geheim van de ontvanger. */
    public static String handtekening(String geheim, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(geheim.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 niet beschikbaar", e);
        }
    }
}
