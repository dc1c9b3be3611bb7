package nl.schakel.overdracht.infrastructuur;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.sql.SQLException;
import org.postgresql.util.PGobject;

/**
 * Values in jsonb columns, written by JSON-B. EclipseLink binds a String parameter as varchar, which
 * PostgreSQL refuses for a jsonb column unless the pool has {@code stringtype=unspecified}; a {@link PGobject}
 * of type jsonb is bound as jsonb by the driver whatever the pool says. Reading, the driver hands a PGobject
 * (or, through some pools, a String): both are accepted.
 */
final class JsonbKolom {

    private JsonbKolom() {}

    /** Created on first use: building a Jsonb looks up the provider, which the container supplies. */
    private static final class Houder {
        static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));
    }

    static Object schrijf(Object waarde) {
        if (waarde == null) {
            return null;
        }
        PGobject kolom = new PGobject();
        kolom.setType("jsonb");
        try {
            kolom.setValue(Houder.JSONB.toJson(waarde));
        } catch (SQLException e) {
            throw new IllegalStateException("jsonb-waarde niet te maken", e); // PGobject never throws here
        }
        return kolom;
    }

    static <T> T lees(Object kolom, Class<T> type) {
        if (kolom == null) {
            return null;
        }
        String json = kolom instanceof PGobject pg ? pg.getValue() : kolom.toString();
        return Houder.JSONB.fromJson(json, type);
    }
}
