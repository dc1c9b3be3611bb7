package nl.schakel.proefa.infrastructuur;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/** Fixture of ArchitectuurregelsKunnenFalenTest: two columns read by type, one read plainly. */
public class ProefaKolomlezer {

    UUID id(ResultSet r) throws SQLException {
        return r.getObject(1, UUID.class);
    }

    LocalDate dag(ResultSet r) throws SQLException {
        return r.getObject("dag", LocalDate.class);
    }

    Object waarde(ResultSet r) throws SQLException {
        return r.getObject(1);
    }
}
