package nl.schakel.routes.organisaties;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import nl.schakel.routes.Foutafhandeling;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code organisaties-import}: het regionale partnerregister als CSV-bestand in
 * {@code $SCHAKEL_ROUTES_DATA/organisaties/inbox}.
 * <ol>
 * <li>idempotent per bestand: SHA-256 van de inhoud in {@code routes.verwerkt_bericht}; hetzelfde
 * bestand nog eens verandert niets en gaat naar {@code verwerkt/};</li>
 * <li>elke regel gekeurd; afgekeurde regels en regels die de API afwijst naar
 * {@code fouten/<naam>-<tijdstip>.fouten.csv}; goedgekeurde regels aangemaakt of (alleen bij verschil)
 * bijgewerkt via de API;</li>
 * <li>daarna naar {@code verwerkt/<naam>-<tijdstip>.csv}. Faalt het (API blijft onbereikbaar), dan blijft
 * het bestand in de inbox en telt het niet als verwerkt.</li>
 * </ol>
 */
public class OrganisatiesImportRoute extends RouteBuilder {

    public static final String ROUTE_ID = "organisaties-import";
    public static final String REPOSITORY = "organisatiesBestandenRepository";
    public static final String LEZER = "organisatieBestandLezer";
    public static final String IMPORTEUR = "organisatieImporteur";

    static final String HASH = "SchakelBestandSha256";
    static final String VERSLAG = "importVerslag";
    static final String VERWERKT_NAAM = "verwerktNaam";
    static final String FOUTEN_NAAM = "foutenNaam";
    private static final Logger LOG = LoggerFactory.getLogger(ROUTE_ID);
    private static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    @Override
    public void configure() {
        from("file:{{schakel.organisaties.map}}/inbox"
                + "?antInclude=*.csv&antFilterCaseSensitive=false&charset=UTF-8"
                + "&readLock={{schakel.organisaties.read-lock}}"
                + "&readLockCheckInterval={{schakel.organisaties.read-lock-interval-ms}}"
                + "&readLockTimeout=0&readLockMinLength=0"
                + "&initialDelay=100"
                + "&delay={{schakel.organisaties.poll-interval-ms}}"
                + "&move=../verwerkt/${exchangeProperty." + VERWERKT_NAAM + "}")
            .routeId(ROUTE_ID)
            .routeConfigurationId(Foutafhandeling.ID)
            .process(OrganisatiesImportRoute::benoem)
            .convertBodyTo(byte[].class)
            .process(OrganisatiesImportRoute::bepaalHash)
            .idempotentConsumer(header(HASH)).idempotentRepository(REPOSITORY)
                .eager(false).skipDuplicate(false).removeOnFailure(true)
                .filter(exchangeProperty(Exchange.DUPLICATE_MESSAGE).isEqualTo(true))
                    .log(LoggingLevel.INFO, ROUTE_ID, "Bestand ${header.CamelFileName} is een duplicaat"
                            + " (sha256 ${header." + HASH + "}): al eerder verwerkt, niets gewijzigd;"
                            + " verplaatst naar verwerkt/${exchangeProperty." + VERWERKT_NAAM + "}")
                    .stop()
                .end()
                .process(e -> e.setProperty(VERSLAG, new ImportVerslag()))
                .bean(LEZER, "lees(${body}, ${exchangeProperty." + VERSLAG + "})")
                .split(body()).stopOnException()
                    .bean(IMPORTEUR, "importeer(${body}, ${exchangeProperty." + VERSLAG + "})")
                .end()
                .filter(simple("${exchangeProperty." + VERSLAG + ".heeftFouten()}"))
                    .setBody(simple("${exchangeProperty." + VERSLAG + ".foutenAlsCsv()}"))
                    .to("file:{{schakel.organisaties.map}}/fouten?charset=UTF-8"
                            + "&fileName=${exchangeProperty." + FOUTEN_NAAM + "}&tempPrefix=.bezig-")
                    .log(LoggingLevel.WARN, ROUTE_ID, "Bestand ${header.CamelFileName}: afgekeurde regels staan in"
                            + " fouten/${exchangeProperty." + FOUTEN_NAAM + "}")
                .end()
                .log(LoggingLevel.INFO, ROUTE_ID, "Bestand ${header.CamelFileName} verwerkt:"
                        + " ${exchangeProperty." + VERSLAG + ".samenvatting()}")
            .end();
    }

    /** Na uitputten van de herhalingen, of bij geen toegang: het bestand blijft staan. */
    static void meldMislukt(Exchange exchange) {
        Throwable oorzaak = exchange.getException();
        while (oorzaak != null && oorzaak.getCause() != null) {
            oorzaak = oorzaak.getCause();
        }
        LOG.warn("Bestand {} niet verwerkt ({}): het blijft in de inbox en wordt opnieuw aangeboden",
                exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class),
                oorzaak == null ? "onbekende oorzaak" : oorzaak.getMessage());
    }

    /** Eén tijdstip voor de naam in verwerkt/ en die in fouten/, zodat ze bij elkaar te vinden zijn. */
    static void benoem(Exchange exchange) {
        String naam = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        String stam = naam.toLowerCase().endsWith(".csv") ? naam.substring(0, naam.length() - 4) : naam;
        String tijdstip = LocalDateTime.now().format(TIJDSTIP);
        exchange.setProperty(VERWERKT_NAAM, stam + "-" + tijdstip + ".csv");
        exchange.setProperty(FOUTEN_NAAM, stam + "-" + tijdstip + ".fouten.csv");
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onFailure(Exchange mislukt) {
                meldMislukt(mislukt);
            }
        });
    }

    static void bepaalHash(Exchange exchange) throws NoSuchAlgorithmException {
        byte[] inhoud = exchange.getMessage().getBody(byte[].class);
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(inhoud);
        exchange.getMessage().setHeader(HASH, HexFormat.of().formatHex(hash));
    }

}
