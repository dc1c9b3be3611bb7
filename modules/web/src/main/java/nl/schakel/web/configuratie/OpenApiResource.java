package nl.schakel.web.configuratie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import nl.schakel.web.api.Openbaar;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The OpenAPI document at {@code /api/v1/openapi.json}, as the API conventions ask. MicroProfile OpenAPI
 * builds it from the code and publishes it at the server's {@code /openapi}; this serves that document
 * here, fetched once over loopback after deployment and kept.
 */
@Path("openapi.json")
@ApplicationScoped
@Openbaar
public class OpenApiResource {

    private final AtomicReference<String> document = new AtomicReference<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dit OpenAPI-document")
    public Response openapi() throws IOException, InterruptedException {
        String bekend = document.get();
        if (bekend == null) {
            URI bron = URI.create("http://127.0.0.1:" + request.getLocalPort() + "/openapi");
            HttpResponse<String> antwoord = http.send(
                    HttpRequest.newBuilder(bron).header("Accept", MediaType.APPLICATION_JSON).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (antwoord.statusCode() != 200) {
                throw new IllegalStateException("OpenAPI-document niet beschikbaar: HTTP " + antwoord.statusCode());
            }
            document.compareAndSet(null, antwoord.body());
            bekend = document.get();
        }
        return Response.ok(bekend, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
