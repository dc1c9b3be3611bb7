package nl.schakel.routes.bezorging;

import nl.schakel.routes.Foutafhandeling;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code overdracht-bezorging}: leest de gebeurtenissenfeed vanaf de leescursor in PostgreSQL, zet elke
 * gebeurtenis in de wachtrij van elke ontvangende organisatie, en laat per ontvanger één bezorger
 * ({@link BezorgWachtrijen}) die wachtrij op volgorde afwerken: een datarm, ondertekend CloudEvent naar de webhook
 * en een mail zonder persoonsgegevens naar de functionele mailbox. Een rij verlaat de wachtrij pas als ze bezorgd
 * of dood verklaard is; een crash bezorgt dus per ontvanger hoogstens de gebeurtenis die onderweg was opnieuw (de
 * ontvanger ontdubbelt op het CloudEvent-id). Een ontvanger die plat ligt, houdt alleen zijn eigen wachtrij op.
 * <ul>
 * <li>{@code overdracht-bezorging}: timer, leest een pagina van de feed, vult de wachtrijen, wekt de bezorgers;</li>
 * <li>{@code overdracht-bezorg-gebeurtenis}: de kanalen voor één gebeurtenis aan één ontvanger; herhalen, dode
 * brieven en configuratiefouten in {@link Foutafhandeling#BEZORGING_ID};</li>
 * <li>{@code overdracht-bezorging-herhaal}: de open dode brieven opnieuw door dezelfde stappen
 * ({@code POST /bezorging/herhaal} op de gezondheidsserver, alleen vanaf loopback).</li>
 * </ul>
 */
public class OverdrachtBezorgingRoute extends RouteBuilder {

    public static final String ROUTE_ID = "overdracht-bezorging";
    public static final String PER_GEBEURTENIS_ID = "overdracht-bezorg-gebeurtenis";
    public static final String HERHAAL_ID = "overdracht-bezorging-herhaal";
    public static final String PER_GEBEURTENIS = "direct:" + PER_GEBEURTENIS_ID;
    public static final String HERHAAL = "direct:" + HERHAAL_ID;

    public static final String FEED = "gebeurtenissenApi";
    public static final String OPSLAG = "bezorgOpslag";
    public static final String BEZORGING = "bezorging";
    public static final String WACHTRIJEN = "bezorgWachtrijen";

    @Override
    public void configure() {
        // de poll wacht niet op de bezorging: die loopt per ontvanger in een eigen thread (BezorgWachtrijen).
        // Eerst wekken: ook als de feed plat ligt, gaat het werk dat al in de wachtrijen staat door.
        from("timer:" + ROUTE_ID + "?synchronous=true&delay={{schakel.bezorging.start-vertraging-ms}}"
                + "&period={{schakel.bezorging.poll-interval-ms}}")
            .routeId(ROUTE_ID)
            .routeConfigurationId(Foutafhandeling.ID)
            .autoStartup("{{schakel.bezorging.aan}}")
            .bean(WACHTRIJEN, "wek")
            .bean(OPSLAG, "cursor")
            .bean(FEED, "na(${body})")
            .bean(OPSLAG, "zetInWachtrij")
            .bean(WACHTRIJEN, "wek");

        from(PER_GEBEURTENIS)
            .routeId(PER_GEBEURTENIS_ID)
            .routeConfigurationId(Foutafhandeling.BEZORGING_ID)
            .bean(BEZORGING, "bereidVoor")
            .bean(BEZORGING, "webhook")
            .bean(BEZORGING, "mail")
            .bean(BEZORGING, "voltooi");

        from(HERHAAL)
            .routeId(HERHAAL_ID)
            .bean(OPSLAG, "openDodeBrieven")
            .setProperty("herhaald", simple("${body.size()}"))
            .log("Herhalen van ${exchangeProperty.herhaald} open dode brief(en)")
            .split(body())
                .to(PER_GEBEURTENIS)
            .end()
            .bean(OPSLAG, "aantalOpenDodeBrieven")
            .setBody(simple("{\"herhaald\":${exchangeProperty.herhaald},\"open\":${body}}"))
            .log("Herhaling klaar: ${body}");
    }
}
