package nl.schakel.routes.gezondheid;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness: kunnen de routes hun werk doen? Alleen als PostgreSQL (schema {@code routes}) en de platform-API
 * bereikbaar zijn. De API telt als bereikbaar bij elk HTTP-antwoord onder 500 (ook 401/404: de server en de
 * applicatie antwoorden); een verbindingsfout, time-out of 5xx is onbereikbaar. Zonder token: de check mag de
 * tokenuitgever niet belasten en telt niet mee in de feed.
 */
public class BereikbaarheidCheck extends AbstractHealthCheck {

    private final DataSource dataSource;
    private final HttpClient http;
    private final URI api;
    private final Duration timeout;

    public BereikbaarheidCheck(DataSource dataSource, String apiUrl, Duration timeout) {
        super("schakel", "bereikbaarheid");
        this.dataSource = dataSource;
        this.api = URI.create(apiUrl);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public boolean isLiveness() {
        return false; // een platte database of API is geen reden om het proces te herstarten
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        String database = database();
        String platform = api();
        builder.detail("database", database);
        builder.detail("api", platform);
        if ("bereikbaar".equals(database) && "bereikbaar".equals(platform)) {
            builder.up();
        } else {
            builder.message("database: " + database + ", api: " + platform).down();
        }
    }

    private String database() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid((int) Math.max(1, timeout.toSeconds())) ? "bereikbaar" : "onbereikbaar";
        } catch (SQLException e) {
            return "onbereikbaar";
        }
    }

    private String api() {
        try {
            HttpResponse<Void> antwoord = http.send(HttpRequest.newBuilder(api).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return antwoord.statusCode() < 500 ? "bereikbaar" : "antwoordt " + antwoord.statusCode();
        } catch (IOException e) {
            return "onbereikbaar";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "onderbroken";
        }
    }
}
