package nl.schakel.web.meting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the benchmark endpoints exist: MicroProfile Config {@code schakel.meting.ingeschakeld}, read once
 * (the launcher sets it in the domain before deployment; default {@code false}).
 */
@ApplicationScoped
public class MetingSchakelaar {

    @Inject
    @ConfigProperty(name = "schakel.meting.ingeschakeld", defaultValue = "false")
    boolean ingeschakeld;

    /** The same 404 problem body as any unknown path when switched off. */
    void vereisAan() {
        if (!ingeschakeld) {
            throw new NotFoundException();
        }
    }
}
