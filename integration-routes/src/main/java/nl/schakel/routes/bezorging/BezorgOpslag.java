package nl.schakel.routes.bezorging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Duurzame toestand van {@code overdracht-bezorging} in schema {@code routes} (migraties V2, V4): de leescursor in
 * de feed, de wachtrij en de voortgang per ontvanger, de gelukte bezorgingen per ontvanger en kanaal, en de dode
 * brieven. De leescursor gaat vooruit in dezelfde transactie als het vullen van de wachtrij; een rij verlaat de
 * wachtrij in dezelfde transactie als het vastleggen van "klaar" of "dood". Cursors gaan alleen vooruit
 * ({@code greatest}).
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

    /** De leescursor: tot en met dit volgnummer staat alles uit de feed in de wachtrij (of is het al klaar). */
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

    public boolean isBezorgd(Gebeurtenis g, String kanaal) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select 1 from bezorgd where gebeurtenis_id = ? and organisatie = ? and kanaal = ?")) {
            s.setString(1, g.id());
            s.setString(2, g.ontvanger());
            s.setString(3, kanaal);
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

    /**
     * Een feedpagina (één {@link Gebeurtenis} per ontvanger) in de wachtrij en de leescursor naar het laatste
     * volgnummer, in één transactie: een crash ertussen leest de pagina opnieuw, en dubbel inzetten kan niet (sleutel).
     */
    public void zetInWachtrij(List<Gebeurtenis> pagina) {
        if (pagina.isEmpty()) {
            return;
        }
        voerUit(c -> {
            try (PreparedStatement s = c.prepareStatement("insert into bezorg_wachtrij (organisatie, volgnummer,"
                    + " gebeurtenis_id, type, bron, onderwerp, tijdstip, eigenaar) values (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " on conflict do nothing")) {
                for (Gebeurtenis g : pagina) {
                    s.setString(1, g.ontvanger());
                    s.setLong(2, g.volgnummer());
                    s.setString(3, g.id());
                    s.setString(4, g.type());
                    s.setString(5, g.bron());
                    s.setString(6, g.onderwerp());
                    s.setString(7, g.tijdstip());
                    s.setString(8, g.eigenaar());
                    s.addBatch();
                }
                s.executeBatch();
            }
            zetCursor(c, pagina.get(pagina.size() - 1).volgnummer());
        });
    }

    /** De organisaties met iets in de wachtrij. */
    public List<String> ontvangersMetWachtrij() {
        List<String> codes = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select distinct organisatie from bezorg_wachtrij order by 1");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Wachtrij niet te lezen", e);
        }
        return codes;
    }

    /** De oudste gebeurtenis in de wachtrij van {@code organisatie}, of null. */
    public Gebeurtenis volgendeVoor(String organisatie) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select volgnummer, gebeurtenis_id, type, bron, onderwerp,"
                        + " tijdstip, organisatie, eigenaar from bezorg_wachtrij where organisatie = ?"
                        + " order by volgnummer limit 1")) {
            s.setString(1, organisatie);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? gebeurtenis(rs) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Wachtrij niet te lezen", e);
        }
    }

    /** Alle kanalen gelukt: uit de wachtrij, voortgang van de ontvanger vooruit, een eventuele dode brief opgelost. */
    public void voltooi(Gebeurtenis g) {
        voerUit(c -> {
            uitWachtrij(c, g);
            try (PreparedStatement s = c.prepareStatement("update dode_brief set opgelost_op = now()"
                    + " where gebeurtenis_id = ? and organisatie = ? and opgelost_op is null")) {
                s.setString(1, g.id());
                s.setString(2, g.ontvanger());
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
                    + " on conflict (gebeurtenis_id, organisatie) do update set reden = excluded.reden,"
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
            uitWachtrij(c, g);
        });
    }

    /** De open dode brieven, oudste eerst, als gebeurtenissen om opnieuw te bezorgen. */
    public List<Gebeurtenis> openDodeBrieven() {
        List<Gebeurtenis> lijst = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select volgnummer, gebeurtenis_id, type, bron, onderwerp,"
                        + " tijdstip, organisatie, eigenaar from dode_brief where opgelost_op is null order by volgnummer, organisatie");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                lijst.add(gebeurtenis(rs));
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

    /** Stand per ontvanger: wachtend, leeftijd van de oudste wachtende in seconden, open dode brieven. */
    public record Stand(String organisatie, long wachtend, long oudsteSeconden, long openDodeBrieven) {
    }

    public List<Stand> standPerOntvanger() {
        List<Stand> lijst = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select organisatie, sum(wachtend), max(oudste), sum(dood) from ("
                        + " select organisatie, count(*) wachtend,"
                        + "  coalesce(extract(epoch from now() - min(in_wachtrij_op)), 0)::bigint oudste, 0 dood"
                        + "  from bezorg_wachtrij group by organisatie"
                        + " union all select organisatie, 0, 0, count(*) from dode_brief where opgelost_op is null"
                        + "  group by organisatie) t group by organisatie order by organisatie");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                lijst.add(new Stand(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Bezorgstand niet te lezen", e);
        }
        return lijst;
    }

    private static Gebeurtenis gebeurtenis(ResultSet rs) throws SQLException {
        return new Gebeurtenis(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }

    private static void uitWachtrij(Connection c, Gebeurtenis g) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "delete from bezorg_wachtrij where organisatie = ? and volgnummer = ?")) {
            s.setString(1, g.ontvanger());
            s.setLong(2, g.volgnummer());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("insert into bezorg_ontvanger (organisatie, volgnummer)"
                + " values (?, ?) on conflict (organisatie) do update set volgnummer"
                + " = greatest(bezorg_ontvanger.volgnummer, excluded.volgnummer), bijgewerkt_op = now()")) {
            s.setString(1, g.ontvanger());
            s.setLong(2, g.volgnummer());
            s.executeUpdate();
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
