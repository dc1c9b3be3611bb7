package nl.schakel.web.migratie;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.schakel.gedeeld.migratie.SchemaMigratie;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * Brings every context's schema up to date when the platform is deployed, before it serves a request.
 * Runs as the schema owner, with the credentials the launcher configures ({@code schakel.db.migratie.*}), on
 * connections of its own that Flyway closes when it is done: no pool of the running platform holds the owner, who may
 * switch the logboek's append-only triggers off (issue 14). The API itself uses a role that only gets the grants the
 * migrations give it. Bean-managed: Flyway commits its own work.
 * <p>
 * The launcher gives the owner's password only for the deployment of a new EAR and takes it away afterwards. When the
 * domain starts again with the same EAR, there is no password: then the schemas are only validated, as the API's own
 * role, against the migrations in this EAR (each migrated schema lets that role read its history). A schema behind
 * this EAR then stops the deployment with a message that names the way out, rather than serving on an old schema.
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
    Optional<String> wachtwoord;

    /** The API's own pool: only for validating when no owner's password was given. */
    @Resource(lookup = "jdbc/schakel")
    DataSource api;

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
        if (wachtwoord.filter(w -> !w.isBlank()).isEmpty()) {
            valideerSchema(schema);
            return;
        }
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                // Flyway's own driver data source: a connection per use, closed after migrate(); never pooled
                .dataSource(url, eigenaar, wachtwoord.get())
                .schemas(schema.schema())
                .createSchemas(true)
                .locations(schema.locatie())
                .placeholders(Map.of("appRol", appRol))
                .failOnMissingLocations(true)
                .load();
        MigrateResult resultaat = flyway.migrate();
        laatDeHistorieLezen(flyway, schema);
        LOG.info(() -> resultaat.migrationsExecuted == 0
                ? "Schema " + schema.schema() + " is bijgewerkt."
                : "Schema " + schema.schema() + ": " + resultaat.migrationsExecuted + " migratie(s) uitgevoerd, nu op versie "
                        + resultaat.targetSchemaVersion + ".");
    }

    /** The API's role may read (only read) the history, so that a start without the owner can validate. */
    private void laatDeHistorieLezen(Flyway flyway, SchemaMigratie schema) {
        try (Connection c = flyway.getConfiguration().getDataSource().getConnection();
                Statement s = c.createStatement()) {
            // identifiers from our own code (SchemaMigratie, the launcher's role name), never from a request
            s.execute("grant select on " + schema.schema() + ".flyway_schema_history to " + appRol);
        } catch (SQLException e) {
            throw new IllegalStateException("Kan de migratiehistorie van " + schema.schema() + " niet leesbaar maken voor "
                    + appRol + ": " + e.getMessage(), e);
        }
    }

    private void valideerSchema(SchemaMigratie schema) {
        ValidateResult resultaat = Flyway.configure(getClass().getClassLoader())
                .dataSource(api)
                .schemas(schema.schema())
                .createSchemas(false)
                .locations(schema.locatie())
                .placeholders(Map.of("appRol", appRol))
                .failOnMissingLocations(true)
                .load()
                .validateWithResult();
        if (!resultaat.validationSuccessful) {
            throw new IllegalStateException("Schema " + schema.schema() + " past niet bij deze EAR ("
                    + resultaat.errorDetails.errorMessage + ") en er zijn geen migratiegegevens (schakel.db.migratie.*) "
                    + "om het bij te werken. Start via ./schakel start: die geeft ze bij het deployen van een nieuwe EAR.");
        }
        LOG.info(() -> "Schema " + schema.schema() + " gevalideerd (geen migratiegegevens: de EAR was al gemigreerd).");
    }

    public boolean isKlaar() {
        return klaar;
    }
}
