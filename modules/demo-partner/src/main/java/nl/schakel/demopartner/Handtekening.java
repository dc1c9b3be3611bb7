package nl.schakel.demopartner;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Rekent de handtekening van Schakel na zoals een partner dat hoort te doen (integration-routes/README.md,
 * "Handtekening"): {@code X-Schakel-Handtekening: sha256=<hex>} = HMAC-SHA256 met het gedeelde geheim (UTF-8) over
 * de <em>ruwe</em> bytes van de body, vóór het parsen, en in constante tijd vergeleken. Bewust los van de code van
 * de route geschreven: de demopartner is een ander systeem en bewijst zo dat het contract op zichzelf klopt.
 */
final class Handtekening {

    static final String HEADER = "X-Schakel-Handtekening";
    private static final String VOORVOEGSEL = "sha256=";

    private final byte[] geheim;

    Handtekening(String geheim) {
        if (geheim == null || geheim.isBlank()) {
            throw new IllegalArgumentException("het HMAC-geheim ontbreekt");
        }
        this.geheim = geheim.getBytes(StandardCharsets.UTF_8);
    }

    boolean klopt(String kopwaarde, byte[] body) {
        if (kopwaarde == null || !kopwaarde.startsWith(VOORVOEGSEL)) {
            return false;
        }
        byte[] verwacht = (VOORVOEGSEL + bereken(body)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(verwacht, kopwaarde.trim().getBytes(StandardCharsets.US_ASCII));
    }

    String bereken(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(geheim, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 niet beschikbaar", e);
        }
    }
}
