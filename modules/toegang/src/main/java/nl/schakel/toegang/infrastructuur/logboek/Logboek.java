package nl.schakel.toegang.infrastructuur.logboek;

import nl.schakel.toegang.domein.logboek.Logboekregel;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes logboek rows in the caller's transaction ("no entry, no data": if the row cannot be written, the
 * work it describes is rolled back with it). The chain hash is computed by the database trigger.
 */
@ApplicationScoped
public class Logboek {

    private static final String INSERT = "insert into logboek.regel (id, tijdstip, gebruiker_id, gebruiker_naam, namens, "
            + "organisatie, rol, handeling, bron_type, bron_id, betrokkenen, doel, grondslag, toegang_reden, noodtoegang, "
            + "uitkomst, client_id, bron_adres, correlatie_id, vorige_hash, hash) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '')";

    @Resource(lookup = "jdbc/schakel")
    DataSource database;

    public Logboek() {}

    public Logboek(DataSource database) {
        this.database = database;
    }

    public void schrijf(Logboekregel regel) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setObject(1, regel.id() == null ? UUID.randomUUID() : regel.id());
            s.setTimestamp(2, Timestamp.from(regel.tijdstip()));
            s.setString(3, regel.gebruikerId());
            s.setString(4, regel.gebruikerNaam());
            s.setString(5, regel.namens().orElse(null));
            s.setString(6, regel.organisatie().orElse(null));
            s.setString(7, regel.rol());
            s.setString(8, regel.handeling());
            s.setString(9, regel.bronType().orElse(null));
            s.setObject(10, regel.bronId().orElse(null));
            Array betrokkenen = c.createArrayOf("uuid", regel.betrokkenen().toArray());
            s.setArray(11, betrokkenen);
            s.setString(12, regel.doel().orElse(null));
            s.setString(13, regel.grondslag().orElse(null));
            s.setString(14, regel.toegangReden().orElse(null));
            s.setBoolean(15, regel.noodtoegang());
            s.setString(16, regel.uitkomst().name());
            s.setString(17, regel.clientId());
            s.setString(18, regel.bronAdres());
            s.setString(19, regel.correlatieId());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("logboekregel niet te schrijven", e);
        }
    }
}
