package nl.schakel.casusoverleg.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import nl.schakel.gedeeld.migratie.SchemaMigratie;

/** The casusoverleg schema: the table's configuration, aanmeldingen, meetings, agenda items, invitations and inbreng. */
@ApplicationScoped
public class CasusoverlegSchema implements SchemaMigratie {

    @Override
    public String schema() {
        return "casusoverleg";
    }

    @Override
    public String locatie() {
        return "classpath:db/migration/casusoverleg";
    }

    /** After partners (10), toegang (5) and overdracht (30): it refers to none by key, but may read them. */
    @Override
    public int volgorde() {
        return 40;
    }
}
