package nl.schakel.toegang.infrastructuur;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import nl.schakel.gedeeld.sql.Kolommen;
import nl.schakel.toegang.domein.Toegang;
import nl.schakel.toegang.domein.noodtoegang.Beoordeling;
import nl.schakel.toegang.domein.noodtoegang.Noodtoegangzaak;
import nl.schakel.toegang.domein.noodtoegang.Oordeel;

/**
 * The review queue of break-glass openings ({@code toegang.noodtoegang_oordeel}): one row per reviewer, the privacy
 * officer and every owning organisation. Plain JDBC on the JTA pool, in the caller's transaction.
 */
@ApplicationScoped
public class NoodtoegangRepository {

    @Inject
    DataSource database; // one connection per transaction (Appdatabase)

    @jakarta.inject.Inject
    ToegangRepository toegangen;

    public NoodtoegangRepository() {}

    public NoodtoegangRepository(DataSource database, ToegangRepository toegangen) {
        this.database = database;
        this.toegangen = toegangen;
    }

    /** Queues the opening for each reviewer and keeps the opener's display name for them. */
    public void zetTerBeoordeling(Toegang toegang, String geopendDoorNaam, Collection<String> beoordelaars) {
        try (Connection c = database.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("update toegang.toegang set verleend_door_naam = ? where id = ?")) {
                s.setString(1, geopendDoorNaam);
                s.setObject(2, toegang.id());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "insert into toegang.noodtoegang_oordeel (toegang_id, beoordelaar) values (?, ?) on conflict do nothing")) {
                for (String beoordelaar : beoordelaars) {
                    s.setObject(1, toegang.id());
                    s.setString(2, beoordelaar);
                    s.addBatch();
                }
                s.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("noodtoegang niet ter beoordeling te zetten", e);
        }
    }

    /**
     * The openings {@code beoordelaar} reviews, newest first: with {@code open} only those still waiting for its
     * verdict, without it only those it judged; each with every reviewer's verdict.
     */
    public List<Noodtoegangzaak> voor(String beoordelaar, Optional<Boolean> open, int limiet) {
        String sql = "select t.id, t.verleend_door_naam from toegang.toegang t join toegang.noodtoegang_oordeel o "
                + "on o.toegang_id = t.id and o.beoordelaar = ?"
                + open.map(o -> o ? " where o.status = 'OPEN'" : " where o.status <> 'OPEN'").orElse("")
                + " order by t.geldig_van desc limit ?";
        Map<UUID, String> namen = new LinkedHashMap<>();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, beoordelaar);
            s.setInt(2, limiet);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    namen.put(Kolommen.uuid(r, 1), Optional.ofNullable(r.getString(2)).orElse("onbekend"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("noodtoegang niet te lezen", e);
        }
        List<Noodtoegangzaak> zaken = new ArrayList<>();
        namen.forEach((id, naam) -> zaak(id, naam).ifPresent(zaken::add));
        return zaken;
    }

    /** How many openings wait for this reviewer's verdict. */
    public long telOpen(String beoordelaar) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from toegang.noodtoegang_oordeel where beoordelaar = ? and status = 'OPEN'")) {
            s.setString(1, beoordelaar);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("noodtoegang niet te tellen", e);
        }
    }

    /** One opening with its reviews, if it is in the queue at all. */
    public Optional<Noodtoegangzaak> zaak(UUID toegangId) {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("select verleend_door_naam from toegang.toegang where id = ? and noodtoegang")) {
            s.setObject(1, toegangId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? zaak(toegangId, Optional.ofNullable(r.getString(1)).orElse("onbekend")) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("noodtoegang niet te lezen", e);
        }
    }

    /**
     * Records a reviewer's verdict once: returns false when this reviewer has no open review of it (already judged,
     * or not its to judge).
     */
    public boolean beoordeel(UUID toegangId, String beoordelaar, Oordeel oordeel, String door, Optional<String> opmerking, Instant nu) {
        String sql = "update toegang.noodtoegang_oordeel set status = ?, beoordeeld_door = ?, beoordeeld_op = ?, opmerking = ? "
                + "where toegang_id = ? and beoordelaar = ? and status = 'OPEN'";
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, oordeel.name());
            s.setString(2, door);
            s.setTimestamp(3, Timestamp.from(nu));
            s.setString(4, opmerking.orElse(null));
            s.setObject(5, toegangId);
            s.setString(6, beoordelaar);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("noodtoegang niet te beoordelen", e);
        }
    }

    private Optional<Noodtoegangzaak> zaak(UUID toegangId, String naam) {
        Optional<Toegang> toegang = toegangen.metId(toegangId);
        if (toegang.isEmpty()) {
            return Optional.empty();
        }
        List<Beoordeling> beoordelingen = new ArrayList<>();
        String sql = "select beoordelaar, status, beoordeeld_door, beoordeeld_op, opmerking from toegang.noodtoegang_oordeel "
                + "where toegang_id = ? order by beoordelaar = 'FG' desc, beoordelaar";
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, toegangId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    beoordelingen.add(new Beoordeling(r.getString(1), Oordeel.valueOf(r.getString(2)),
                            Optional.ofNullable(r.getString(3)),
                            Optional.ofNullable(r.getTimestamp(4)).map(Timestamp::toInstant),
                            Optional.ofNullable(r.getString(5))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("noodtoegang niet te lezen", e);
        }
        return Optional.of(new Noodtoegangzaak(toegang.get(), naam, beoordelingen));
    }
}
