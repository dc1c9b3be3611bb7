package nl.schakel.web.betrokkene;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import nl.schakel.toegang.domein.betrokkene.Bsnsleutel;
import nl.schakel.toegang.infrastructuur.BsnsleutelConfiguratie;

/**
 * Refuses to deploy the platform without the key that recognises betrokkenen across flows
 * ({@value BsnsleutelConfiguratie#SLEUTEL}, at least 32 bytes). The person registry would otherwise fail at the first
 * overdracht with a BSN, hours after a deployment that looked fine; the injection below fails now instead, with a
 * message naming the setting, and a failing startup singleton stops the deployment.
 */
@Startup
@Singleton
public class Betrokkenensleutelcontrole {

    private static final Logger LOG = Logger.getLogger(Betrokkenensleutelcontrole.class.getName());

    @Inject
    Bsnsleutel sleutel;

    @PostConstruct
    void gecontroleerd() {
        LOG.info(() -> "Sleutel voor betrokkenen (" + BsnsleutelConfiguratie.SLEUTEL + ") is aanwezig en lang genoeg.");
    }
}
