package nl.schakel.toegang.infrastructuur;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL for this module's tests, set up as the platform's is: an owner role that runs the
 * migrations and an application role that only gets what the migrations grant.
 */
public final class TestDatabase {

    private static EmbeddedPostgres postgres;

    private TestDatabase() {}

    public static synchronized DataSource app() {
        start();
        return bron("schakel_app", "app-wachtwoord");
    }

    /** The superuser, to do what an attacker with database access could do. */
    public static synchronized DataSource beheerder() {
        start();
        return postgres.getPostgresDatabase();
    }

    private static void start() {
        if (postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder().start();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create role schakel login password 'eigenaar-wachtwoord'");
                s.execute("create role schakel_app login password 'app-wachtwoord'");
                s.execute("create database schakel owner schakel");
            }
            for (String schema : new String[] {"logboek", "toegang", "betrokkene"}) {
                Flyway.configure().dataSource(bron("schakel", "eigenaar-wachtwoord")).schemas(schema).createSchemas(true)
                        .locations("classpath:db/migration/" + schema).placeholders(Map.of("appRol", "schakel_app"))
                        .load().migrate();
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DataSource bron(String gebruiker, String wachtwoord) {
        PGSimpleDataSource bron = new PGSimpleDataSource();
        bron.setServerNames(new String[] {"localhost"});
        bron.setPortNumbers(new int[] {postgres.getPort()});
        bron.setDatabaseName("schakel");
        bron.setUser(gebruiker);
        bron.setPassword(wachtwoord);
        return bron;
    }
}
