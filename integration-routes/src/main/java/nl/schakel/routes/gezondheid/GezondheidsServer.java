package nl.schakel.routes.gezondheid;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.util.json.Jsoner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gezondheid op Camels ingebouwde HTTP-server (Vert.x, camel-platform-http-vertx):
 * {@code GET <pad>}, {@code <pad>/live} en {@code <pad>/ready}, 200 met {@code "status": "UP"} of 503
 * met {@code "DOWN"}. Zelfde paden en betekenis als camel-platform-http-main
 * ({@code camel.management.health-check-enabled}), dat voor Camel 4.22.0 hier niet te halen is.
 * Klaar (ready) = context gestart, alle routes en consumers gestart, en PostgreSQL en de API bereikbaar
 * ({@link BereikbaarheidCheck}). De eigen checks (groep {@code schakel}) tonen hun details, o.a. de
 * {@link BezorgingCheck} met open dode brieven en achterstand (alleen in {@code GET <pad>}).
 * <p>
 * Daarnaast beheeracties ({@link #beheer}): {@code POST <pad>}, alleen vanaf een loopbackadres (anders 403),
 * één tegelijk; 200 met het JSON-antwoord van de actie, 500 als die faalt.
 */
public class GezondheidsServer extends ServiceSupport implements CamelContextAware {

    private static final Logger LOG = LoggerFactory.getLogger(GezondheidsServer.class);

    private final String pad;
    private final Map<String, Supplier<String>> beheer = new LinkedHashMap<>();
    private final Map<String, Function<String, Antwoord>> invoer = new LinkedHashMap<>();
    private final ReentrantLock beheerSlot = new ReentrantLock();
    private final VertxPlatformHttpServerConfiguration configuratie = new VertxPlatformHttpServerConfiguration();
    private CamelContext camelContext;
    private VertxPlatformHttpServer server;

    public GezondheidsServer(String host, int poort, String pad) {
        this.pad = pad.endsWith("/") ? pad.substring(0, pad.length() - 1) : pad;
        configuratie.setBindHost(host);
        configuratie.setBindPort(poort);
    }

    /** Een beheeractie op {@code POST pad}, alleen vanaf loopback; vóór de start te registreren. */
    public GezondheidsServer beheer(String beheerPad, Supplier<String> actie) {
        beheer.put(beheerPad, actie);
        return this;
    }

    /** Antwoord van een invoeractie: status en JSON. */
    public record Antwoord(int status, String json) {
    }

    /**
     * Een invoeractie op {@code POST pad} met de body (UTF-8, hoogstens 1 MiB), alleen vanaf loopback (anders 403);
     * de actie bepaalt status en JSON-antwoord; een fout erin geeft 500. Vóór de start te registreren.
     */
    public GezondheidsServer invoer(String invoerPad, Function<String, Antwoord> actie) {
        invoer.put(invoerPad, actie);
        return this;
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Override
    protected void doInit() {
        server = new VertxPlatformHttpServer(configuratie);
        server.setCamelContext(camelContext);
    }

    @Override
    protected void doStart() throws Exception {
        ServiceHelper.startService(server);
        VertxPlatformHttpRouter router = VertxPlatformHttpRouter.lookup(camelContext,
                VertxPlatformHttpRouter.getRouterNameFromPort(configuratie.getBindPort()));
        router.route(HttpMethod.GET, pad).blockingHandler(antwoord(Soort.ALLES));
        router.route(HttpMethod.GET, pad + "/live").blockingHandler(antwoord(Soort.LIVE));
        router.route(HttpMethod.GET, pad + "/ready").blockingHandler(antwoord(Soort.READY));
        beheer.forEach((beheerPad, actie) -> router.route(HttpMethod.POST, beheerPad).blockingHandler(beheerActie(actie)));
        invoer.forEach((invoerPad, actie) -> router.route(HttpMethod.POST, invoerPad)
                .handler(BodyHandler.create(false).setBodyLimit(1024 * 1024))
                .blockingHandler(invoerActie(actie), false));
    }

    @Override
    protected void doStop() {
        ServiceHelper.stopService(server);
    }

    private enum Soort { ALLES, LIVE, READY }

    private Handler<RoutingContext> beheerActie(Supplier<String> actie) {
        return ctx -> {
            if (!vanLoopback(ctx.request().remoteAddress() == null ? null : ctx.request().remoteAddress().hostAddress())) {
                ctx.response().setStatusCode(403).putHeader("Content-Type", "application/json")
                        .end("{\"status\":\"GEWEIGERD\",\"reden\":\"alleen vanaf loopback\"}");
                return;
            }
            beheerSlot.lock();
            try {
                String json = actie.get();
                ctx.response().setStatusCode(200).putHeader("Content-Type", "application/json").end(json);
            } catch (RuntimeException e) {
                LOG.warn("Beheeractie {} mislukt: {}", ctx.request().path(), e.toString());
                ctx.response().setStatusCode(500).putHeader("Content-Type", "application/json")
                        .end("{\"status\":\"FOUT\"}");
            } finally {
                beheerSlot.unlock();
            }
        };
    }

    private Handler<RoutingContext> invoerActie(Function<String, Antwoord> actie) {
        return ctx -> {
            if (!vanLoopback(ctx.request().remoteAddress() == null ? null : ctx.request().remoteAddress().hostAddress())) {
                ctx.response().setStatusCode(403).putHeader("Content-Type", "application/json")
                        .end("{\"status\":\"GEWEIGERD\",\"reden\":\"alleen vanaf loopback\"}");
                return;
            }
            try {
                String body = ctx.body() == null || ctx.body().buffer() == null ? ""
                        : ctx.body().buffer().toString(java.nio.charset.StandardCharsets.UTF_8);
                Antwoord antwoord = actie.apply(body);
                ctx.response().setStatusCode(antwoord.status()).putHeader("Content-Type", "application/json")
                        .end(antwoord.json());
            } catch (RuntimeException e) {
                LOG.warn("Invoer op {} mislukt: {}", ctx.request().path(), e.toString());
                ctx.response().setStatusCode(500).putHeader("Content-Type", "application/json")
                        .end("{\"status\":\"FOUT\"}");
            }
        };
    }

    private static boolean vanLoopback(String adres) {
        if (adres == null) {
            return false;
        }
        try {
            return InetAddress.getByName(adres).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private Handler<RoutingContext> antwoord(Soort soort) {
        return ctx -> {
            Collection<HealthCheck.Result> uitslagen = switch (soort) {
                case ALLES -> HealthCheckHelper.invoke(camelContext);
                case LIVE -> HealthCheckHelper.invokeLiveness(camelContext);
                case READY -> HealthCheckHelper.invokeReadiness(camelContext);
            };
            boolean up = camelContext.isStarted() && HealthCheckHelper.isResultsUp(uitslagen, soort == Soort.READY);
            StringBuilder json = new StringBuilder("{\"status\":\"").append(up ? "UP" : "DOWN").append("\",\"checks\":[");
            String scheiding = "";
            for (HealthCheck.Result r : uitslagen) {
                json.append(scheiding).append("{\"name\":\"").append(r.getCheck().getId())
                        .append("\",\"status\":\"").append(r.getState()).append('"');
                if ("schakel".equals(r.getCheck().getGroup())) {
                    // de eigen checks tonen hun bevindingen (geen persoonsgegevens: codes en aantallen)
                    r.getMessage().ifPresent(m -> json.append(",\"message\":").append(Jsoner.serialize(m)));
                    json.append(",\"details\":{");
                    String komma = "";
                    for (Map.Entry<String, Object> d : new java.util.TreeMap<>(r.getDetails()).entrySet()) {
                        if (d.getKey().contains(".")) {
                            continue; // Camels eigen tellers (invocation.count e.d.)
                        }
                        json.append(komma).append(Jsoner.serialize(d.getKey())).append(':')
                                .append(d.getValue() instanceof Number ? d.getValue().toString()
                                        : Jsoner.serialize(String.valueOf(d.getValue())));
                        komma = ",";
                    }
                    json.append('}');
                }
                json.append('}');
                scheiding = ",";
            }
            json.append("]}");
            ctx.response().setStatusCode(up ? 200 : 503)
                    .putHeader("Content-Type", "application/json")
                    .end(json.toString());
        };
    }
}
