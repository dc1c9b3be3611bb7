package nl.schakel.launcher;

import java.util.concurrent.TimeUnit;

/**
 * Wachten tot een proces echt weg is. {@code Processen.stop} rekent een zombie als weg (het is beëindigd), maar
 * voor een kind van deze JVM blijft {@code isAlive()} true tot de JVM het heeft opgeruimd (reaped). Wachten op
 * {@code onExit()} wacht precies daarop, zonder te raden hoe lang dat duurt.
 */
final class ProcesWeg {

    private ProcesWeg() {
    }

    /** True als het proces binnen 30 s weg (en opgeruimd) is, of er al niet meer was. */
    static boolean binnenDertigSeconden(long pid) throws Exception {
        var ph = ProcessHandle.of(pid);
        if (ph.isEmpty()) {
            return true;
        }
        ph.get().onExit().get(30, TimeUnit.SECONDS);
        return !ph.get().isAlive();
    }
}
