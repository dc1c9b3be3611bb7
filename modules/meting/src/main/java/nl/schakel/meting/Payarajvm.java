package nl.schakel.meting;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Payara JVM holds at one moment, read from Linux {@code /proc} (threads, resident memory, threads per name)
 * and, for the heap, with {@code jcmd <pid> GC.heap_info} of the JVM's own JDK (a few milliseconds, no full GC).
 */
final class Payarajvm {

    private static final Pattern THREADNAAM = Pattern.compile("(?m)^\"(.*)\" #\\d+");
    private static final Pattern HEAP_GEBRUIKT = Pattern.compile("(?m)^\\s*\\S.*?heap\\s+total\\s+(\\d+)K,\\s+used\\s+(\\d+)K");

    private final long pid;

    Payarajvm(Path runMap) {
        this.pid = pid(runMap.resolve("payara.pid"));
    }

    long pid() {
        return pid;
    }

    /** Threads and memory at one moment; -1 where a figure could not be read. */
    record Stand(int threads, long rssKiB, long heapGebruiktKiB, long heapTotaalKiB, Map<String, Integer> threadsPerNaam) {}

    Stand stand() {
        Map<String, Long> status = status();
        long[] heap = heap();
        return new Stand(status.getOrDefault("Threads", -1L).intValue(), status.getOrDefault("VmRSS", -1L), heap[0], heap[1],
                threadsPerNaam());
    }

    /** {@code Threads} and {@code VmRSS} (KiB) of /proc/pid/status. */
    private Map<String, Long> status() {
        Map<String, Long> waarden = new TreeMap<>();
        try {
            for (String regel : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                String[] delen = regel.split(":\\s*", 2);
                if (delen.length == 2 && (delen[0].equals("Threads") || delen[0].equals("VmRSS"))) {
                    waarden.put(delen[0], Long.parseLong(delen[1].replace("kB", "").trim()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc or the JVM is gone: the figures stay -1
        }
        return waarden;
    }

    /**
     * The threads grouped by name without their trailing number ({@code http-thread-pool::http-listener-1},
     * {@code concurrent/__defaultManagedExecutorService-managedThreadFactory-Thread}, ...), from
     * {@code jcmd <pid> Thread.print}; without jcmd from /proc (Linux keeps only the first 15 characters of a name).
     * Tells whether open streams hold threads of the http-thread-pool, and which pools grow under the load.
     */
    private Map<String, Integer> threadsPerNaam() {
        Map<String, Integer> telling = new TreeMap<>();
        Optional<String> dump = jcmd("Thread.print");
        if (dump.isPresent()) {
            Matcher m = THREADNAAM.matcher(dump.get());
            while (m.find()) {
                telling.merge(zonderNummer(m.group(1)), 1, Integer::sum);
            }
            // the JVM's own native threads (GC, compiler) have no Java name line with a '#': as in /proc, counted apart
            return telling;
        }
        try (DirectoryStream<Path> taken = Files.newDirectoryStream(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path taak : taken) {
                try {
                    telling.merge(zonderNummer(Files.readString(taak.resolve("comm")).strip()), 1, Integer::sum);
                } catch (IOException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc
        }
        return telling;
    }

    static String zonderNummer(String naam) {
        return naam.replaceAll("[-_#(\\s]*\\d+\\)?\\s*$", "");
    }

    /** Heap used and committed (KiB) from {@code jcmd <pid> GC.heap_info}; {-1, -1} when jcmd is not there. */
    private long[] heap() {
        Optional<String> uit = jcmd("GC.heap_info");
        Matcher m = HEAP_GEBRUIKT.matcher(uit.orElse(""));
        return m.find() ? new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(1))} : new long[] {-1, -1};
    }

    /**
     * The collector's figures at one moment, from {@code jstat -gc <pid>} of the JVM's own JDK: seconds spent in GC so
     * far (all pauses and, for G1, the concurrent cycles' pauses: {@code GCT}), the old generation's used and committed
     * KiB ({@code OU}, {@code OC}), the number of young and full collections. Null when jstat is not there.
     */
    record Gc(double seconden, long oudGebruiktKiB, long oudCapaciteitKiB, long jong, long volledig) {}

    Gc gc() {
        Optional<String> uit = jdkGereedschap("jstat", "-gc", String.valueOf(pid));
        if (uit.isEmpty()) {
            return null;
        }
        String[] regels = uit.get().strip().split("\\R");
        if (regels.length < 2) {
            return null;
        }
        String[] koppen = regels[0].trim().split("\\s+");
        String[] waarden = regels[1].trim().split("\\s+");
        Map<String, String> kolom = new TreeMap<>();
        for (int i = 0; i < Math.min(koppen.length, waarden.length); i++) {
            kolom.put(koppen[i], waarden[i]);
        }
        try {
            return new Gc(Double.parseDouble(kolom.get("GCT")), Math.round(Double.parseDouble(kolom.get("OU"))),
                    Math.round(Double.parseDouble(kolom.get("OC"))), Long.parseLong(kolom.get("YGC")), Long.parseLong(kolom.get("FGC")));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The JVM's maximum heap in KiB ({@code MaxHeapSize} of {@code jcmd <pid> VM.flags}); -1 if unknown. */
    long heapMaxKiB() {
        Matcher m = Pattern.compile("-XX:MaxHeapSize=(\\d+)").matcher(jcmd("VM.flags").orElse(""));
        return m.find() ? Long.parseLong(m.group(1)) / 1024 : -1;
    }

    /** The collector the JVM uses ({@code G1}, {@code Parallel}, {@code Serial}, ...), from {@code VM.flags}. */
    String collector() {
        Matcher m = Pattern.compile("-XX:\\+Use(\\w+)GC\\b").matcher(jcmd("VM.flags").orElse(""));
        return m.find() ? m.group(1) : "?";
    }

    /** A full collection ({@code jcmd <pid> GC.run}): what the old generation holds afterwards is the live set. */
    boolean volledigeGc() {
        return jcmd("GC.run").isPresent();
    }

    /** Starts a flight recording of {@code seconden} into {@code bestand} (for the profile of the load). */
    boolean startOpname(Path bestand, int seconden) {
        return jcmd("JFR.start", "name=livemeting", "settings=profile", "duration=" + seconden + "s", "filename=" + bestand)
                .map(uit -> uit.contains("Started recording")).orElse(false);
    }

    /** Starts a flight recording {@code naam} ({@code settings=profile}) that runs until {@link #stopOpname}. */
    boolean startOpname(String naam) {
        return jcmd("JFR.start", "name=" + naam, "settings=profile").map(uit -> uit.contains("Started recording")).orElse(false);
    }

    /** Stops recording {@code naam} and writes it to {@code bestand}; returns once the file is written. */
    boolean stopOpname(String naam, Path bestand) {
        return jcmd("JFR.stop", "name=" + naam, "filename=" + bestand).isPresent() && java.nio.file.Files.isRegularFile(bestand);
    }

    /** The output of {@code jcmd <pid> <opdracht>} with the JVM's own JDK; empty when that fails. */
    Optional<String> jcmd(String... opdracht) {
        String[] metPid = new String[opdracht.length + 1];
        metPid[0] = String.valueOf(pid);
        System.arraycopy(opdracht, 0, metPid, 1, opdracht.length);
        return jdkGereedschap("jcmd", metPid);
    }

    /** The output of a tool of the JVM's own JDK ({@code jcmd}, {@code jstat}) next to its java; empty when that fails. */
    private Optional<String> jdkGereedschap(String gereedschap, String... argumenten) {
        Optional<Path> pad = ProcessHandle.of(pid).flatMap(p -> p.info().command()).map(Path::of)
                .map(java -> java.resolveSibling(gereedschap)).filter(Files::isExecutable);
        if (pad.isEmpty()) {
            return Optional.empty();
        }
        try {
            java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(pad.get().toString()));
            cmd.addAll(java.util.List.of(argumenten));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String uit = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return Optional.of(uit);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static long pid(Path bestand) {
        try {
            return Long.parseLong(Files.readString(bestand).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
