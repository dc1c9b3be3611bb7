package nl.schakel.routes.gezondheid;

import java.util.Collection;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Gezondheid op Camels ingebouwde HTTP-server (Vert.x, camel-platform-http-vertx):
 * {@code GET <pad>}, {@code <pad>/live} en {@code <pad>/ready}, 200 met {@code "status": "UP"} of 503
 * met {@code "DOWN"}. Zelfde paden en betekenis als camel-platform-http-main
 * ({@code camel.management.health-check-enabled}), dat voor Camel 4.22.0 hier niet te halen is.
 * Klaar (ready) = context gestart en alle routes en consumers gestart.
 */
public class GezondheidsServer extends ServiceSupport implements CamelContextAware {

    private final String pad;
    private final VertxPlatformHttpServerConfiguration configuratie = new VertxPlatformHttpServerConfiguration();
    private CamelContext camelContext;
    private VertxPlatformHttpServer server;

    public GezondheidsServer(String host, int poort, String pad) {
        this.pad = pad.endsWith("/") ? pad.substring(0, pad.length() - 1) : pad;
        configuratie.setBindHost(host);
        configuratie.setBindPort(poort);
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
    }

    @Override
    protected void doStop() {
        ServiceHelper.stopService(server);
    }

    private enum Soort { ALLES, LIVE, READY }

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
                        .append("\",\"status\":\"").append(r.getState()).append("\"}");
                scheiding = ",";
            }
            json.append("]}");
            ctx.response().setStatusCode(up ? 200 : 503)
                    .putHeader("Content-Type", "application/json")
                    .end(json.toString());
        };
    }
}
