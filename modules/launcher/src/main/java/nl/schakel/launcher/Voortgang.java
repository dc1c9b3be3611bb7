package nl.schakel.launcher;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Supplier;

/** Toont elke stap als bezig / klaar / mislukt met de duur in seconden. */
final class Voortgang {
    private final PrintStream uit;

    Voortgang(PrintStream uit) {
        this.uit = uit;
    }

    synchronized void regel(String tekst) {
        uit.println(tekst);
        uit.flush();
    }

    void stap(String wat, Runnable actie) {
        stap(wat, () -> {
            actie.run();
            return null;
        });
    }

    <T> T stap(String wat, Supplier<T> actie) {
        regel(String.format("  bezig    %s ...", wat));
        long begin = System.nanoTime();
        try {
            T t = actie.get();
            regel(String.format(Locale.ROOT, "  klaar    %s (%s s)", wat, seconden(begin)));
            return t;
        } catch (RuntimeException e) {
            regel(String.format(Locale.ROOT, "  mislukt  %s (%s s)", wat, seconden(begin)));
            throw e;
        }
    }

    static String seconden(long beginNano) {
        return String.format(Locale.forLanguageTag("nl-NL"), "%.1f", (System.nanoTime() - beginNano) / 1e9);
    }
}
