package nl.schakel.toegang.domein.betrokkene;

import java.util.Arrays;

/**
 * The keyed hash of a BSN (32 bytes of HMAC-SHA256): what the person registry keeps instead of the number. Ordered
 * (unsigned, byte by byte), so that a transaction meeting several new persons registers them in one fixed order.
 */
public final class Bsnkenmerk implements Comparable<Bsnkenmerk> {

    public static final int LENGTE = 32;

    private final byte[] waarde;

    public Bsnkenmerk(byte[] waarde) {
        if (waarde == null || waarde.length != LENGTE) {
            throw new IllegalArgumentException("Een BSN-kenmerk is " + LENGTE + " bytes.");
        }
        this.waarde = waarde.clone();
    }

    public byte[] waarde() {
        return waarde.clone();
    }

    @Override
    public int compareTo(Bsnkenmerk ander) {
        return Arrays.compareUnsigned(waarde, ander.waarde);
    }

    @Override
    public boolean equals(Object ander) {
        return ander instanceof Bsnkenmerk k && Arrays.equals(waarde, k.waarde);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(waarde);
    }

    /** Not the bytes: with a leaked key a logged kenmerk could be matched to a BSN. */
    @Override
    public String toString() {
        return "Bsnkenmerk[****]";
    }
}
