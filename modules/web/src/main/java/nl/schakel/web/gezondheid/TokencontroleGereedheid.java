package nl.schakel.web.gezondheid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.schakel.web.aanmelding.BearerMechanisme;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * How often the token check fetched Keycloak's key set since start, in {@code /health/ready}: a rotation shows as one
 * fetch more, a flood of tokens naming unknown keys must not show as many (the rate limit). Always UP; a number, no
 * key and no token.
 */
@Readiness
@ApplicationScoped
public class TokencontroleGereedheid implements HealthCheck {

    @Inject
    BearerMechanisme mechanisme;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("tokencontrole").up().withData("sleutelsetOpgehaald", mechanisme.sleutelsetOpgehaald()).build();
    }
}
