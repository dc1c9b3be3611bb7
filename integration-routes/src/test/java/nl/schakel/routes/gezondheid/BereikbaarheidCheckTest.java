package nl.schakel.routes.gezondheid;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import nl.schakel.routes.testsupport.NepPlatform;
import nl.schakel.routes.testsupport.TestDatabase;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Readiness vertelt de waarheid (issue 10): niet klaar als de database of de API onbereikbaar is. Echt: zonky
 * PostgreSQL, NepPlatform als API (JDK HttpServer), en een poort waar niets luistert voor "onbereikbaar".
 */
class BereikbaarheidCheckTest {

    @Test
    void klaarAlleenAlsDatabaseEnApiBereikbaarZijn() throws Exception {
        TestDatabase.postgres();
        PGSimpleDataSource database = dataSource(TestDatabase.postgres().getPort());
        PGSimpleDataSource nergens = dataSource(vrijePoort());
        try (DefaultCamelContext context = new DefaultCamelContext(); NepPlatform platform = new NepPlatform()) {
            context.start();
            String api = platform.apiUrl();

            HealthCheck.Result allesOp = roep(context, new BereikbaarheidCheck(database, api, Duration.ofSeconds(2)));
            assertThat(allesOp.getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(allesOp.getCheck().isReadiness()).isTrue();
            assertThat(allesOp.getCheck().isLiveness()).isFalse();

            HealthCheck.Result geenDatabase = roep(context, new BereikbaarheidCheck(nergens, api, Duration.ofSeconds(2)));
            assertThat(geenDatabase.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(geenDatabase.getDetails()).containsEntry("database", "onbereikbaar").containsEntry("api", "bereikbaar");

            platform.close();
            HealthCheck.Result geenApi = roep(context, new BereikbaarheidCheck(database, api, Duration.ofSeconds(2)));
            assertThat(geenApi.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(geenApi.getDetails()).containsEntry("database", "bereikbaar").containsEntry("api", "onbereikbaar");
        }
    }

    private static HealthCheck.Result roep(DefaultCamelContext context, BereikbaarheidCheck check) {
        check.setCamelContext(context);
        return check.call(Map.of());
    }

    private static PGSimpleDataSource dataSource(int poort) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://localhost:" + poort + "/schakel");
        ds.setUser(TestDatabase.GEBRUIKER);
        ds.setPassword(TestDatabase.WACHTWOORD);
        ds.setConnectTimeout(2);
        return ds;
    }

    private static int vrijePoort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
