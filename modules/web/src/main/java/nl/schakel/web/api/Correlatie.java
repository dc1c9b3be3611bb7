package nl.schakel.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.UUID;
import java.util.regex.Pattern;

/** The id that ties a request to its log lines and its problem body; taken from the caller when sane. */
public final class Correlatie {

    public static final String HEADER = "X-Correlation-ID";
    static final String EIGENSCHAP = "schakel.correlatie";
    private static final Pattern GELDIG = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private Correlatie() {}

    public static String van(ContainerRequestContext request) {
        Object bekend = request.getProperty(EIGENSCHAP);
        if (bekend instanceof String id) {
            return id;
        }
        String meegegeven = request.getHeaderString(HEADER);
        String id = meegegeven != null && GELDIG.matcher(meegegeven).matches() ? meegegeven : UUID.randomUUID().toString();
        request.setProperty(EIGENSCHAP, id);
        return id;
    }
}
