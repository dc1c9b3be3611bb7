package nl.schakel.web.gezondheid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.schakel.toegang.infrastructuur.logboek.Logboekketen;
import nl.schakel.web.logboekketen.LogboekketenTaak;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The logboek chainer's lag in {@code /health/ready}: how many rows are not chained yet, the oldest one's age, and
 * why the chain stands still if it does. Always UP: the rows are written and sealed, requests may go on; a growing
 * lag or a standstill is for monitoring and the privacy officer, not a reason to stop serving.
 */
@Readiness
@ApplicationScoped
public class LogboekketenGereedheid implements HealthCheck {

    @Inject
    LogboekketenTaak taak;

    @Override
    public HealthCheckResponse call() {
        var antwoord = HealthCheckResponse.named("logboekketen").up();
        try {
            Logboekketen.Toestand t = taak.keten().toestand();
            antwoord.withData("ongeketend", t.ongeketend())
                    .withData("oudsteOngeketendMs", t.oudste().map(d -> d.toMillis()).orElse(0L));
            // yes or no only: which row, and why, is in the server log and in logboek-controle, not on a public endpoint
            antwoord.withData("stilstand", t.stilstand().isPresent());
        } catch (RuntimeException e) {
            antwoord.withData("ongeketend", "onbekend (database niet bereikbaar)");
        }
        return antwoord.build();
    }
}
