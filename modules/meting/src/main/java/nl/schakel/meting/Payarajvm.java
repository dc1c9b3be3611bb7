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
     * The threads grouped by their Linux name (Java sets it to the first 15 characters of the thread's name) without
     * trailing digits and separators: {@code http-thread-poo}, {@code concurrent/__d}, {@code C2 CompilerThre}, ...
     * Tells whether open streams hold threads of the http-thread-pool.
     */
    private Map<String, Integer> threadsPerNaam() {
        Map<String, Integer> telling = new TreeMap<>();
        try (DirectoryStream<Path> taken = Files.newDirectoryStream(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path taak : taken) {
                try {
                    String naam = Files.readString(taak.resolve("comm")).strip().replaceAll("[-_#(\\s]*\\d+[)\\s]*$", "");
                    telling.merge(naam, 1, Integer::sum);
                } catch (IOException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc
        }
        return telling;
    }

    /** Heap used and committed (KiB) from {@code jcmd <pid> GC.heap_info}; {-1, -1} when jcmd is not there. */
    private long[] heap() {
        Optional<Path> jcmd = ProcessHandle.of(pid).flatMap(p -> p.info().command()).map(Path::of)
                .map(java -> java.resolveSibling("jcmd")).filter(Files::isExecutable);
        if (jcmd.isEmpty()) {
            return new long[] {-1, -1};
        }
        try {
            Process p = new ProcessBuilder(jcmd.get().toString(), String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
            String uit = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new long[] {-1, -1};
            }
            Matcher m = HEAP_GEBRUIKT.matcher(uit);
            return m.find() ? new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(1))} : new long[] {-1, -1};
        } catch (IOException e) {
            return new long[] {-1, -1};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new long[] {-1, -1};
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
