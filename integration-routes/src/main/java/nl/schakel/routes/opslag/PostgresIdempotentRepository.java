package nl.schakel.routes.opslag;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Idempotente repository in PostgreSQL (tabel {@code routes.verwerkt_bericht}, Flyway-migratie V1):
 * overleeft een herstart van het proces, en meerdere instanties delen hem.
 */
public class PostgresIdempotentRepository extends ServiceSupport implements IdempotentRepository {

    private final DataSource dataSource;
    private final String processor;

    public PostgresIdempotentRepository(DataSource dataSource, String processor) {
        this.dataSource = dataSource;
        this.processor = processor;
    }

    @Override
    public boolean add(String sleutel) {
        return wijzig("insert into verwerkt_bericht (processor, sleutel) values (?, ?) on conflict do nothing",
                sleutel) == 1;
    }

    @Override
    public boolean contains(String sleutel) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select 1 from verwerkt_bericht where processor = ? and sleutel = ?")) {
            s.setString(1, processor);
            s.setString(2, sleutel);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotente repository niet leesbaar", e);
        }
    }

    @Override
    public boolean remove(String sleutel) {
        return wijzig("delete from verwerkt_bericht where processor = ? and sleutel = ?", sleutel) == 1;
    }

    @Override
    public boolean confirm(String sleutel) {
        return true;
    }

    @Override
    public void clear() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from verwerkt_bericht where processor = ?")) {
            s.setString(1, processor);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotente repository niet te legen", e);
        }
    }

    private int wijzig(String sql, String sleutel) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, processor);
            s.setString(2, sleutel);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotente repository niet bij te werken", e);
        }
    }
}
