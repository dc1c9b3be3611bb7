package nl.schakel.web.fout;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.schakel.web.api.Correlatie;

/** JSON-B failures that reach the boundary unwrapped. */
@Provider
public class JsonbFoutMapper implements ExceptionMapper<JsonbException> {

    @Context
    ContainerRequestContext request;

    @Override
    public Response toResponse(JsonbException fout) {
        return OnleesbareInvoer.antwoord(fout, Correlatie.van(request));
    }
}
