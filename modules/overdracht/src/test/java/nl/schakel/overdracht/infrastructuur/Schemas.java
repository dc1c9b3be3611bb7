package nl.schakel.overdracht.infrastructuur;

import java.util.Map;
import javax.sql.DataSource;
import nl.schakel.gedeeld.gebeurtenis.GebeurtenisSchema;
import nl.schakel.gedeeld.migratie.SchemaMigratie;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The schemas this module's tests need, migrated as the platform does it (DatabaseMigratie): the shared outbox
 * first (volgorde 2), then overdracht (30), whose V5 moves its events into it.
 */
final class Schemas {

    private Schemas() {}

    static void migreer(DataSource eigenaar, String appRol) {
        migreer(eigenaar, appRol, new GebeurtenisSchema(), MigrationVersion.LATEST);
        migreer(eigenaar, appRol, new OverdrachtSchema(), MigrationVersion.LATEST);
    }

    static void migreer(DataSource eigenaar, String appRol, SchemaMigratie schema, MigrationVersion tot) {
        Flyway.configure()
                .dataSource(eigenaar)
                .schemas(schema.schema())
                .createSchemas(true)
                .locations(schema.locatie())
                .placeholders(Map.of("appRol", appRol))
                .failOnMissingLocations(true)
                .target(tot)
                .load()
                .migrate();
    }
}
