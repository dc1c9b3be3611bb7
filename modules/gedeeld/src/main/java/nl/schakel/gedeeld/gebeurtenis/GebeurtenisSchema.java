package nl.schakel.gedeeld.gebeurtenis;

import jakarta.enterprise.context.ApplicationScoped;
import nl.schakel.gedeeld.migratie.SchemaMigratie;

/** The outbox of every flow, schema {@code gebeurtenis}: owned by the shared kernel, written by each flow. */
@ApplicationScoped
public class GebeurtenisSchema implements SchemaMigratie {

    @Override
    public String schema() {
        return "gebeurtenis";
    }

    @Override
    public String locatie() {
        return "classpath:db/migration/gebeurtenis";
    }

    /**
     * Right after the logboek (1) and before every flow: a flow's migration may move its events in (overdracht V5
     * does), so the table must be there first. Also the first number of the numbering lock's key (2, 1).
     */
    @Override
    public int volgorde() {
        return 2;
    }
}
