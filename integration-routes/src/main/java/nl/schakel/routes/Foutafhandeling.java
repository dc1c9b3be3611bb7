package nl.schakel.routes;

import nl.schakel.routes.api.ApiNietBeschikbaarException;
import nl.schakel.routes.api.ApiToegangGeweigerdException;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * Gedeelde foutafhandeling voor alle routes, eenmalig ingesteld.
 * <ul>
 * <li>API tijdelijk onbereikbaar (5xx, 408/429, verbindingsfout): opnieuw proberen met oplopende
 * wachttijd op precies de stap die faalde. Lukt het uiteindelijk niet, dan faalt de uitwisseling en
 * laat de bestandsconsumer het bestand in de inbox staan: er gaat niets verloren.</li>
 * <li>Geen toegang (401 na één keer vernieuwen, 403, token geweigerd): niet herhalen, uitwisseling
 * faalt; een configuratiefout lost zich niet op door te wachten.</li>
 * </ul>
 */
public class Foutafhandeling extends RouteConfigurationBuilder {

    public static final String ID = "schakel-foutafhandeling";

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(ApiNietBeschikbaarException.class)
                    .maximumRedeliveries("{{schakel.herhaling.maximum}}")
                    .redeliveryDelay("{{schakel.herhaling.vertraging-ms}}")
                    .useExponentialBackOff()
                    .backOffMultiplier("{{schakel.herhaling.factor}}")
                    .maximumRedeliveryDelay("{{schakel.herhaling.max-vertraging-ms}}")
                    .retryAttemptedLogLevel(LoggingLevel.WARN)
                    .logStackTrace(false)
                    .logExhaustedMessageBody(false)
                    .logExhaustedMessageHistory(false)
                .end()
                .onException(ApiToegangGeweigerdException.class)
                    .maximumRedeliveries(0)
                    .logStackTrace(false)
                    .logExhaustedMessageBody(false)
                .end();
    }
}
