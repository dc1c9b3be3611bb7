package nl.schakel.web.fout;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.schakel.gedeeld.fout.SchakelFout;
import nl.schakel.web.api.Correlatie;

/** Expected failures of the domain and the boundary, each with its stable code. */
@Provider
public class SchakelFoutMapper implements ExceptionMapper<SchakelFout> {

    @Context
    ContainerRequestContext request;

    @Override
    public Response toResponse(SchakelFout fout) {
        Response antwoord = Problemen.van(fout, Correlatie.van(request));
        if (fout.status() == 401) {
            return Response.fromResponse(antwoord).header("WWW-Authenticate", "Bearer realm=\"schakel\"").build();
        }
        return antwoord;
    }
}
