package nl.schakel.toegang.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.schakel.toegang.domein.betrokkene.Bsnsleutel;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@link Bsnsleutel} from MicroProfile Config ({@value #SLEUTEL}; the launcher generates it into
 * {@code var/geheimen.properties} and sets it on the Payara domain). Never a default: a platform that hashed with a
 * known or empty key would leak every BSN to whoever reads the registry, and one that changed its key would silently
 * split every person in two. Missing or short, the injection fails, and the web module's startup check with it, so
 * the platform is not deployed.
 */
@ApplicationScoped
public class BsnsleutelConfiguratie {

    public static final String SLEUTEL = "schakel.betrokkenen.sleutel";

    @Inject
    @ConfigProperty(name = SLEUTEL)
    Optional<String> geheim;

    @Produces
    @Dependent
    Bsnsleutel sleutel() {
        return uit(geheim);
    }

    /** The checks, with a message that names the setting and the way out. */
    public static Bsnsleutel uit(Optional<String> geheim) {
        if (geheim == null || geheim.isEmpty() || geheim.get().isBlank()) {
            throw new IllegalStateException("De sleutel voor betrokkenen ontbreekt: zet MicroProfile Config-property " + SLEUTEL
                    + " (ten minste " + Bsnsleutel.MINIMALE_LENGTE + " bytes, geheim; de launcher maakt hem aan in"
                    + " var/geheimen.properties). Zonder sleutel start het platform niet.");
        }
        try {
            return Bsnsleutel.van(geheim.get());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("De sleutel voor betrokkenen (" + SLEUTEL + ") is te kort: " + e.getMessage()
                    + " Zonder geldige sleutel start het platform niet.", e);
        }
    }
}
