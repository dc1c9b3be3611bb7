package nl.schakel.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidBestandTest {

    @TempDir
    Path run;

    @Test
    void levendProcesWordtGevonden() {
        PidBestand p = new PidBestand(run, "test");
        p.schrijf(ProcessHandle.current().pid());
        assertThat(run.resolve("test.pid")).hasContent(ProcessHandle.current().pid() + "\n");
        assertThat(p.levend()).map(ProcessHandle::pid).contains(ProcessHandle.current().pid());
    }

    @Test
    void dodePidWordtOpgeruimd() throws Exception {
        Process kort = new ProcessBuilder("true").start();
        assertThat(kort.waitFor(10, TimeUnit.SECONDS)).isTrue();
        PidBestand p = new PidBestand(run, "weg");
        p.schrijf(kort.pid());
        assertThat(p.levend()).isEmpty();
        assertThat(run.resolve("weg.pid")).doesNotExist();
    }

    @Test
    void ontbrekendOfOnzinBestand() throws Exception {
        PidBestand p = new PidBestand(run, "onzin");
        assertThat(p.levend()).isEmpty();
        Files.writeString(run.resolve("onzin.pid"), "geen-getal\n");
        assertThat(p.lees()).isEmpty();
        assertThat(p.levend()).isEmpty();
        p.verwijder();
        p.verwijder();
        assertThat(run.resolve("onzin.pid")).doesNotExist();
    }

    @Test
    void stopWachtTotHetProcesWegIs() throws Exception {
        Process p = new ProcessBuilder("setsid", "sleep", "300").start();
        PidBestand pid = new PidBestand(run, "slaap");
        pid.schrijf(p.pid());
        Processen.stop(pid.levend().orElseThrow(), "TERM", true, java.time.Duration.ofSeconds(10));
        // stop telt een zombie als weg; isAlive() van dit kind wordt pas false als de JVM het opruimt: wacht daarop
        assertThat(p.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(pid.levend()).isEmpty();
    }
}
