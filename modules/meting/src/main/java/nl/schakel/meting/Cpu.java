package nl.schakel.meting;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * Where the machine's CPU went during one measurement (Linux {@code /proc}): the whole machine's busy time, the
 * Payara JVM's, and the PostgreSQL server's (postmaster, its backends and its background processes, and through the
 * postmaster's reaped-children time the processes that ended meanwhile, such as autovacuum workers). PostgreSQL's
 * background share (autovacuum, checkpointer, background and WAL writer, and what ended) is given apart: whether the
 * database's time per request is the requests' own or work they leave behind. What is left is the load generator and
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

    /**
     * CPU seconds so far: machine busy, Payara, PostgreSQL per pid (so a process that starts meanwhile counts from its
     * start), which of those pids are background processes, and the postmaster's reaped children.
     */
    record Stand(double machine, double payara, Map<Long, Double> postgres, Set<Long> achtergrond, double beeindigd, double loadavg) {}

    /** CPU seconds over an interval, and the 1-minute load average at its end; {@code postgres} includes its background. */
    record Verbruik(double seconden, double machine, double payara, double postgres, double postgresAchtergrond, double loadavg) {
        double overig() {
            return Math.max(0, machine - payara - postgres);
        }
    }

    Stand stand() {
        Map<Long, Double> postgres = new HashMap<>();
        Set<Long> achtergrond = new HashSet<>();
        if (postgresPid > 0) {
            try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
                for (Path proc : procs) {
                    long pid = Long.parseLong(proc.getFileName().toString());
                    Optional<String[]> velden = velden(pid);
                    if (velden.isPresent() && (pid == postgresPid || Long.parseLong(velden.get()[1]) == postgresPid)) {
                        postgres.put(pid, cpu(velden.get()));
                        if (pid != postgresPid && isAchtergrond(pid)) {
                            achtergrond.add(pid);
                        }
                    }
                }
            } catch (IOException e) {
                // no /proc: no CPU figures
            }
        }
        double beeindigd = velden(postgresPid).map(v -> (Long.parseLong(v[13]) + Long.parseLong(v[14])) * TIK).orElse(0.0);
        return new Stand(machineBezig(), velden(payaraPid).map(Cpu::cpu).orElse(0.0), postgres, achtergrond, beeindigd, loadavg());
    }

    static Verbruik verschil(Stand voor, Stand na, double seconden) {
        double beeindigd = na.beeindigd() - voor.beeindigd();
        double postgres = beeindigd;
        double achtergrond = beeindigd;
        for (Map.Entry<Long, Double> e : na.postgres().entrySet()) {
            double deel = e.getValue() - voor.postgres().getOrDefault(e.getKey(), 0.0);
            postgres += deel;
            if (na.achtergrond().contains(e.getKey())) {
                achtergrond += deel;
            }
        }
        return new Verbruik(seconden, na.machine() - voor.machine(), na.payara() - voor.payara(), postgres, achtergrond, na.loadavg());
    }

    /**
     * PostgreSQL names each process in its command line: a backend "postgres: user database host(port) state", the
     * others by their task. A process that ends before it is read counts in neither (its time then arrives through
     * the postmaster's reaped children, which count as background: mostly autovacuum workers).
     */
    private static boolean isAchtergrond(long pid) {
        String titel = titel(pid);
        return ACHTERGROND.stream().anyMatch(taak -> titel.startsWith("postgres: " + taak));
    }

    /** The title a process gives itself (its command line); empty once it has ended. */
    static String titel(long pid) {
        try {
            return Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline")).replace('\0', ' ').strip();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static final List<String> ACHTERGROND = List.of("autovacuum", "checkpointer", "background writer", "walwriter",
            "logical replication", "archiver", "walsender", "walreceiver", "startup");

    /**
     * The fields of /proc/pid/stat after the command name: [0] state, [1] ppid, ..., [11] utime, [12] stime, [13]
     * cutime, [14] cstime (the reaped children's).
     */
    static Optional<String[]> velden(long pid) {
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
