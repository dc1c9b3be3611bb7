package nl.schakel.partners.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import nl.schakel.gedeeld.migratie.SchemaMigratie;

/** The partners schema: organisations, municipalities and their areas. */
@ApplicationScoped
public class PartnersSchema implements SchemaMigratie {

    @Override
    public String schema() {
        return "partners";
    }

    @Override
    public String locatie() {
        return "classpath:db/migration/partners";
    }

    @Override
    public int volgorde() {
        return 10;
    }
}
