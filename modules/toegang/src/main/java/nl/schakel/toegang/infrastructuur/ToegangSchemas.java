package nl.schakel.toegang.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import nl.schakel.gedeeld.migratie.SchemaMigratie;

/**
 * The schemas this module owns: grants ({@code toegang}), the access log ({@code logboek}) and the person registry
 * ({@code betrokkene}).
 */
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

    /** Before the flows' schemas (overdracht 30): their content carries the ids this registry hands out. */
    @ApplicationScoped
    public static class BetrokkeneSchema implements SchemaMigratie {
        @Override
        public String schema() {
            return "betrokkene";
        }

        @Override
        public String locatie() {
            return "classpath:db/migration/betrokkene";
        }

        @Override
        public int volgorde() {
            return 7;
        }
    }
}
