package nl.schakel.web.fout;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.web.SchakelApi;

/**
 * Writes a problem+json answer from a servlet filter, before JAX-RS runs (so without its exception mappers and response
 * filters): the same body and headers those give, with a fresh correlation id.
 */
public final class Probleemschrijver {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private Probleemschrijver() {}

    public static void schrijf(HttpServletResponse response, int status, String code, String titel, String detail,
            List<OngeldigeParameter> ongeldig) throws IOException {
        String kenmerk = UUID.randomUUID().toString();
        Probleem probleem = Probleem.van(status, code, titel, detail, kenmerk, ongeldig);
        response.setStatus(status);
        response.setContentType(Probleem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("API-Version", SchakelApi.VERSIE);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Correlation-ID", kenmerk);
        response.getOutputStream().write(JSONB.toJson(probleem).getBytes(StandardCharsets.UTF_8));
    }
}
