package nl.schakel.toegang.infrastructuur;

import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Toegang;
import nl.schakel.toegang.domein.ToegangReden;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Grants in schema {@code toegang}, by plain JDBC: these queries run on every request, so they are
 * written out and indexed rather than generated. Connections come from the JTA pool and so share the
 * caller's transaction.
 */
@ApplicationScoped
public class ToegangRepository {

    private static final String KOLOMMEN = "id, bron_type, bron_id, organisatie_code, team, medewerker_id, doel, categorieen, "
            + "reden, toelichting, noodtoegang, geldig_van, geldig_tot, verleend_door";

    /** Live for this caller at this moment: not withdrawn, started, not ended, and for their organisation/team/person. */
    static final String LEVEND = "t.organisatie_code = ? and (t.team is null or t.team = ?) "
            + "and (t.medewerker_id is null or t.medewerker_id = ?) and t.ingetrokken_op is null "
            + "and t.geldig_van <= ? and (t.geldig_tot is null or t.geldig_tot > ?)";

    @Resource(lookup = "jdbc/schakel")
    DataSource database;

    public ToegangRepository() {}

    public ToegangRepository(DataSource database) {
        this.database = database;
    }

    /** "May X see Y": the caller's live grants on one resource, ordinary grants before break-glass. */
    public List<Toegang> levend(Bron bron, Medewerker medewerker, Instant nu) {
        if (medewerker.organisatieCode().isEmpty()) {
            return List.of();
        }
        String sql = "select " + KOLOMMEN + " from toegang.toegang t where t.bron_type = ? and t.bron_id = ? and " + LEVEND
                + " order by t.noodtoegang, t.verleend_op";
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, bron.type());
            s.setObject(2, bron.id());
            zetLevend(s, 3, medewerker, nu);
            return lees(s);
        } catch (SQLException e) {
            throw new IllegalStateException("toegang niet te lezen", e);
        }
    }

    /** Every grant on a resource, live or not, for the owner's overview and the tests. */
    public List<Toegang> alle(Bron bron) {
        String sql = "select " + KOLOMMEN + " from toegang.toegang t where t.bron_type = ? and t.bron_id = ? order by t.verleend_op";
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, bron.type());
            s.setObject(2, bron.id());
            return lees(s);
        } catch (SQLException e) {
            throw new IllegalStateException("toegang niet te lezen", e);
        }
    }

    public void bewaar(Toegang toegang) {
        String sql = "insert into toegang.toegang (" + KOLOMMEN + ", verleend_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, toegang.id());
            s.setString(2, toegang.bron().type());
            s.setObject(3, toegang.bron().id());
            s.setString(4, toegang.organisatieCode());
            s.setString(5, toegang.team().orElse(null));
            s.setString(6, toegang.medewerkerId().orElse(null));
            s.setString(7, toegang.doel().name());
            s.setString(8, toegang.categorieen().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            s.setString(9, toegang.reden().name());
            s.setString(10, toegang.toelichting().orElse(null));
            s.setBoolean(11, toegang.noodtoegang());
            s.setTimestamp(12, Timestamp.from(toegang.geldigVan()));
            s.setTimestamp(13, toegang.geldigTot().map(Timestamp::from).orElse(null));
            s.setString(14, toegang.verleendDoor());
            s.setTimestamp(15, Timestamp.from(toegang.geldigVan()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("toegang niet te bewaren", e);
        }
    }

    /** Ends an organisation's live grants of {@code reden} on a resource, at once. Returns how many ended. */
    public int trekIn(Bron bron, String organisatieCode, ToegangReden reden, String door, Instant nu) {
        String sql = "update toegang.toegang set ingetrokken_op = ?, ingetrokken_door = ? where bron_type = ? and bron_id = ? "
                + "and organisatie_code = ? and reden = ? and ingetrokken_op is null";
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(nu));
            s.setString(2, door);
            s.setString(3, bron.type());
            s.setObject(4, bron.id());
            s.setString(5, organisatieCode);
            s.setString(6, reden.name());
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("toegang niet in te trekken", e);
        }
    }

    /**
     * Puts a break-glass grant in the review queue of the privacy officer and the owning organisation
     * ({@code toegang.noodtoegang_beoordeling}, status OPEN), in the caller's transaction.
     */
    public void openBeoordeling(Toegang toegang, String eigenaarCode) {
        String sql = "insert into toegang.noodtoegang_beoordeling (toegang_id, eigenaar_code, status) values (?, ?, 'OPEN')";
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, toegang.id());
            s.setString(2, eigenaarCode);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("noodtoegang niet ter beoordeling te zetten", e);
        }
    }

    static int zetLevend(PreparedStatement s, int vanaf, Medewerker medewerker, Instant nu) throws SQLException {
        s.setString(vanaf, medewerker.organisatieCode().orElse(""));
        s.setString(vanaf + 1, medewerker.team().orElse(""));
        s.setString(vanaf + 2, medewerker.id());
        s.setTimestamp(vanaf + 3, Timestamp.from(nu));
        s.setTimestamp(vanaf + 4, Timestamp.from(nu));
        return vanaf + 5;
    }

    private static List<Toegang> lees(PreparedStatement s) throws SQLException {
        List<Toegang> toegangen = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                toegangen.add(new Toegang(
                        r.getObject("id", UUID.class),
                        new Bron(r.getString("bron_type"), r.getObject("bron_id", UUID.class)),
                        r.getString("organisatie_code"),
                        Optional.ofNullable(r.getString("team")),
                        Optional.ofNullable(r.getString("medewerker_id")),
                        Doel.valueOf(r.getString("doel")),
                        categorieen(r.getString("categorieen")),
                        ToegangReden.valueOf(r.getString("reden")),
                        Optional.ofNullable(r.getString("toelichting")),
                        r.getBoolean("noodtoegang"),
                        r.getTimestamp("geldig_van").toInstant(),
                        Optional.ofNullable(r.getTimestamp("geldig_tot")).map(Timestamp::toInstant),
                        r.getString("verleend_door")));
            }
        }
        return toegangen;
    }

    private static Set<Gegevenscategorie> categorieen(String lijst) {
        Set<Gegevenscategorie> set = EnumSet.noneOf(Gegevenscategorie.class);
        if (lijst != null && !lijst.isBlank()) {
            Arrays.stream(lijst.split(",")).map(Gegevenscategorie::valueOf).forEach(set::add);
        }
        return set;
    }
}
