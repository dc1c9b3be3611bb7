package nl.schakel.routes.intake;

import nl.schakel.routes.Foutafhandeling;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code overdracht-intake}: een overdrachtconcept uit het registratiesysteem van Veilig Thuis als envelop
 * {@code {"bronId": "...", "inhoud": {...}}}, als bestand in {@code $SCHAKEL_ROUTES_DATA/overdrachten/inbox}
 * (daarna naar {@code verwerkt/} of {@code fouten/}) of als {@code POST /intake/overdrachten} op de
 * gezondheidsserver (alleen loopback; route {@link #HTTP}). Keuren en aanmaken in {@link OverdrachtIntake}.
 * 5xx/verbinding: herhaald volgens {@link Foutafhandeling#ID}; daarna blijft het bestand in de inbox.
 */
public class OverdrachtIntakeRoute extends RouteBuilder {

    public static final String ROUTE_ID = "overdracht-intake";
    public static final String HTTP_ROUTE_ID = "overdracht-intake-http";
    public static final String HTTP = "direct:overdracht-intake-http";
    public static final String INTAKE = "overdrachtIntake";

    @Override
    public void configure() {
        from("file:{{schakel.intake.map}}/inbox"
                + "?antInclude=*.json&antFilterCaseSensitive=false&charset=UTF-8"
                + "&readLock={{schakel.intake.read-lock}}"
                + "&readLockCheckInterval={{schakel.intake.read-lock-interval-ms}}"
                + "&readLockTimeout=0&readLockMinLength=0"
                + "&initialDelay=100"
                + "&delay={{schakel.intake.poll-interval-ms}}"
                + "&move=../${exchangeProperty." + OverdrachtIntake.MAP + "}/${file:onlyname.noext}"
                + "-${date:now:yyyyMMdd-HHmmss-SSS}.json")
            .routeId(ROUTE_ID)
            .routeConfigurationId(Foutafhandeling.ID)
            .convertBodyTo(String.class)
            .bean(INTAKE, "verwerkBestand")
            .log(LoggingLevel.INFO, ROUTE_ID, "Bestand ${header.CamelFileName} naar ${exchangeProperty."
                    + OverdrachtIntake.MAP + "}/");

        from(HTTP)
            .routeId(HTTP_ROUTE_ID)
            .routeConfigurationId(Foutafhandeling.ID)
            .bean(INTAKE, "verwerkHttp");
    }
}
