package nl.schakel.routes;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.nio.file.Path;

import javax.sql.DataSource;

import nl.schakel.routes.api.GebeurtenissenApi;
import nl.schakel.routes.api.ApiNietBeschikbaarException;
import nl.schakel.routes.api.ApiToegangGeweigerdException;
import nl.schakel.routes.api.OrganisatiesApi;
import nl.schakel.routes.api.OverdrachtenApi;
import nl.schakel.routes.intake.IntakeUitslag;
import nl.schakel.routes.intake.OverdrachtIntake;
import nl.schakel.routes.intake.OverdrachtIntakeRoute;
import nl.schakel.routes.bezorging.BezorgInstellingen;
import nl.schakel.routes.bezorging.BezorgOpslag;
import nl.schakel.routes.bezorging.BezorgWachtrijen;
import nl.schakel.routes.bezorging.Bezorging;
import nl.schakel.routes.bezorging.MailBezorger;
import nl.schakel.routes.bezorging.OverdrachtBezorgingRoute;
import nl.schakel.routes.bezorging.WebhookBezorger;
import nl.schakel.routes.api.Toegangstoken;
import nl.schakel.routes.gezondheid.BereikbaarheidCheck;
import nl.schakel.routes.gezondheid.BezorgingCheck;
import nl.schakel.routes.gezondheid.GezondheidsServer;
import org.apache.camel.health.HealthCheckRegistry;
import nl.schakel.routes.opslag.PostgresIdempotentRepository;
import nl.schakel.routes.organisaties.OrganisatieBestandLezer;
import nl.schakel.routes.organisaties.OrganisatieImporteur;
import nl.schakel.routes.organisaties.OrganisatiesImportRoute;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Zet de bonen van het proces in het register: database (met Flyway-migraties in schema
 * {@code routes}), token en API-client, de importeur, de bezorging (feed, opslag, webhook, mail) en de
 * gezondheidsserver met {@code POST /bezorging/herhaal}.
 */
public class SchakelRoutesConfiguratie implements CamelConfiguration {

    public static final String SCHEMA = "routes";
    private static final Logger LOG = LoggerFactory.getLogger(SchakelRoutesConfiguratie.class);

    @Override
    public void configure(CamelContext context) throws Exception {
        DataSource dataSource = dataSource(context);
        migreer(dataSource);

        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(getal(context, "schakel.api.verbind-timeout-ms")))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        Duration antwoordTimeout = Duration.ofMillis(getal(context, "schakel.api.antwoord-timeout-ms"));
        Toegangstoken token = new Toegangstoken(http,
                lees(context, "schakel.oidc.token-url"),
                lees(context, "schakel.oidc.client-id"),
                lees(context, "schakel.oidc.client-secret"),
                Duration.ofSeconds(getal(context, "schakel.oidc.vernieuw-voor-verlopen-seconden")),
                antwoordTimeout, Clock.systemUTC());
        OrganisatiesApi api = new OrganisatiesApi(http, lees(context, "schakel.api.url"), token, antwoordTimeout);

        Registry registry = context.getRegistry();
        registry.bind("schakelRoutesDataSource", dataSource);
        registry.bind(OrganisatiesImportRoute.REPOSITORY,
                new PostgresIdempotentRepository(dataSource, OrganisatiesImportRoute.ROUTE_ID));
        registry.bind(OrganisatiesImportRoute.LEZER, new OrganisatieBestandLezer());
        registry.bind(OrganisatiesImportRoute.IMPORTEUR, new OrganisatieImporteur(api));

        // --- overdracht-bezorging ---
        BezorgOpslag opslag = new BezorgOpslag(dataSource, getal(context, "schakel.bezorging.begin-na"));
        registry.bind(OverdrachtBezorgingRoute.OPSLAG, opslag);
        registry.bind(OverdrachtBezorgingRoute.FEED, new GebeurtenissenApi(http, lees(context, "schakel.api.url"), token,
                antwoordTimeout, (int) getal(context, "schakel.bezorging.limiet")));
        HttpClient webhookHttp = HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(getal(context, "schakel.bezorging.verbind-timeout-ms")))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        BezorgInstellingen instellingen = new BezorgInstellingen(
                Path.of(lees(context, "schakel.bezorging.organisaties-bestand")),
                naam -> geheim(context, naam));
        Bezorging bezorging = new Bezorging(instellingen,
                new WebhookBezorger(webhookHttp, Duration.ofMillis(getal(context, "schakel.bezorging.antwoord-timeout-ms"))),
                mailBezorger(context), opslag);
        registry.bind(OverdrachtBezorgingRoute.BEZORGING, bezorging);
        registry.bind(OverdrachtBezorgingRoute.WACHTRIJEN, new BezorgWachtrijen(opslag));
        HealthCheckRegistry checks = HealthCheckRegistry.get(context);
        checks.register(new BereikbaarheidCheck(dataSource, lees(context, "schakel.api.url"),
                Duration.ofMillis(getal(context, "schakel.health.bereikbaarheid-timeout-ms"))));
        if (Boolean.parseBoolean(lees(context, "schakel.bezorging.aan"))) {
            controleerBezorginstellingen(context, instellingen, bezorging);
            checks.register(new BezorgingCheck(opslag, bezorging::configuratiefouten));
        }

        // --- overdracht-intake ---
        registry.bind(OverdrachtIntakeRoute.INTAKE, new OverdrachtIntake(dataSource,
                new OverdrachtenApi(http, lees(context, "schakel.api.url"), token, antwoordTimeout)));

        context.addService(new GezondheidsServer(
                lees(context, "schakel.health.host"),
                (int) getal(context, "schakel.health.port"),
                lees(context, "schakel.health.path"))
                .beheer(lees(context, "schakel.bezorging.herhaal-pad"),
                        () -> context.createProducerTemplate().requestBody(OverdrachtBezorgingRoute.HERHAAL,
                                null, String.class))
                .invoer(lees(context, "schakel.intake.http-pad"), body -> intakeOverHttp(context, body)));
    }

    /**
     * Bij de start: elke organisatie die kan ontvangen ({@code schakel.bezorging.ontvangers}, van de launcher uit het
     * toegangsbeleid) en elke organisatie in het instellingenbestand moet bruikbare instellingen hebben. Een fout is
     * een duidelijke regel in de log en staat in de gezondheid (check {@code bezorging}); geen dode brief per
     * gebeurtenis, de wachtrij van die ontvanger wacht tot de instellingen kloppen.
     */
    private static void controleerBezorginstellingen(CamelContext context, BezorgInstellingen instellingen,
            Bezorging bezorging) {
        java.util.Set<String> verwacht = new java.util.TreeSet<>();
        for (String code : lees(context, "schakel.bezorging.ontvangers").split(",")) {
            if (!code.isBlank()) {
                verwacht.add(code.trim());
            }
        }
        try {
            verwacht.addAll(instellingen.codes());
        } catch (RuntimeException e) {
            LOG.error("CONFIGURATIEFOUT bezorging: {}", e.getMessage());
        }
        var fouten = bezorging.controleer(verwacht);
        if (fouten.isEmpty()) {
            LOG.info("Bezorginstellingen gecontroleerd: {} ontvanger(s) in orde", verwacht.size());
        } else {
            LOG.error("CONFIGURATIEFOUT bezorging: {} van {} ontvanger(s) zonder bruikbare instellingen: {}",
                    fouten.size(), verwacht.size(), fouten.keySet());
        }
    }

    /** {@code POST /intake/overdrachten}: 202/200/400 uit de intake; API onbereikbaar of geen toegang: 503. */
    private static GezondheidsServer.Antwoord intakeOverHttp(CamelContext context, String body) {
        try {
            IntakeUitslag uitslag = context.createFluentProducerTemplate().to(OverdrachtIntakeRoute.HTTP)
                    .withBody(body).request(IntakeUitslag.class);
            return new GezondheidsServer.Antwoord(uitslag.httpStatus(), uitslag.json());
        } catch (RuntimeException e) {
            Throwable t = e;
            while (t != null && !(t instanceof ApiNietBeschikbaarException) && !(t instanceof ApiToegangGeweigerdException)) {
                t = t.getCause();
            }
            if (t == null) {
                throw e;
            }
            LOG.warn("Intake over HTTP niet verwerkt: {}", t.getMessage());
            return new GezondheidsServer.Antwoord(503, "{\"uitkomst\":\"NIET_VERWERKT\",\"reden\":"
                    + "\"platform-API nu niet bruikbaar; niets vastgelegd, lever later opnieuw aan\"}");
        }
    }

    /** Geen SMTP-host: mailkanaal uit (gelogd). */
    private static MailBezorger mailBezorger(CamelContext context) {
        String host = context.getPropertiesComponent().resolveProperty("schakel.smtp.host").orElse("").trim();
        if (host.isEmpty()) {
            LOG.warn("Geen SMTP-server ingesteld (SCHAKEL_SMTP_HOST): meldingen per mail staan uit");
            return null;
        }
        return new MailBezorger(host, (int) getal(context, "schakel.smtp.port"),
                Boolean.parseBoolean(lees(context, "schakel.smtp.starttls").trim()),
                context.getPropertiesComponent().resolveProperty("schakel.smtp.gebruiker").orElse(""),
                context.getPropertiesComponent().resolveProperty("schakel.smtp.wachtwoord").orElse(""),
                lees(context, "schakel.smtp.afzender"),
                lees(context, "schakel.bezorging.mail.link"),
                lees(context, "schakel.bezorging.mail.web"),
                getal(context, "schakel.smtp.timeout-ms"));
    }

    /** Een HMAC-geheim uit de omgevingsvariabele met deze naam (of, voor tests, een instelling met die naam). */
    private static String geheim(CamelContext context, String naam) {
        String waarde = System.getenv(naam);
        if (waarde != null && !waarde.isBlank()) {
            return waarde;
        }
        return context.getPropertiesComponent().resolveProperty(naam).orElse(null);
    }

    private static DataSource dataSource(CamelContext context) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(lees(context, "schakel.db.url"));
        ds.setUser(lees(context, "schakel.db.user"));
        ds.setPassword(lees(context, "schakel.db.password"));
        ds.setCurrentSchema(SCHEMA);
        ds.setApplicationName("schakel-integration-routes");
        return ds;
    }

    private static void migreer(DataSource dataSource) {
        var resultaat = Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/migration/routes")
                .load()
                .migrate();
        LOG.info("Schema {}: {} migratie(s) uitgevoerd", SCHEMA, resultaat.migrationsExecuted);
    }

    private static String lees(CamelContext context, String sleutel) {
        return context.getPropertiesComponent().resolveProperty(sleutel)
                .orElseThrow(() -> new IllegalStateException("Instelling ontbreekt: " + sleutel));
    }

    private static long getal(CamelContext context, String sleutel) {
        return Long.parseLong(lees(context, sleutel).trim());
    }
}
