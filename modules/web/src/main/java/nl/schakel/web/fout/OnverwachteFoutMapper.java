package nl.schakel.web.fout;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.schakel.gedeeld.fout.SchakelFout;
import nl.schakel.toegang.Verzoekcontext;

/**
 * Anything unexpected: logged with its correlation id for the operators (the exception type and stack,
 * never request bodies), answered with a bare 500 problem.
 */
@Provider
public class OnverwachteFoutMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(OnverwachteFoutMapper.class.getName());

    @Inject
    Verzoekcontext correlatie;

    @Override
    public Response toResponse(Throwable fout) {
        SchakelFout bekend = bekendeOorzaak(fout);
        String kenmerk = correlatie.correlatieId();
        if (bekend != null) {
            return Problemen.van(bekend, kenmerk);
        }
        if (OnleesbareInvoer.jsonFout(fout) != null) {
            return OnleesbareInvoer.antwoord(OnleesbareInvoer.jsonFout(fout), kenmerk);
        }
        return antwoord(fout, kenmerk);
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
