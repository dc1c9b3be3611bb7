package nl.schakel.routes.bezorging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Duurzame toestand van {@code overdracht-bezorging} in schema {@code routes} (migratie V2):
 * de cursor in de feed, de gelukte bezorgingen per kanaal en de dode brieven. De cursor gaat alleen
 * vooruit ({@code greatest}), in dezelfde transactie als het vastleggen van "klaar" of "dood".
 */
public class BezorgOpslag {

    public static final String FEED = "gebeurtenissen";
    public static final String WEBHOOK = "WEBHOOK";
    public static final String MAIL = "MAIL";

    private final DataSource dataSource;
    private final long beginNa;

    public BezorgOpslag(DataSource dataSource, long beginNa) {
        this.dataSource = dataSource;
        this.beginNa = beginNa;
    }

    /** Het volgnummer tot en met waar alles bezorgd of dood verklaard is. */
    public long cursor() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select volgnummer from bezorg_cursor where feed = ?")) {
            s.setString(1, FEED);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : beginNa;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cursor niet te lezen", e);
        }
    }

    public boolean isBezorgd(String gebeurtenisId, String kanaal) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select 1 from bezorgd where gebeurtenis_id = ? and kanaal = ?")) {
            s.setString(1, gebeurtenisId);
            s.setString(2, kanaal);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Bezorgstatus niet te lezen", e);
        }
    }

    public void legBezorgd(Gebeurtenis g, String kanaal, int pogingen) {
        voerUit(c -> {
            try (PreparedStatement s = c.prepareStatement("insert into bezorgd (gebeurtenis_id, kanaal, organisatie,"
                    + " pogingen) values (?, ?, ?, ?) on conflict do nothing")) {
                s.setString(1, g.id());
                s.setString(2, kanaal);
                s.setString(3, g.ontvanger());
                s.setInt(4, pogingen);
                s.executeUpdate();
            }
        });
    }

    /** Alle kanalen gelukt: cursor vooruit en een eventuele dode brief opgelost, in één transactie. */
    public void voltooi(Gebeurtenis g) {
        voerUit(c -> {
            zetCursor(c, g.volgnummer());
            try (PreparedStatement s = c.prepareStatement(
                    "update dode_brief set opgelost_op = now() where gebeurtenis_id = ? and opgelost_op is null")) {
                s.setString(1, g.id());
                s.executeUpdate();
            }
        });
    }

    /** Herhalingen op of geweigerd: dode brief (opnieuw open bij een mislukte herhaling) en cursor vooruit. */
    public void doodVerklaar(Gebeurtenis g, String reden, int pogingen) {
        voerUit(c -> {
            try (PreparedStatement s = c.prepareStatement("insert into dode_brief (gebeurtenis_id, volgnummer, type,"
                    + " bron, onderwerp, tijdstip, organisatie, eigenaar, reden, pogingen)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " on conflict (gebeurtenis_id) do update set reden = excluded.reden,"
                    + " pogingen = dode_brief.pogingen + excluded.pogingen, laatst_dood_op = now(), opgelost_op = null")) {
                s.setString(1, g.id());
                s.setLong(2, g.volgnummer());
                s.setString(3, g.type());
                s.setString(4, g.bron());
                s.setString(5, g.onderwerp());
                s.setString(6, g.tijdstip());
                s.setString(7, g.ontvanger());
                s.setString(8, g.eigenaar());
                s.setString(9, reden.length() > 1000 ? reden.substring(0, 1000) : reden);
                s.setInt(10, pogingen);
                s.executeUpdate();
            }
            zetCursor(c, g.volgnummer());
        });
    }

    /** De open dode brieven, oudste eerst, als gebeurtenissen om opnieuw te bezorgen. */
    public List<Gebeurtenis> openDodeBrieven() {
        List<Gebeurtenis> lijst = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select volgnummer, gebeurtenis_id, type, bron, onderwerp,"
                        + " tijdstip, organisatie, eigenaar from dode_brief where opgelost_op is null order by volgnummer");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                lijst.add(new Gebeurtenis(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Dode brieven niet te lezen", e);
        }
        return lijst;
    }

    public long aantalOpenDodeBrieven() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from dode_brief where opgelost_op is null");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Dode brieven niet te tellen", e);
        }
    }

    private void zetCursor(Connection c, long volgnummer) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into bezorg_cursor (feed, volgnummer) values (?, ?)"
                + " on conflict (feed) do update set volgnummer = greatest(bezorg_cursor.volgnummer, excluded.volgnummer),"
                + " bijgewerkt_op = now()")) {
            s.setString(1, FEED);
            s.setLong(2, volgnummer);
            s.executeUpdate();
        }
    }

    private interface Werk {
        void doe(Connection c) throws SQLException;
    }

    private void voerUit(Werk werk) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                werk.doe(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Bezorgtoestand niet vast te leggen", e);
        }
    }
}
