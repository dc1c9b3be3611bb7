package nl.schakel.routes.bezorging;

import nl.schakel.routes.Foutafhandeling;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code overdracht-bezorging}: leest de gebeurtenissenfeed vanaf de cursor in PostgreSQL en bezorgt elke
 * gebeurtenis bij de ontvangende organisatie: een datarm, ondertekend CloudEvent naar de webhook en een
 * mail zonder persoonsgegevens naar de functionele mailbox. De cursor gaat per gebeurtenis pas vooruit als
 * die bezorgd of dood verklaard is; een crash bezorgt dus hoogstens de gebeurtenis die onderweg was
 * opnieuw (de ontvanger ontdubbelt op het CloudEvent-id).
 * <ul>
 * <li>{@code overdracht-bezorging}: timer, leest de feed, één gebeurtenis tegelijk, op volgorde;</li>
 * <li>{@code overdracht-bezorg-gebeurtenis}: de kanalen voor één gebeurtenis; herhalen en dode brieven in
 * {@link Foutafhandeling#BEZORGING_ID};</li>
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

    @Override
    public void configure() {
        // synchronous=true: de volgende poll begint pas als de vorige (met herhalingen) helemaal klaar is
        from("timer:" + ROUTE_ID + "?synchronous=true&delay={{schakel.bezorging.start-vertraging-ms}}"
                + "&period={{schakel.bezorging.poll-interval-ms}}")
            .routeId(ROUTE_ID)
            .routeConfigurationId(Foutafhandeling.ID)
            .autoStartup("{{schakel.bezorging.aan}}")
            .bean(OPSLAG, "cursor")
            .bean(FEED, "na(${body})")
            .split(body()).stopOnException()
                .to(PER_GEBEURTENIS)
            .end();

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
