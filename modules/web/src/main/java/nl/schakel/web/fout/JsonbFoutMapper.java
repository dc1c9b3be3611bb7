package nl.schakel.web.fout;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.schakel.toegang.toepassing.Verzoekcontext;

/** JSON-B failures that reach the boundary unwrapped. */
@Provider
public class JsonbFoutMapper implements ExceptionMapper<JsonbException> {

    @Inject
    Verzoekcontext correlatie;

    @Override
    public Response toResponse(JsonbException fout) {
        return OnleesbareInvoer.antwoord(fout, correlatie.correlatieId());
    }
}
