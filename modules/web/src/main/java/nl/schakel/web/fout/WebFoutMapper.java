package nl.schakel.web.fout;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.schakel.toegang.toepassing.Verzoekcontext;

/**
 * The JAX-RS runtime's own answers (no such path 404, wrong method 405, not acceptable 406, wrong
 * media type 415, unreadable body 400) turned into problem bodies.
 */
@Provider
public class WebFoutMapper implements ExceptionMapper<WebApplicationException> {

    @Inject
    Verzoekcontext correlatie;

    @Override
    public Response toResponse(WebApplicationException fout) {
        String kenmerk = correlatie.correlatieId();
        int status = fout.getResponse().getStatus();
        if (status == 400) {
            JsonbException json = OnleesbareInvoer.jsonFout(fout);
            if (json != null) {
                return OnleesbareInvoer.antwoord(json, kenmerk);
            }
        }
        java.util.Optional<Probleem> parameter = Parameterfout.probleem(fout, kenmerk);
        if (parameter.isPresent()) {
            return Problemen.antwoord(parameter.get());
        }
        if (status >= 500) {
            return new OnverwachteFoutMapper().antwoord(fout, kenmerk);
        }
        Response.ResponseBuilder antwoord = Response.fromResponse(Problemen.algemeen(status, kenmerk));
        if (fout instanceof NotAllowedException) {
            antwoord.header(HttpHeaders.ALLOW, fout.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        if (fout instanceof NotAuthorizedException) {
            antwoord.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"schakel\"");
        }
        return antwoord.build();
    }
}
