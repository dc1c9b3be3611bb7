package nl.schakel.toegang.infrastructuur.logboek;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The logboek's secret (HMAC-SHA256, the JDK's {@link Mac}): it seals every row at insert time (zegel) and signs every
 * checkpoint of the chain. The database never holds it, so whoever controls the database, even as superuser, can
 * change a row and recompute the chain, but cannot make a matching seal or checkpoint. Configured like the other
 * secrets: the launcher generates it into {@code var/geheimen.properties} and sets it on the Payara domain
 * ({@value LogboeksleutelConfiguratie#SLEUTEL}); {@code ./schakel logboek-controle} reads it from the same file.
 */
public final class Logboeksleutel {

    /** HMAC-SHA256 gets its full strength from a key of at least its output size. */
    public static final int MINIMALE_LENGTE = 32;

    private static final String ALGORITME = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    /** Initialised once and never used itself: each seal works on a clone (flight recording: see {@link #mac}). */
    private final Mac voorbeeld;

    private Logboeksleutel(byte[] geheim) {
        // fails now, not with the first row, if the JDK cannot do it
        this.voorbeeld = nieuweMac(new SecretKeySpec(geheim, ALGORITME));
    }

    /** The secret as text, taken as its UTF-8 bytes; refuses fewer than {@value #MINIMALE_LENGTE} bytes. */
    public static Logboeksleutel van(String geheim) {
        byte[] bytes = geheim == null ? new byte[0] : geheim.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MINIMALE_LENGTE) {
            throw new IllegalArgumentException("De logboeksleutel is " + bytes.length + " bytes; er zijn er ten minste "
                    + MINIMALE_LENGTE + " nodig.");
        }
        return new Logboeksleutel(bytes);
    }

    /** The seal of a text: HMAC-SHA256, 64 lower-case hex digits. */
    public String zegel(String tekst) {
        return HEX.formatHex(mac().doFinal(tekst.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code zegel} is this key's seal of {@code tekst}; in constant time. */
    public boolean klopt(String tekst, String zegel) {
        if (zegel == null) {
            return false;
        }
        return MessageDigest.isEqual(zegel(tekst).getBytes(StandardCharsets.US_ASCII),
                zegel.trim().getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A {@link Mac} is not thread-safe, so every seal has its own: a clone of the initialised one, which copies its
     * state instead of looking up the provider and hashing the key again as {@code getInstance} + {@code init} did
     * (1.4 % of the flight recording's samples in Payara at an audited read). Cloning only reads the original, which
     * nothing updates.
     */
    private Mac mac() {
        try {
            return (Mac) voorbeeld.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(ALGORITME + " kan niet worden gekloond", e);
        }
    }

    private static Mac nieuweMac(SecretKeySpec sleutel) {
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
        return "Logboeksleutel[****]";
    }
}
