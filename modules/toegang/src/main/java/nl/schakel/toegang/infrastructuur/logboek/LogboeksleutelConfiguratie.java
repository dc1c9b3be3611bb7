package nl.schakel.toegang.infrastructuur.logboek;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@link Logboeksleutel} from MicroProfile Config ({@value #SLEUTEL}; the launcher generates it into
 * {@code var/geheimen.properties} and sets it on the Payara domain). Never a default: rows sealed with a known key
 * could be forged by whoever knows it. Missing or short, the injection fails and the platform is not deployed.
 */
@ApplicationScoped
public class LogboeksleutelConfiguratie {

    public static final String SLEUTEL = "schakel.logboek.sleutel";

    @Inject
    @ConfigProperty(name = SLEUTEL)
    Optional<String> geheim;

    @Produces
    @Dependent
    Logboeksleutel sleutel() {
        return uit(geheim);
    }

    public static Logboeksleutel uit(Optional<String> geheim) {
        if (geheim == null || geheim.isEmpty() || geheim.get().isBlank()) {
            throw new IllegalStateException("De logboeksleutel ontbreekt: zet MicroProfile Config-property " + SLEUTEL
                    + " (ten minste " + Logboeksleutel.MINIMALE_LENGTE + " bytes, geheim; de launcher maakt hem aan in"
                    + " var/geheimen.properties). Zonder sleutel start het platform niet.");
        }
        try {
            return Logboeksleutel.van(geheim.get());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("De logboeksleutel (" + SLEUTEL + ") is te kort: " + e.getMessage(), e);
        }
    }
}
