package nl.schakel.gedeeld.sql;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Reading a {@code uuid}, {@code date} or {@code timestamptz} column without {@code getObject(kolom, type)}: Payara's
 * connection pool hands out result sets wrapped in a class that resolves that JDBC 4.1 method by reflection on every
 * call ({@code getDeclaredMethod} and {@code setAccessible} per value, found in a flight recording of the audited read,
 * docs/metingen.md). PostgreSQL's driver already returns a {@link UUID} from the plain {@code getObject(kolom)}, which
 * the wrapper passes straight on; a date and an instant come as exactly from {@code getDate} and {@code getTimestamp}.
 * The architecture test keeps {@code getObject(kolom, type)} out of the platform.
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

    /**
     * A {@code date} column's day, or {@code null}. The driver builds its {@link Date} at the start of that day in the
     * JVM's time zone and {@link Date#toLocalDate()} reads it back in the same zone, so the day is the column's in any
     * zone (KolommenIT reads days around daylight-saving changes in a zone that skipped midnight).
     */
    public static LocalDate datum(ResultSet rij, String kolom) throws SQLException {
        return dag(rij.getDate(kolom));
    }

    /** As {@link #datum(ResultSet, String)}, by the column's place. */
    public static LocalDate datum(ResultSet rij, int kolom) throws SQLException {
        return dag(rij.getDate(kolom));
    }

    /** A {@code timestamptz} column's instant, or {@code null}; the driver's {@link Timestamp} holds it exactly. */
    public static Instant tijdstip(ResultSet rij, String kolom) throws SQLException {
        return moment(rij.getTimestamp(kolom));
    }

    /** As {@link #tijdstip(ResultSet, String)}, by the column's place. */
    public static Instant tijdstip(ResultSet rij, int kolom) throws SQLException {
        return moment(rij.getTimestamp(kolom));
    }

    /**
     * A uuid as a query hands it over: the driver's {@link UUID}, or {@code null}. Anything else is not a uuid column
     * ({@link IllegalArgumentException}); {@link #uuid(ResultSet, String)} turns that into an error that names the column.
     */
    public static UUID alsUuid(Object waarde) {
        if (waarde == null || waarde instanceof UUID) {
            return (UUID) waarde;
        }
        throw new IllegalArgumentException("geen uuid maar " + waarde.getClass().getName());
    }

    private static UUID alsUuid(Object waarde, String kolom) throws SQLException {
        try {
            return alsUuid(waarde);
        } catch (IllegalArgumentException e) {
            throw new SQLException("kolom " + kolom + " is " + e.getMessage(), e);
        }
    }

    private static LocalDate dag(Date dag) {
        return dag == null ? null : dag.toLocalDate();
    }

    private static Instant moment(Timestamp moment) {
        return moment == null ? null : moment.toInstant();
    }
}
