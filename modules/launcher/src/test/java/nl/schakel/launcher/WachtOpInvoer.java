package nl.schakel.launcher;

import java.io.IOException;

/** Hulpproces voor tests: een Java-VM die blijft draaien tot zijn invoer sluit. */
public final class WachtOpInvoer {
    private WachtOpInvoer() {
    }

    public static void main(String[] args) throws IOException {
        while (System.in.read() >= 0) {
            // wachten
        }
    }
}
