package nl.schakel.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.schakel.toegang.Verzoekcontext;

/**
 * The id that ties a request to its log lines and its problem body; taken from the caller's
 * {@code X-Correlation-ID} when it is sane, otherwise made here. Request-scoped CDI bean: JAX-RS
 * providers are singletons, and this is the dependable way for them to reach per-request state.
 */
@RequestScoped
public class Correlatie implements Verzoekcontext {

    public static final String HEADER = "X-Correlation-ID";
    private static final Pattern GELDIG = Pattern.compile("[A-Za-z0-9-]{8,64}");

    @Inject
    HttpServletRequest request;

    private String id;

    @Override
    public String correlatieId() {
        return id();
    }

    /** The caller's address as this server sees it (behind a proxy: the proxy's, unless it is configured to pass it on). */
    @Override
    public String bronAdres() {
        return request.getRemoteAddr();
    }

    public String id() {
        if (id == null) {
            String meegegeven = request.getHeader(HEADER);
            id = meegegeven != null && GELDIG.matcher(meegegeven).matches() ? meegegeven : UUID.randomUUID().toString();
        }
        return id;
    }
}
