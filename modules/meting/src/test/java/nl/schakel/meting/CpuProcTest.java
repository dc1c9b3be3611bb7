package nl.schakel.meting;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Cpu} on a real PostgreSQL's processes in /proc, as the benchmark reads them: the postmaster and its children
 * found from the pid file, a backend that works counted in the foreground, the checkpointer in the background (by the
 * title PostgreSQL gives it).
 */
class CpuProcTest {

    @Test
    void eenWerkendeBackendTeltVoorgrondEnDeCheckpointerAchtergrond(@TempDir Path run) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            long backend;
            try (ResultSet r = s.executeQuery("select pg_backend_pid()")) {
                r.next();
                backend = r.getLong(1);
            }
            long postmaster = Long.parseLong(Cpu.velden(backend).orElseThrow()[1]);
            Files.writeString(run.resolve("postgres.pid"), postmaster + "\n");
            Files.writeString(run.resolve("payara.pid"), ProcessHandle.current().pid() + "\n");
            Cpu cpu = new Cpu(run);

            Cpu.Stand voor = cpu.stand();
            // about a second of one core in this backend
            s.execute("select count(*) from generate_series(1, 8000000)");
            Cpu.Stand na = cpu.stand();

            assertThat(voor.postgres()).containsKeys(postmaster, backend);
            assertThat(voor.achtergrond()).doesNotContain(backend, postmaster)
                    .anySatisfy(pid -> assertThat(Cpu.titel(pid)).startsWith("postgres: checkpointer"));
            Cpu.Verbruik v = Cpu.verschil(voor, na, 1.0);
            double backendCpu = na.postgres().get(backend) - voor.postgres().get(backend);
            assertThat(backendCpu).isGreaterThan(0.2);
            assertThat(v.postgres() - v.postgresAchtergrond()).isGreaterThanOrEqualTo(backendCpu - 1e-9);
            assertThat(v.postgresAchtergrond()).isLessThan(backendCpu);
        }
    }
}
