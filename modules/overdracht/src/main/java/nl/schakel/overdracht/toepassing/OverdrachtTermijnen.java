package nl.schakel.overdracht.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import nl.schakel.gedeeld.kalender.Werkdagkalender;
import nl.schakel.overdracht.domein.Termijnen;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the overdracht {@link Termijnen} injectable, with the acceptance term from MicroProfile Config
 * ({@value #ACCEPTATIETERMIJN}, default 5 working days). A wrong value fails at the first injection, never silently.
 */
@ApplicationScoped
public class OverdrachtTermijnen {

    public static final String ACCEPTATIETERMIJN = "schakel.overdracht.acceptatietermijn-werkdagen";

    @Inject
    @ConfigProperty(name = ACCEPTATIETERMIJN, defaultValue = "5")
    int acceptatieWerkdagen;

    @Produces
    Termijnen termijnen() {
        return new Termijnen(Werkdagkalender.NEDERLAND, acceptatieWerkdagen);
    }
}
