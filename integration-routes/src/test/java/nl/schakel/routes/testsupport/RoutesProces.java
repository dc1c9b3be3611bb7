package nl.schakel.routes.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import nl.schakel.routes.SchakelRoutes;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

/**
 * Het echte integration-routes-proces ({@link SchakelRoutes#maakMain()}), in de test-JVM gestart met
 * de instellingen die anders uit de omgeving komen, tegen het {@link NepPlatform} en {@link TestDatabase}.
 */
public final class RoutesProces implements AutoCloseable {

    private final Main main;
    private final int gezondheidspoort;

    private RoutesProces(Main main, int gezondheidspoort) {
        this.main = main;
        this.gezondheidspoort = gezondheidspoort;
    }

    public static RoutesProces start(NepPlatform platform, Path data) {
        // de bezorgroute pollt de feed; voor de importtests uit, zodat hun API-verzoeken exact te tellen zijn
        return start(platform, data, Map.of("schakel.bezorging.aan", "false"));
    }

    /** Met extra instellingen (ook namen van omgevingsvariabelen voor geheimen) die voor gaan. */
    public static RoutesProces start(NepPlatform platform, Path data, Map<String, String> extra) {
        return start(platform, data, extra, vrijePoort());
    }

    public static RoutesProces start(NepPlatform platform, Path data, Map<String, String> extra, int poort) {
        Main main = SchakelRoutes.maakMain();
        main.addOverrideProperty("schakel.api.url", platform.apiUrl());
        main.addOverrideProperty("schakel.oidc.token-url", platform.tokenUrl());
        main.addOverrideProperty("schakel.oidc.client-id", NepPlatform.CLIENT_ID);
        main.addOverrideProperty("schakel.oidc.client-secret", NepPlatform.CLIENT_SECRET);
        main.addOverrideProperty("schakel.db.url", TestDatabase.jdbcUrl());
        main.addOverrideProperty("schakel.db.user", TestDatabase.GEBRUIKER);
        main.addOverrideProperty("schakel.db.password", TestDatabase.WACHTWOORD);
        main.addOverrideProperty("schakel.data", data.toString());
        main.addOverrideProperty("schakel.organisaties.poll-interval-ms", "100");
        main.addOverrideProperty("schakel.organisaties.read-lock-interval-ms", "100");
        main.addOverrideProperty("schakel.herhaling.maximum", "4");
        main.addOverrideProperty("schakel.herhaling.vertraging-ms", "20");
        main.addOverrideProperty("schakel.herhaling.max-vertraging-ms", "200");
        main.addOverrideProperty("schakel.health.host", "127.0.0.1");
        main.addOverrideProperty("schakel.health.port", String.valueOf(poort));
        extra.forEach(main::addOverrideProperty);
        try {
            main.start();
        } catch (Exception e) {
            throw new IllegalStateException("integration-routes start niet", e);
        }
        return new RoutesProces(main, poort);
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    public int gezondheidspoort() {
        return gezondheidspoort;
    }

    public String gezondheidUrl(String pad) {
        return "http://127.0.0.1:" + gezondheidspoort + pad;
    }

    @Override
    public void close() {
        try {
            main.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static int vrijePoort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
