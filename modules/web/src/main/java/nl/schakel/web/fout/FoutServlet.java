package nl.schakel.web.fout;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import nl.schakel.web.SchakelApi;

/**
 * The container's own errors (an invalid token rejected by the bearer mechanism, a path outside JAX-RS) get the same
 * problem+json as the API's, instead of an HTML page with server details. Registered as error page in web.xml.
 */
@WebServlet("/fout")
public class FoutServlet extends HttpServlet {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer getal ? getal : 500;
        Probleem probleem = Problemen.algemeenProbleem(status, UUID.randomUUID().toString());
        response.setStatus(status);
        response.setContentType(Probleem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // the 401 of an invalid token comes from here, not through JAX-RS: it carries the version as every answer
        response.setHeader("API-Version", SchakelApi.VERSIE);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"schakel\", error=\"invalid_token\"");
        }
        response.getWriter().write(JSONB.toJson(probleem));
    }
}
