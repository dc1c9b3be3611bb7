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
import nl.schakel.toegang.domein.bewaren.Bewaartermijnen;
import nl.schakel.toegang.toepassing.Bewaartermijncontrole;
import nl.schakel.toegang.toepassing.Verwerkingsregisterinzage;

/**
 * At deployment, beside {@link BeleidBijStart}: the retention file is read (a broken file fails the injection, with a
 * message naming each fault), checked against the declared resource types and the policy, and the register of
 * processing is generated once, so that a policy the register cannot describe fails now and not when the privacy
 * officer opens the page. A failing startup singleton stops the deployment.
 */
@Startup
@Singleton
public class BewaartermijnenBijStart {

    private static final Logger LOG = Logger.getLogger(BewaartermijnenBijStart.class.getName());

    @Inject
    @Any
    Instance<Toegangsdeclaratie> declaraties;

    @Inject
    Toegangsbeleid beleid;

    @Inject
    Bewaartermijnen termijnen;

    @Inject
    Verwerkingsregisterinzage register;

    @PostConstruct
    void controleer() {
        Bewaartermijncontrole.eis(termijnen, beleid, declaraties.stream().toList());
        int verwerkingen = register.controleer();
        LOG.info(() -> "Bewaartermijnen " + termijnen.versie() + ": " + termijnen.regels().size() + " regels en het logboek ("
                + termijnen.logboek().omschrijving() + "); verwerkingsregister met " + verwerkingen + " verwerkingen.");
    }
}
