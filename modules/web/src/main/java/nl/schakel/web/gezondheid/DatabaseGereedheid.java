package nl.schakel.web.gezondheid;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.schakel.web.migratie.DatabaseMigratie;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the schemas are migrated and the application's pool hands out a working connection. */
@Readiness
@ApplicationScoped
public class DatabaseGereedheid implements HealthCheck {

    @Resource(lookup = "jdbc/schakel")
    DataSource database;

    @Inject
    DatabaseMigratie migratie;

    @Override
    public HealthCheckResponse call() {
        boolean verbinding;
        try (Connection connection = database.getConnection()) {
            verbinding = connection.isValid(2);
        } catch (SQLException e) {
            verbinding = false;
        }
        return HealthCheckResponse.named("database")
                .status(verbinding && migratie.isKlaar())
                .withData("verbinding", verbinding)
                .withData("migraties", migratie.isKlaar())
                .build();
    }
}
