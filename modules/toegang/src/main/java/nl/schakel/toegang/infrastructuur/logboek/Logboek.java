package nl.schakel.toegang.infrastructuur.logboek;

import nl.schakel.toegang.domein.logboek.Logboekregel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes logboek rows in the caller's transaction ("no entry, no data": if the row cannot be written, the
 * work it describes is rolled back with it). Without a lock and without the chain: the row is sealed here with the
 * logboek key (its zegel, which the database cannot make) and chained shortly after by {@link Logboekketen}.
 */
@ApplicationScoped
public class Logboek {

    /** The columns a row is written with, in the order {@link #zet} binds them; the chain's columns come later. */
    public static final String KOLOMMEN = "id, tijdstip, gebruiker_id, gebruiker_naam, namens, organisatie, rol, handeling, "
            + "bron_type, bron_id, betrokkenen, doel, grondslag, toegang_reden, noodtoegang, uitkomst, client_id, bron_adres, "
            + "correlatie_id, zegel";
    private static final String INSERT = "insert into logboek.regel (" + KOLOMMEN + ") "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    DataSource database; // one connection per transaction (Appdatabase)

    @Inject
    Logboeksleutel sleutel;

    public Logboek() {}

    public Logboek(DataSource database, Logboeksleutel sleutel) {
        this.database = database;
        this.sleutel = sleutel;
    }

    public void schrijf(Logboekregel gevraagd) {
        schrijfAlle(List.of(gevraagd));
    }

    /** Several rows in one round trip (the rows of a list), in the caller's transaction like one. */
    public void schrijfAlle(List<Logboekregel> gevraagd) {
        if (gevraagd.isEmpty()) {
            return;
        }
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(INSERT)) {
            // a batch of one is one round trip too, as executeUpdate would be
            for (Logboekregel g : gevraagd) {
                zet(c, s, alsOpgeslagen(g));
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("logboekregel niet te schrijven", e);
        }
    }

    /** The id and the time as they will be stored, so the seal is over exactly what the database keeps. */
    private static Logboekregel alsOpgeslagen(Logboekregel gevraagd) {
        return new Logboekregel(gevraagd.id() == null ? UUID.randomUUID() : gevraagd.id(), 0,
                Logboektekst.opMicroseconden(gevraagd.tijdstip()), gevraagd.gebruikerId(), gevraagd.gebruikerNaam(),
                gevraagd.namens(), gevraagd.organisatie(), gevraagd.rol(), gevraagd.handeling(), gevraagd.bronType(),
                gevraagd.bronId(), gevraagd.betrokkenen(), gevraagd.doel(), gevraagd.grondslag(), gevraagd.toegangReden(),
                gevraagd.noodtoegang(), gevraagd.uitkomst(), gevraagd.clientId(), gevraagd.bronAdres(),
                gevraagd.correlatieId(), null);
    }

    private void zet(Connection c, PreparedStatement s, Logboekregel regel) throws SQLException {
        s.setObject(1, regel.id());
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
        s.setString(20, sleutel.zegel(Logboektekst.zegel(regel)));
    }
}
