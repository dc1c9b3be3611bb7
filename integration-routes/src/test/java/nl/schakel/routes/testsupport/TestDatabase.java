package nl.schakel.routes.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Eén echte PostgreSQL 15 (zonky-binaries) per test-JVM, ingericht zoals de launcher dat doet:
 * database {@code schakel}, rol {@code schakel_routes} die schema {@code routes} bezit.
 */
public final class TestDatabase {

    public static final String GEBRUIKER = "schakel_routes";
    public static final String WACHTWOORD = "routes-test";

    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
                voerUit("postgres", "create role " + GEBRUIKER + " login password '" + WACHTWOORD + "'",
                        "create database schakel");
                voerUit("schakel", "create schema routes authorization " + GEBRUIKER);
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }

    public static String jdbcUrl() {
        return postgres().getJdbcUrl("postgres", "schakel");
    }

    /** Als beheerder (superuser) in database schakel, voor inspectie en opruimen in tests. */
    public static void voerUit(String database, String... sql) {
        try (Connection c = postgres().getDatabase("postgres", database).getConnection();
                Statement s = c.createStatement()) {
            for (String opdracht : sql) {
                s.execute(opdracht);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long telRijen(String sql) {
        try (Connection c = postgres().getDatabase("postgres", "schakel").getConnection();
                Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void stop() {
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException e) {
            // afsluiten van de test-JVM
        }
    }
}
