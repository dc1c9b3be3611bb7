package nl.schakel.toegang.infrastructuur;

import nl.schakel.toegang.toepassing.Verzoekcontext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The current HTTP request as the logboek and the problem bodies see it. Lives here, in a library jar of
 * the EAR, because beans in the WAR are not visible to the libraries that need them.
 */
@RequestScoped
public class HttpVerzoekcontext implements Verzoekcontext {

    public static final String HEADER = "X-Correlation-ID";
    private static final Pattern GELDIG = Pattern.compile("[A-Za-z0-9-]{8,64}");

    @Inject
    HttpServletRequest request;

    private String correlatieId;

    /** The caller's {@code X-Correlation-ID} when it is sane, otherwise a new one; the same for the whole request. */
    @Override
    public String correlatieId() {
        if (correlatieId == null) {
            String meegegeven = request.getHeader(HEADER);
            correlatieId = meegegeven != null && GELDIG.matcher(meegegeven).matches() ? meegegeven : UUID.randomUUID().toString();
        }
        return correlatieId;
    }

    /** The caller's address as this server sees it (behind a proxy: the proxy's, unless it passes it on). */
    @Override
    public String bronAdres() {
        return request.getRemoteAddr();
    }
}
