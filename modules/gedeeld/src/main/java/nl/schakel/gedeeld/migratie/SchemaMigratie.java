package nl.schakel.gedeeld.migratie;

/**
 * A bounded context's database schema, migrated by Flyway when the platform is deployed. Each
 * module offers one as a CDI bean; each schema has its own Flyway history, so a context can be
 * added without touching another's tables.
 */
public interface SchemaMigratie {

    /** The PostgreSQL schema the context owns, e.g. {@code partners}. */
    String schema();

    /** The Flyway location of its SQL migrations, e.g. {@code classpath:db/migration/partners}. */
    String locatie();

    /** Lower runs first; contexts that others refer to migrate earlier. */
    default int volgorde() {
        return 100;
    }
}
