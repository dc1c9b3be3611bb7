package nl.schakel.toegang.infrastructuur;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.schakel.gedeeld.sql.Kolommen;
import nl.schakel.toegang.domein.Bron;

/**
 * Which betrokkenen a resource concerns ({@code toegang.bron_betrokkene}), kept by the owning flow in the
 * transaction of each change, read by the gate to name them on a refusal.
 */
@ApplicationScoped
public class BronBetrokkeneRepository {

    @Inject
    DataSource database; // one connection per transaction (Appdatabase)

    public BronBetrokkeneRepository() {}

    public BronBetrokkeneRepository(DataSource database) {
        this.database = database;
    }

    /** Makes {@code betrokkenen} the resource's betrokkenen, replacing what was there. */
    public void vervang(Bron bron, Collection<UUID> betrokkenen) {
        try (Connection c = database.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("delete from toegang.bron_betrokkene where bron_type = ? and bron_id = ?")) {
                s.setString(1, bron.type().naam());
                s.setObject(2, bron.id());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "insert into toegang.bron_betrokkene (bron_type, bron_id, betrokkene_id) values (?, ?, ?) on conflict do nothing")) {
                for (UUID betrokkene : new LinkedHashSet<>(betrokkenen)) {
                    s.setString(1, bron.type().naam());
                    s.setObject(2, bron.id());
                    s.setObject(3, betrokkene);
                    s.addBatch();
                }
                s.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("betrokkenen niet vast te leggen", e);
        }
    }

    /** The betrokkenen of a resource, in a stable order; empty for a resource that does not exist. */
    public List<UUID> van(Bron bron) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "select betrokkene_id from toegang.bron_betrokkene where bron_type = ? and bron_id = ? order by betrokkene_id")) {
            s.setString(1, bron.type().naam());
            s.setObject(2, bron.id());
            List<UUID> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(Kolommen.uuid(r, 1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("betrokkenen niet te lezen", e);
        }
    }
}
