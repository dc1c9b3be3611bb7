package nl.schakel.gedeeld.gebeurtenis;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import nl.schakel.gedeeld.sql.Kolommen;

/**
 * The events of every flow for the feed, oldest first, by cursor: the reader keeps the last {@code volgnummer} it
 * handled and asks for what came after it. Numbers are handed out in commit order and without gaps, so a reader
 * that keeps its cursor misses none and sees none twice. One statement, so no transaction is needed.
 */
@ApplicationScoped
public class GebeurtenisLezer {

    public static final int MAXIMALE_LIMIET = 500;
    public static final int STANDAARD_LIMIET = 100;

    static final String NA = "select volgnummer, id, type, bron, onderwerp_type, onderwerp_id, onderwerp_pad, ontvangers,"
            + " eigenaren, tijdstip from gebeurtenis.gebeurtenis where volgnummer > ? order by volgnummer limit ?";

    @Inject
    DataSource database; // one connection per transaction (Appdatabase)

    protected GebeurtenisLezer() {}

    /** Outside a container (tests, tools). */
    public GebeurtenisLezer(DataSource database) {
        this.database = database;
    }

    /** At most {@code limiet} (1..500) events with a volgnummer above {@code na} (0 or more). */
    public List<GenummerdeGebeurtenis> na(long na, int limiet) {
        if (na < 0 || limiet < 1 || limiet > MAXIMALE_LIMIET) {
            throw new IllegalArgumentException("na >= 0 en 1 <= limiet <= " + MAXIMALE_LIMIET);
        }
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(NA)) {
            s.setLong(1, na);
            s.setInt(2, limiet);
            List<GenummerdeGebeurtenis> gebeurtenissen = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    gebeurtenissen.add(lees(r));
                }
            }
            return gebeurtenissen;
        } catch (SQLException e) {
            throw new IllegalStateException("gebeurtenissen niet te lezen", e);
        }
    }

    private static GenummerdeGebeurtenis lees(ResultSet r) throws SQLException {
        Gebeurtenis gebeurtenis = new Gebeurtenis(
                Kolommen.uuid(r, "id"),
                r.getString("type"),
                r.getString("bron"),
                new Onderwerp(r.getString("onderwerp_type"), Kolommen.uuid(r, "onderwerp_id"),
                        r.getString("onderwerp_pad")),
                codes(r.getArray("ontvangers")),
                codes(r.getArray("eigenaren")),
                Kolommen.tijdstip(r, "tijdstip"));
        return new GenummerdeGebeurtenis(r.getLong("volgnummer"), gebeurtenis);
    }

    private static List<String> codes(Array array) throws SQLException {
        try {
            return Arrays.stream((Object[]) array.getArray()).map(String.class::cast).toList();
        } finally {
            array.free();
        }
    }
}
