package nl.schakel.web.fout;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.schakel.toegang.toepassing.Verzoekcontext;

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
        String kenmerk = correlatie.correlatieId();
        Probleem probleem = Problemen.voor(fout, kenmerk);
        if (probleem.status() >= 500) {
            return antwoord(fout, kenmerk);
        }
        return Problemen.antwoord(probleem, Problemen.uitbreidingen(fout));
    }

    Response antwoord(Throwable fout, String correlatie) {
        LOG.log(Level.SEVERE, "Onverwachte fout, kenmerk " + correlatie + ": " + fout.getClass().getName(), fout);
        return Problemen.algemeen(500, correlatie);
    }

}
