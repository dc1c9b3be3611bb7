package nl.schakel.web.belasting;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import nl.schakel.web.fout.Probleemschrijver;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sheds load: beyond {@code schakel.belasting.gelijktijdig} API requests at once, a request waits at most
 * {@code schakel.belasting.wachttijd-ms} for a place if fewer than {@code schakel.belasting.wachtrij} wait already
 * ({@link Begrenzer}); otherwise it gets 503 {@code API-503} with {@code Retry-After: 1} before anything is read,
 * decided or written — so nothing is half done and the caller may simply try again. The limit and the waiting room
 * belong together below Payara's HTTP worker threads (the launcher says so on start when they are not). Without it, a burst above capacity
 * queued in front of the workers until every request, the ones that could have been served included, timed out.
 * The health endpoints are outside {@code /api} and never shed.
 */
// asyncSupported: the live streams of the crisisdossier run asynchronously through the API's filters; a stream holds
// its place only while its resource method runs (it returns at once and sends from its own task), not while it is open
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class Belastingsbegrenzing extends HttpFilter {

    static final String INSTELLING = "schakel.belasting.gelijktijdig";
    static final String WACHTRIJ = "schakel.belasting.wachtrij";
    static final String WACHTTIJD = "schakel.belasting.wachttijd-ms";
    /**
     * The launcher's defaults (api.gelijktijdig, api.wachtrij, api.wachttijd-ms): with 32 HTTP workers
     * (payara.http-threads) 16 work, 8 wait at most 200 ms, and 8 stay free to refuse.
     */
    static final int STANDAARD = 16;
    static final int STANDAARD_WACHTRIJ = 8;
    static final int STANDAARD_WACHTTIJD_MS = 200;

    private Begrenzer begrenzer;

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig();
        begrenzer = new Begrenzer(config.getOptionalValue(INSTELLING, Integer.class).orElse(STANDAARD),
                config.getOptionalValue(WACHTRIJ, Integer.class).orElse(STANDAARD_WACHTRIJ),
                Duration.ofMillis(config.getOptionalValue(WACHTTIJD, Integer.class).orElse(STANDAARD_WACHTTIJD_MS)));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!begrenzer.neem()) {
            response.setHeader("Retry-After", "1");
            Probleemschrijver.schrijf(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "API-503", "Even te druk",
                    "Schakel verwerkt nu zoveel verzoeken als het aankan. Er is niets verwerkt; probeer het over een seconde opnieuw.",
                    List.of());
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            begrenzer.geefTerug();
        }
    }
}
