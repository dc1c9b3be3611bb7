package nl.schakel.toegang.domein.betrokkene;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The platform's secret for recognising a person by BSN across flows. A plain hash of a BSN would be no protection:
 * there are only 10^9 numbers, so anyone with the table could try them all. Keyed (HMAC-SHA256, the JDK's
 * {@link Mac}), the kenmerk says nothing without the secret, and the same BSN still gives the same kenmerk everywhere.
 */
public final class Bsnsleutel {

    /** HMAC-SHA256 gets its full strength from a key of at least its output size. */
    public static final int MINIMALE_LENGTE = 32;

    private static final String ALGORITME = "HmacSHA256";
    /** The canonical form only: a BSN written differently ("1234 56 782") would otherwise be another person. */
    private static final Pattern NEGEN_CIJFERS = Pattern.compile("\\d{9}");

    private final SecretKeySpec sleutel;

    private Bsnsleutel(byte[] geheim) {
        this.sleutel = new SecretKeySpec(geheim, ALGORITME);
        mac(); // fails now, not with the first overdracht, if the JDK cannot do it
    }

    /** Refuses a key shorter than {@value #MINIMALE_LENGTE} bytes. */
    public static Bsnsleutel van(byte[] geheim) {
        if (geheim == null || geheim.length < MINIMALE_LENGTE) {
            throw new IllegalArgumentException("De sleutel is " + (geheim == null ? 0 : geheim.length)
                    + " bytes; er zijn er ten minste " + MINIMALE_LENGTE + " nodig.");
        }
        return new Bsnsleutel(geheim.clone());
    }

    /** The secret as text, taken as its UTF-8 bytes (how MicroProfile Config and the launcher hand it over). */
    public static Bsnsleutel van(String geheim) {
        return van(geheim == null ? null : geheim.getBytes(StandardCharsets.UTF_8));
    }

    /** The kenmerk of a BSN in its canonical form (nine digits); the elfproef is the flow's check. */
    public Bsnkenmerk kenmerk(String bsn) {
        if (bsn == null || !NEGEN_CIJFERS.matcher(bsn).matches()) {
            throw new IllegalArgumentException("Een BSN is hier negen cijfers.");
        }
        return new Bsnkenmerk(mac().doFinal(bsn.getBytes(StandardCharsets.US_ASCII)));
    }

    /** A {@link Mac} is not thread-safe; a new one per use is cheap next to a database round trip. */
    private Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITME);
            mac.init(sleutel);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITME + " is niet beschikbaar", e);
        }
    }

    @Override
    public String toString() {
        return "Bsnsleutel[****]";
    }
}
