package nl.schakel.web.fout;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.schakel.gedeeld.fout.SchakelFout;
import nl.schakel.web.api.Correlatie;

/**
 * Anything unexpected: logged with its correlation id for the operators (the exception type and stack,
 * never request bodies), answered with a bare 500 problem.
 */
@Provider
public class OnverwachteFoutMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(OnverwachteFoutMapper.class.getName());

    @Context
    ContainerRequestContext request;

    @Override
    public Response toResponse(Throwable fout) {
        SchakelFout bekend = bekendeOorzaak(fout);
        String correlatie = Correlatie.van(request);
        if (bekend != null) {
            return Problemen.van(bekend, correlatie);
        }
        if (OnleesbareInvoer.jsonFout(fout) != null) {
            return OnleesbareInvoer.antwoord(OnleesbareInvoer.jsonFout(fout), correlatie);
        }
        return antwoord(fout, correlatie);
    }

    Response antwoord(Throwable fout, String correlatie) {
        LOG.log(Level.SEVERE, "Onverwachte fout, kenmerk " + correlatie + ": " + fout.getClass().getName(), fout);
        return Problemen.algemeen(500, correlatie);
    }

    /** Domain failures can arrive wrapped, e.g. in a transaction rollback from an interceptor. */
    private static SchakelFout bekendeOorzaak(Throwable fout) {
        for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause()) {
            if (oorzaak instanceof SchakelFout schakelFout) {
                return schakelFout;
            }
        }
        return null;
    }
}
