package nl.schakel.web.configuratie;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import nl.schakel.toegang.domein.Toegangsdeclaratie;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import nl.schakel.toegang.toepassing.Beleidscontrole;

/**
 * At deployment, before any request: every context's declared actions and the policy's rules must agree. A mismatch
 * fails the deployment with a message naming each action, instead of a 500 on the first request that needs it.
 */
@Startup
@Singleton
public class BeleidBijStart {

    private static final Logger LOG = Logger.getLogger(BeleidBijStart.class.getName());

    @Inject
    @Any
    Instance<Toegangsdeclaratie> declaraties;

    @Inject
    Toegangsbeleid beleid;

    @PostConstruct
    void controleer() {
        Beleidscontrole.eis(declaraties.stream().toList(), beleid.handelingen());
        LOG.info(() -> "Toegangsbeleid " + beleid.versie() + ": " + beleid.handelingen().size()
                + " regels, gelijk aan de handelingen van de contexten.");
    }
}
