package nl.schakel.toegang.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import nl.schakel.gedeeld.migratie.SchemaMigratie;

/** The two schemas this module owns: grants ({@code toegang}) and the access log ({@code logboek}). */
public final class ToegangSchemas {

    private ToegangSchemas() {}

    @ApplicationScoped
    public static class ToegangSchema implements SchemaMigratie {
        @Override
        public String schema() {
            return "toegang";
        }

        @Override
        public String locatie() {
            return "classpath:db/migration/toegang";
        }

        @Override
        public int volgorde() {
            return 5;
        }
    }

    /** Migrated first: nothing may be served before access can be logged. */
    @ApplicationScoped
    public static class LogboekSchema implements SchemaMigratie {
        @Override
        public String schema() {
            return "logboek";
        }

        @Override
        public String locatie() {
            return "classpath:db/migration/logboek";
        }

        @Override
        public int volgorde() {
            return 1;
        }
    }
}
