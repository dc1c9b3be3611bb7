package nl.schakel.gedeeld.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Reading a {@code uuid} column. Not {@code getObject(kolom, UUID.class)}: Payara's connection pool hands out result
 * sets wrapped in a class that resolves that JDBC 4.1 method by reflection on every call ({@code getDeclaredMethod}
 * and {@code setAccessible} per value, found in a flight recording of the audited read, docs/metingen.md). PostgreSQL's
 * driver already returns a {@link UUID} from the plain {@code getObject(kolom)}, which the wrapper passes straight on.
 */
public final class Kolommen {

    private Kolommen() {}

    /** The column's value, or {@code null} when it is SQL null; a column of another type is a programming error. */
    public static UUID uuid(ResultSet rij, String kolom) throws SQLException {
        return alsUuid(rij.getObject(kolom), kolom);
    }

    /** As {@link #uuid(ResultSet, String)}, by the column's place (1 for the first). */
    public static UUID uuid(ResultSet rij, int kolom) throws SQLException {
        return alsUuid(rij.getObject(kolom), "nummer " + kolom);
    }

    private static UUID alsUuid(Object waarde, String kolom) throws SQLException {
        if (waarde == null || waarde instanceof UUID) {
            return (UUID) waarde;
        }
        throw new SQLException("kolom " + kolom + " is geen uuid maar " + waarde.getClass().getName());
    }
}
