package nl.schakel.toegang.domein.betrokkene;

import java.util.regex.Pattern;

/**
 * A burgerservicenummer: nine digits that pass the elfproef. Checked before it is stored, because a mistyped
 * BSN would link a family's file to a stranger.
 */
public record Bsn(String waarde) {

    private static final Pattern NEGEN_CIJFERS = Pattern.compile("\\d{9}");

    public Bsn {
        if (!isGeldig(waarde)) {
            throw new IllegalArgumentException("Geen geldig burgerservicenummer.");
        }
    }

    /**
     * The elfproef for BSNs: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11. All zeros passes the sum but
     * is no number anyone has, so it is refused.
     */
    public static boolean isGeldig(String waarde) {
        if (waarde == null || !NEGEN_CIJFERS.matcher(waarde).matches() || waarde.equals("000000000")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (waarde.charAt(i) - '0');
        }
        som -= waarde.charAt(8) - '0';
        return som % 11 == 0;
    }

    @Override
    public String toString() {
        // never the number itself in logs or exception texts
        return "Bsn[*********]";
    }
}
