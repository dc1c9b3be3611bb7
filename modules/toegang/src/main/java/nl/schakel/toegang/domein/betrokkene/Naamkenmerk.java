package nl.schakel.toegang.domein.betrokkene;

import java.util.Arrays;

/**
 * The keyed hash of a normalised name and date of birth ({@link NaamEnGeboortedatum}), 32 bytes of HMAC-SHA256: what
 * the person registry keeps so that a person without a BSN can be found again, and never the name itself. Unlike a
 * {@link Bsnkenmerk} it is not unique: two people may share a name and a date, and one person may be registered under
 * several spellings. Ordered, so that a transaction writes them in one fixed order.
 */
public final class Naamkenmerk implements Comparable<Naamkenmerk> {

    private final byte[] waarde;

    public Naamkenmerk(byte[] waarde) {
        if (waarde == null || waarde.length != Bsnkenmerk.LENGTE) {
            throw new IllegalArgumentException("Een naamkenmerk is " + Bsnkenmerk.LENGTE + " bytes.");
        }
        this.waarde = waarde.clone();
    }

    public byte[] waarde() {
        return waarde.clone();
    }

    @Override
    public int compareTo(Naamkenmerk ander) {
        return Arrays.compareUnsigned(waarde, ander.waarde);
    }

    @Override
    public boolean equals(Object ander) {
        return ander instanceof Naamkenmerk k && Arrays.equals(waarde, k.waarde);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(waarde);
    }

    /** Not the bytes: with a leaked key a logged kenmerk could be tried against names and dates. */
    @Override
    public String toString() {
        return "Naamkenmerk[****]";
    }
}
