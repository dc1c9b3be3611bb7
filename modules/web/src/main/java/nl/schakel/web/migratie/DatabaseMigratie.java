package nl.schakel.web.migratie;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Logger;
import nl.schakel.gedeeld.migratie.SchemaMigratie;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings every context's schema up to date when the platform is deployed, before it serves a request.
 * Runs as the schema owner, with the credentials the launcher configures ({@code schakel.db.migratie.*}), on
 * connections of its own that Flyway closes when it is done: no pool of the running platform holds the owner, who may
 * switch the logboek's append-only triggers off (issue 14). The API itself uses a role that only gets the grants the
 * migrations give it. Bean-managed: Flyway commits its own work.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigratie {

    private static final Logger LOG = Logger.getLogger(DatabaseMigratie.class.getName());

    /** The database, as a JDBC URL; the same database as {@code jdbc/schakel}. */
    @Inject
    @ConfigProperty(name = "schakel.db.migratie.url")
    String url;

    @Inject
    @ConfigProperty(name = "schakel.db.migratie.gebruiker")
    String eigenaar;

    @Inject
    @ConfigProperty(name = "schakel.db.migratie.wachtwoord")
    String wachtwoord;

    @Inject
    @Any
    Instance<SchemaMigratie> schemas;

    @Inject
    @ConfigProperty(name = "schakel.db.app-rol", defaultValue = "schakel_app")
    String appRol;

    private volatile boolean klaar;

    @PostConstruct
    void migreer() {
        schemas.stream().sorted(Comparator.comparingInt(SchemaMigratie::volgorde)).forEach(this::migreerSchema);
        klaar = true;
    }

    private void migreerSchema(SchemaMigratie schema) {
        MigrateResult resultaat = Flyway.configure(getClass().getClassLoader())
                // Flyway's own driver data source: a connection per use, closed after migrate(); never pooled
                .dataSource(url, eigenaar, wachtwoord)
                .schemas(schema.schema())
                .createSchemas(true)
                .locations(schema.locatie())
                .placeholders(Map.of("appRol", appRol))
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> resultaat.migrationsExecuted == 0
                ? "Schema " + schema.schema() + " is bijgewerkt."
                : "Schema " + schema.schema() + ": " + resultaat.migrationsExecuted + " migratie(s) uitgevoerd, nu op versie "
                        + resultaat.targetSchemaVersion + ".");
    }

    public boolean isKlaar() {
        return klaar;
    }
}
