package nl.schakel.toegang.domein.betrokkene;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
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

    /** What the key for names is derived from: one configured secret, two keys that say nothing about each other. */
    private static final String NAAMSLEUTEL_AFLEIDING = "schakel/naamkenmerk/1";

    private final SecretKeySpec sleutel;
    private final SecretKeySpec naamsleutel;

    private Bsnsleutel(byte[] geheim) {
        this.sleutel = new SecretKeySpec(geheim, ALGORITME);
        // fails now, not with the first overdracht, if the JDK cannot do it
        this.naamsleutel = new SecretKeySpec(mac(sleutel).doFinal(NAAMSLEUTEL_AFLEIDING.getBytes(StandardCharsets.US_ASCII)), ALGORITME);
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
        return new Bsnkenmerk(mac(sleutel).doFinal(bsn.getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * The kenmerken a registration stores for a person's name and date of birth: one on family name and date, and, with a
     * first name, one on all three, so that a question with or without the first name finds the person
     * ({@link #naamkenmerk}). Made with a key derived from the platform secret, never the BSN key itself: a name kenmerk
     * and a BSN kenmerk can never be equal or compared.
     */
    public List<Naamkenmerk> naamkenmerken(NaamEnGeboortedatum persoon) {
        List<Naamkenmerk> kenmerken = new ArrayList<>(2);
        kenmerken.add(naamkenmerk(persoon.tekstZonderVoornaam()));
        persoon.tekstMetVoornaam().map(this::naamkenmerk).ifPresent(kenmerken::add);
        return kenmerken;
    }

    /** The one kenmerk a question matches on: with the first name when it gives one, else family name and date. */
    public Naamkenmerk naamkenmerk(NaamEnGeboortedatum vraag) {
        return naamkenmerk(vraag.tekstMetVoornaam().orElseGet(vraag::tekstZonderVoornaam));
    }

    private Naamkenmerk naamkenmerk(String tekst) {
        return new Naamkenmerk(mac(naamsleutel).doFinal(tekst.getBytes(StandardCharsets.UTF_8)));
    }

    /** A {@link Mac} is not thread-safe; a new one per use is cheap next to a database round trip. */
    private static Mac mac(SecretKeySpec sleutel) {
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
