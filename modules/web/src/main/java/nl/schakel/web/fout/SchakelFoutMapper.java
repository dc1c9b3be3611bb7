package nl.schakel.web.fout;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.schakel.gedeeld.fout.SchakelFout;
import nl.schakel.gedeeld.fout.TeVaakFout;
import nl.schakel.toegang.toepassing.Verzoekcontext;

/** Expected failures of the domain and the boundary, each with its stable code. */
@Provider
public class SchakelFoutMapper implements ExceptionMapper<SchakelFout> {

    @Inject
    Verzoekcontext correlatie;

    @Override
    public Response toResponse(SchakelFout fout) {
        Response antwoord = Problemen.van(fout, correlatie.correlatieId());
        if (fout.status() == 401) {
            return Response.fromResponse(antwoord).header("WWW-Authenticate", "Bearer realm=\"schakel\"").build();
        }
        if (fout instanceof TeVaakFout teVaak) {
            return Response.fromResponse(antwoord).header("Retry-After", teVaak.wachtSeconden()).build();
        }
        return antwoord;
    }
}
