package nl.schakel.routes;

import nl.schakel.routes.api.ApiNietBeschikbaarException;
import nl.schakel.routes.api.ApiToegangGeweigerdException;
import nl.schakel.routes.bezorging.BezorgConfiguratieFout;
import nl.schakel.routes.bezorging.BezorgingGeweigerdException;
import nl.schakel.routes.bezorging.BezorgingTijdelijkMisluktException;
import nl.schakel.routes.bezorging.OverdrachtBezorgingRoute;
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
 * Voor het bezorgen van gebeurtenissen ({@link #BEZORGING_ID}):
 * <ul>
 * <li>webhook of mailserver tijdelijk niet bruikbaar (5xx, 408/429, time-out, verbinding): opnieuw met
 * oplopende wachttijd ({@code schakel.bezorging.herhaling.*}) op precies het kanaal dat faalde;</li>
 * <li>herhalingen op, of geweigerd (4xx, geen bezorginstellingen): niet (meer) herhalen maar een dode brief
 * in PostgreSQL, in dezelfde transactie als het uit de wachtrij halen. De uitwisseling is dan afgehandeld;
 * de brief is later te herhalen. Geen of onbruikbare bezorginstellingen ({@link BezorgConfiguratieFout}): geen
 * dode brief, de gebeurtenis blijft in de wachtrij van die ontvanger tot de instellingen kloppen. Faalt het
 * vastleggen van de dode brief zelf, dan faalt de uitwisseling en blijft de rij in de wachtrij: er gaat niets
 * verloren.</li>
 * </ul>
 */
public class Foutafhandeling extends RouteConfigurationBuilder {

    public static final String ID = "schakel-foutafhandeling";
    public static final String BEZORGING_ID = "schakel-bezorging-foutafhandeling";

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

        routeConfiguration(BEZORGING_ID)
                .onException(BezorgingTijdelijkMisluktException.class)
                    .maximumRedeliveries("{{schakel.bezorging.herhaling.maximum}}")
                    .redeliveryDelay("{{schakel.bezorging.herhaling.vertraging-ms}}")
                    .useExponentialBackOff()
                    .backOffMultiplier("{{schakel.bezorging.herhaling.factor}}")
                    .maximumRedeliveryDelay("{{schakel.bezorging.herhaling.max-vertraging-ms}}")
                    .retryAttemptedLogLevel(LoggingLevel.WARN)
                    .logStackTrace(false)
                    .logExhausted(false)
                    .handled(true)
                    .bean(OverdrachtBezorgingRoute.BEZORGING, "doodVerklaar")
                .end()
                .onException(BezorgConfiguratieFout.class)
                    .maximumRedeliveries(0)
                    .logStackTrace(false)
                    .logExhausted(false)
                    .handled(true)
                    .bean(OverdrachtBezorgingRoute.BEZORGING, "configuratieFout")
                .end()
                .onException(BezorgingGeweigerdException.class)
                    .maximumRedeliveries(0)
                    .logStackTrace(false)
                    .logExhausted(false)
                    .handled(true)
                    .bean(OverdrachtBezorgingRoute.BEZORGING, "doodVerklaar")
                .end();
    }
}
