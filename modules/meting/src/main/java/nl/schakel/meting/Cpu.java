package nl.schakel.meting;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the machine's CPU went during one measurement (Linux {@code /proc}): the whole machine's busy time, the
 * Payara JVM's, and the PostgreSQL server's (postmaster and its backends). What is left is the load generator and
 * whatever else runs on the machine. CPU per request of Payara + PostgreSQL is the figure that least depends on
 * other load on the shared cores.
 */
final class Cpu {

    /** Linux's USER_HZ; 100 on every usual kernel ({@code getconf CLK_TCK}). */
    private static final double TIK = 0.01;

    private final long payaraPid;
    private final long postgresPid;

    Cpu(Path runMap) {
        this.payaraPid = Payarajvm.pid(runMap.resolve("payara.pid"));
        this.postgresPid = Payarajvm.pid(runMap.resolve("postgres.pid"));
    }

    /** CPU seconds so far: machine busy, Payara, PostgreSQL (with backends per pid, so ones that end are not lost). */
    record Stand(double machine, double payara, Map<Long, Double> postgres, double loadavg) {}

    /** CPU seconds over an interval, and the 1-minute load average at its end. */
    record Verbruik(double seconden, double machine, double payara, double postgres, double loadavg) {
        double overig() {
            return Math.max(0, machine - payara - postgres);
        }
    }

    Stand stand() {
        Map<Long, Double> postgres = new HashMap<>();
        if (postgresPid > 0) {
            try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
                for (Path proc : procs) {
                    long pid = Long.parseLong(proc.getFileName().toString());
                    Optional<String[]> velden = velden(pid);
                    if (velden.isPresent() && (pid == postgresPid || Long.parseLong(velden.get()[1]) == postgresPid)) {
                        postgres.put(pid, cpu(velden.get()));
                    }
                }
            } catch (IOException e) {
                // no /proc: no CPU figures
            }
        }
        return new Stand(machineBezig(), velden(payaraPid).map(Cpu::cpu).orElse(0.0), postgres, loadavg());
    }

    static Verbruik verschil(Stand voor, Stand na, double seconden) {
        double postgres = 0;
        for (Map.Entry<Long, Double> e : na.postgres().entrySet()) {
            postgres += e.getValue() - voor.postgres().getOrDefault(e.getKey(), 0.0);
        }
        return new Verbruik(seconden, na.machine() - voor.machine(), na.payara() - voor.payara(), postgres, na.loadavg());
    }

    /** The fields of /proc/pid/stat after the command name: [0] state, [1] ppid, ..., [11] utime, [12] stime. */
    private static Optional<String[]> velden(long pid) {
        if (pid <= 0) {
            return Optional.empty();
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return Optional.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static double cpu(String[] velden) {
        return (Long.parseLong(velden[11]) + Long.parseLong(velden[12])) * TIK;
    }

    private static double machineBezig() {
        try {
            String[] v = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long totaal = 0;
            for (int i = 1; i < Math.min(v.length, 9); i++) {
                totaal += Long.parseLong(v[i]);
            }
            long rust = Long.parseLong(v[4]) + Long.parseLong(v[5]);
            return (totaal - rust) * TIK;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static double loadavg() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
