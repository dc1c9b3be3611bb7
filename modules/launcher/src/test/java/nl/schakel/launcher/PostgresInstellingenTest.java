package nl.schakel.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code postgres.instellingen}: server settings for the embedded PostgreSQL, read before anything starts. */
class PostgresInstellingenTest {

    @TempDir
    java.nio.file.Path root;

    @Test
    void naamWaardeParenInHunVolgorde() {
        assertThat(PostgresOnderdeel.serverinstellingen(
                " shared_preload_libraries=pg_stat_statements ; pg_stat_statements.track_planning=on;;work_mem=8MB "))
                .containsExactly(Map.entry("shared_preload_libraries", "pg_stat_statements"),
                        Map.entry("pg_stat_statements.track_planning", "on"), Map.entry("work_mem", "8MB"));
        assertThat(PostgresOnderdeel.serverinstellingen("")).isEmpty();
        // a value may hold commas (a list of libraries) and an equals sign
        assertThat(PostgresOnderdeel.serverinstellingen("shared_preload_libraries=a,b;search_path=x=y"))
                .containsEntry("shared_preload_libraries", "a,b").containsEntry("search_path", "x=y");
    }

    @Test
    void eenMisvormdPaarWordtGeweigerd() {
        for (String fout : List.of("work_mem", "work_mem=", "=8MB", "Work_mem=8MB", "work-mem=8MB", "a.b.c=1", "-c=1")) {
            assertThatThrownBy(() -> PostgresOnderdeel.serverinstellingen(fout)).as(fout)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("geen naam=waarde");
        }
    }

    @Test
    void eenNaamTweeKeerWordtGeweigerd() {
        // e.g. the benchmark's pg_stat_statements beside the caller's own libraries: one of them would be lost
        assertThatThrownBy(() -> PostgresOnderdeel.serverinstellingen("shared_preload_libraries=auto_explain;work_mem=8MB;"
                + "shared_preload_libraries=pg_stat_statements"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'shared_preload_libraries' staat er twee keer in; PostgreSQL zou alleen de laatste waarde nemen");
    }

    @Test
    void deLauncherWeigertHemVoordatErIetsStart() {
        Instellingen i = Instellingen.laad(root, Map.of(), new Properties(), Map.of("postgres.instellingen", "work_mem",
                "keycloak.enabled", "false", "payara.enabled", "false", "routes.enabled", "false", "demo-partner.enabled", "false"));
        assertThatThrownBy(() -> new PostgresOnderdeel(i, null).controleerVooraf())
                .isInstanceOf(LauncherFout.class)
                .hasMessageContaining("postgres.instellingen (override)")
                .hasMessageContaining("'work_mem' is geen naam=waarde");
    }
}
