package nl.schakel.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Losgekoppelde processen starten (setsid), wachten, gezondheid vragen en stoppen. */
final class Processen {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Processen() {
    }

    /**
     * Start een proces in een eigen sessie (setsid), met stdin van /dev/null en uitvoer naar log.
     * setsid voert het commando direct uit (geen fork), dus de pid is die van het commando zelf.
     */
    static Process startLos(List<String> commando, Path werkmap, Map<String, String> omgeving, Path log) {
        List<String> cmd = new ArrayList<>();
        cmd.add("setsid");
        cmd.addAll(commando);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.directory(werkmap.toFile());
        pb.environment().putAll(omgeving);
        pb.redirectInput(new File("/dev/null"));
        pb.redirectErrorStream(true);
        try {
            Files.createDirectories(log.getParent());
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            return pb.start();
        } catch (IOException e) {
            throw new LauncherFout("Kan " + commando.get(0) + " niet starten: " + e.getMessage(), e);
        }
    }

    /** Voert een commando uit en wacht erop; uitvoer naar log. Gooit een fout bij een exitcode ongelijk aan 0. */
    static void voerUit(String wat, List<String> commando, Path werkmap, Map<String, String> omgeving, Path log,
                        Duration timeout) {
        ProcessBuilder pb = new ProcessBuilder(commando);
        pb.directory(werkmap.toFile());
        pb.environment().putAll(omgeving);
        pb.redirectInput(new File("/dev/null"));
        pb.redirectErrorStream(true);
        try {
            Files.createDirectories(log.getParent());
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new LauncherFout(wat + " duurde langer dan " + timeout.toSeconds() + " s; zie " + log);
            }
            if (p.exitValue() != 0) {
                throw new LauncherFout(wat + " mislukt (exitcode " + p.exitValue() + "); zie " + log);
            }
        } catch (IOException e) {
            throw new LauncherFout(wat + " kon niet starten: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherFout(wat + " onderbroken");
        }
    }

    /** HTTP-statuscode van een GET, of -1 als er geen antwoord kwam. */
    static int httpStatus(String url) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * Wacht tot klaar waar is. Gooit een fout als de deadline verstrijkt of als het proces (indien gegeven) stopt.
     */
    static void wachtTot(String onderdeel, String timeoutSleutel, BooleanSupplier klaar, Duration timeout,
                         ProcessHandle proces, Path log) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            if (klaar.getAsBoolean()) {
                return;
            }
            if (proces != null && !leeft(proces)) {
                throw new LauncherFout(onderdeel + " is gestopt tijdens het starten; zie " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new LauncherFout(onderdeel + " was niet klaar binnen " + timeout.toSeconds() + " s (instelling timeout."
                        + timeoutSleutel + "); zie " + log);
            }
            slaap(500);
        }
    }

    static void slaap(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherFout("Onderbroken");
        }
    }

    /** Stuurt een signaal (TERM, INT, KILL) naar een proces of, met groep=true, naar zijn hele procesgroep. */
    static void signaal(long pid, String signaal, boolean groep) {
        try {
            Process p = new ProcessBuilder("kill", "-s", signaal, "--", (groep ? "-" : "") + pid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Levend en geen zombie (een beëindigd proces dat zijn ouder nog niet heeft opgeruimd telt als weg). */
    static boolean leeft(ProcessHandle ph) {
        if (!ph.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(ph.pid()), "stat"));
            int na = stat.lastIndexOf(')');
            return na < 0 || na + 2 >= stat.length() || stat.charAt(na + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return ph.isAlive();
        }
    }

    /** De volledige argumenten uit /proc (ProcessHandle.Info kapt lange regels af, zoals die van Payara). */
    static List<String> argumenten(ProcessHandle ph) {
        try {
            String s = new String(Files.readAllBytes(Path.of("/proc", String.valueOf(ph.pid()), "cmdline")),
                    java.nio.charset.StandardCharsets.UTF_8);
            return List.of(s.split("\0"));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Wacht tot het proces en zijn nakomelingen weg zijn; true als dat binnen de tijd lukte. */
    static boolean wachtOpEinde(ProcessHandle ph, List<ProcessHandle> nakomelingen, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!leeft(ph) && nakomelingen.stream().noneMatch(Processen::leeft)) {
                return true;
            }
            slaap(200);
        }
        return !leeft(ph) && nakomelingen.stream().noneMatch(Processen::leeft);
    }

    /**
     * Stopt een proces dat met setsid is gestart (pid = procesgroep): eerst het signaal, na de timeout KILL
     * voor de hele groep.
     */
    static void stop(ProcessHandle ph, String signaal, boolean groep, Duration timeout) {
        List<ProcessHandle> nakomelingen = ph.descendants().toList();
        signaal(ph.pid(), signaal, groep);
        if (!wachtOpEinde(ph, nakomelingen, timeout)) {
            signaal(ph.pid(), "KILL", true);
            nakomelingen.forEach(ProcessHandle::destroyForcibly);
            wachtOpEinde(ph, nakomelingen, Duration.ofSeconds(10));
        }
    }
}
