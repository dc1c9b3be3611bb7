package nl.schakel.routes;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import nl.schakel.routes.api.OrganisatiesApi;
import nl.schakel.routes.api.Toegangstoken;
import nl.schakel.routes.gezondheid.GezondheidsServer;
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
 * {@code routes}), token en API-client, de importeur en de gezondheidsserver.
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

        context.addService(new GezondheidsServer(
                lees(context, "schakel.health.host"),
                (int) getal(context, "schakel.health.port"),
                lees(context, "schakel.health.path")));
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
