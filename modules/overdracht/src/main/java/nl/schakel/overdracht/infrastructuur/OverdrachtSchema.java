package nl.schakel.overdracht.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import nl.schakel.gedeeld.migratie.SchemaMigratie;

/** The overdracht schema: overdrachten, their transitions and their version history. */
@ApplicationScoped
public class OverdrachtSchema implements SchemaMigratie {

    @Override
    public String schema() {
        return "overdracht";
    }

    @Override
    public String locatie() {
        return "classpath:db/migration/overdracht";
    }

    /** After partners (10) and toegang (20): overdracht refers to neither by key, but may read both. */
    @Override
    public int volgorde() {
        return 30;
    }
}
