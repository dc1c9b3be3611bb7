package nl.schakel.crisisdossier.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import nl.schakel.gedeeld.migratie.SchemaMigratie;

/** The crisisdossier schema: the joint files, their entries with every version, the tasks and the live events. */
@ApplicationScoped
public class CrisisdossierSchema implements SchemaMigratie {

    @Override
    public String schema() {
        return "crisisdossier";
    }

    @Override
    public String locatie() {
        return "classpath:db/migration/crisisdossier";
    }

    /** After the casusoverleg (40): it refers to no other schema by key. */
    @Override
    public int volgorde() {
        return 50;
    }
}
