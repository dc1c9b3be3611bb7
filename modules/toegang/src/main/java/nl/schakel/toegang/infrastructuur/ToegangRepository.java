package nl.schakel.toegang.infrastructuur;

import nl.schakel.gedeeld.sql.Kolommen;
import nl.schakel.toegang.domein.Afbakening;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Toegang;
import nl.schakel.toegang.domein.ToegangReden;
import jakarta.inject.Inject;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Grants in schema {@code toegang}, by plain JDBC: these queries run on every request, so they are
 * written out and indexed rather than generated. The connection is the caller's transaction's one (Appdatabase): the
 * same the persistence units use in that transaction.
 */
@ApplicationScoped
public class ToegangRepository {

    private static final String KOLOMMEN = "id, bron_type, bron_id, organisatie_code, team, medewerker_id, gebruikersnaam, doel, "
            + "categorieen, reden, toelichting, noodtoegang, geldig_van, geldig_tot, verleend_door, ouder_type, ouder_id";

    /**
     * Live for this caller at this moment: not withdrawn, started, not ended, and for their organisation, and within it
     * for their team or for them as a person when the grant is narrowed so (by subject id or by username). The gate
     * ({@link #levend}), the lists ({@link Zichtbaarheid}) and the counts all use this one condition, so a colleague outside
     * a narrowed grant finds it nowhere.
     */
    public static final String LEVEND = "t.organisatie_code = ? and (t.team is null or t.team = ?) "
            + "and (t.medewerker_id is null or t.medewerker_id = ?) and (t.gebruikersnaam is null or t.gebruikersnaam = ?) "
            + "and t.ingetrokken_op is null and t.geldig_van <= ? and (t.geldig_tot is null or t.geldig_tot > ?)";

    @Inject
    DataSource database; // one connection per transaction (Appdatabase)

    public ToegangRepository() {}

    public ToegangRepository(DataSource database) {
        this.database = database;
    }

    /**
     * "May X see Y": the caller's live grants on one resource or on a resource it belongs to (a grant on a meeting
     * opens its agenda items), ordinary grants before break-glass, then the nearest first: a grant on the resource itself
     * before one on its parent, before one on the parent's parent (the contributor's own grant on its inbreng speaks for
     * its access before its invitation to the item).
     */
    public List<Toegang> levend(Bron bron, Medewerker medewerker, Instant nu) {
        if (medewerker.organisatieCode().isEmpty()) {
            return List.of();
        }
        List<Bron> keten = bron.metOuders();
        String bronnen = String.join(" or ", keten.stream().map(b -> "(t.bron_type = ? and t.bron_id = ?)").toList());
        StringBuilder nabijheid = new StringBuilder("case");
        for (int afstand = 0; afstand < keten.size(); afstand++) {
            nabijheid.append(" when t.bron_type = ? and t.bron_id = ? then ").append(afstand);
        }
        nabijheid.append(" end");
        String sql = "select " + KOLOMMEN + " from toegang.toegang t where (" + bronnen + ") and " + LEVEND
                + " order by t.noodtoegang, " + nabijheid + ", t.verleend_op";
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            for (Bron b : keten) {
                s.setString(i++, b.type().naam());
                s.setObject(i++, b.id());
            }
            i = zetLevend(s, i, medewerker, nu);
            for (Bron b : keten) {
                s.setString(i++, b.type().naam());
                s.setObject(i++, b.id());
            }
            return lees(s);
        } catch (SQLException e) {
            throw new IllegalStateException("toegang niet te lezen", e);
        }
    }

    /**
     * {@link #levend} for many resources of one type that have no parent (the rows of a list), in one query: per id
     * the live grants in the same order, ids without one left out. A list of twenty asks the database once, not twenty
     * times.
     */
    public Map<UUID, List<Toegang>> levend(Brontype type, List<UUID> ids, Medewerker medewerker, Instant nu) {
        if (type.ouder().isPresent()) {
            throw new IllegalArgumentException(type.naam() + " hoort bij een " + type.ouder().get().naam()
                    + ": vraag per bron, met haar ouders");
        }
        Map<UUID, List<Toegang>> perBron = new LinkedHashMap<>();
        if (medewerker.organisatieCode().isEmpty() || ids.isEmpty()) {
            return perBron;
        }
        String sql = "select " + KOLOMMEN + " from toegang.toegang t where t.bron_type = ? and t.bron_id = any(?) and " + LEVEND
                + " order by t.bron_id, t.noodtoegang, t.verleend_op";
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, type.naam());
            s.setArray(2, c.createArrayOf("uuid", ids.toArray()));
            zetLevend(s, 3, medewerker, nu);
            for (Toegang toegang : lees(s)) {
                perBron.computeIfAbsent(toegang.bron().id(), id -> new ArrayList<>()).add(toegang);
            }
            return perBron;
        } catch (SQLException e) {
            throw new IllegalStateException("toegang niet te lezen", e);
        }
    }

    /** Every grant on a resource, live or not, for the owner's overview and the tests. */
    public List<Toegang> alle(Bron bron) {
        String sql = "select " + KOLOMMEN + " from toegang.toegang t where t.bron_type = ? and t.bron_id = ? order by t.verleend_op";
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, bron.type().naam());
            s.setObject(2, bron.id());
            return lees(s);
        } catch (SQLException e) {
            throw new IllegalStateException("toegang niet te lezen", e);
        }
    }

    /** One grant by its id, live or not. */
    public Optional<Toegang> metId(UUID id) {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("select " + KOLOMMEN + " from toegang.toegang t where t.id = ?")) {
            s.setObject(1, id);
            return lees(s).stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("toegang niet te lezen", e);
        }
    }

    public void bewaar(Toegang toegang) {
        String sql = "insert into toegang.toegang (" + KOLOMMEN + ", verleend_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, toegang.id());
            s.setString(2, toegang.bron().type().naam());
            s.setObject(3, toegang.bron().id());
            s.setString(4, toegang.organisatieCode());
            s.setString(5, toegang.team().orElse(null));
            s.setString(6, toegang.medewerkerId().orElse(null));
            s.setString(7, toegang.gebruikersnaam().orElse(null));
            s.setString(8, toegang.doel().name());
            s.setString(9, toegang.categorieen().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            s.setString(10, toegang.reden().name());
            s.setString(11, toegang.toelichting().orElse(null));
            s.setBoolean(12, toegang.noodtoegang());
            s.setTimestamp(13, Timestamp.from(toegang.geldigVan()));
            s.setTimestamp(14, toegang.geldigTot().map(Timestamp::from).orElse(null));
            s.setString(15, toegang.verleendDoor());
            s.setString(16, toegang.bron().ouder().map(o -> o.type().naam()).orElse(null));
            s.setObject(17, toegang.bron().ouder().map(Bron::id).orElse(null));
            s.setTimestamp(18, Timestamp.from(toegang.geldigVan()));
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
            s.setString(3, bron.type().naam());
            s.setObject(4, bron.id());
            s.setString(5, organisatieCode);
            s.setString(6, reden.name());
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("toegang niet in te trekken", e);
        }
    }

    /**
     * Moves the end of the live grants of {@code reden} on {@code bron} and on the resources directly inside it (the items
     * of a meeting) to {@code nieuwEinde}, in the caller's transaction; returns them as they are now. Only grants that
     * have an end and have not ended yet (not withdrawn, end after {@code nu}): a grant without end never gets one here,
     * and what ended stays ended. A grant starting at or after the new end is left as it is (the table's check keeps an
     * end after the start); the flows make no such grants.
     */
    public List<Toegang> verplaatsEinde(Bron bron, ToegangReden reden, Instant nieuwEinde, Instant nu) {
        String sql = "update toegang.toegang t set geldig_tot = ? where ((t.bron_type = ? and t.bron_id = ?) "
                + "or (t.ouder_type = ? and t.ouder_id = ?)) and t.reden = ? and t.ingetrokken_op is null "
                + "and t.geldig_tot is not null and t.geldig_tot > ? and t.geldig_van < ? returning " + KOLOMMEN;
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(nieuwEinde));
            s.setString(2, bron.type().naam());
            s.setObject(3, bron.id());
            s.setString(4, bron.type().naam());
            s.setObject(5, bron.id());
            s.setString(6, reden.name());
            s.setTimestamp(7, Timestamp.from(nu));
            s.setTimestamp(8, Timestamp.from(nieuwEinde));
            return lees(s);
        } catch (SQLException e) {
            throw new IllegalStateException("einde van toegang niet te verplaatsen", e);
        }
    }

    public static int zetLevend(PreparedStatement s, int vanaf, Medewerker medewerker, Instant nu) throws SQLException {
        s.setString(vanaf, medewerker.organisatieCode().orElse(""));
        s.setString(vanaf + 1, medewerker.team().orElse(""));
        s.setString(vanaf + 2, medewerker.id());
        s.setString(vanaf + 3, Afbakening.gebruikersnaamVan(medewerker));
        s.setTimestamp(vanaf + 4, Timestamp.from(nu));
        s.setTimestamp(vanaf + 5, Timestamp.from(nu));
        return vanaf + 6;
    }

    private static List<Toegang> lees(PreparedStatement s) throws SQLException {
        List<Toegang> toegangen = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                toegangen.add(new Toegang(
                        Kolommen.uuid(r, "id"),
                        bron(r),
                        r.getString("organisatie_code"),
                        Optional.ofNullable(r.getString("team")),
                        Optional.ofNullable(r.getString("medewerker_id")),
                        Optional.ofNullable(r.getString("gebruikersnaam")),
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

    /** The resource as stored: its parent's type is not stored with it, so the type is named without one. */
    private static Bron bron(ResultSet r) throws SQLException {
        UUID ouderId = Kolommen.uuid(r, "ouder_id");
        if (ouderId == null) {
            return new Bron(Brontype.van(r.getString("bron_type")), Kolommen.uuid(r, "bron_id"));
        }
        Brontype ouderType = Brontype.van(r.getString("ouder_type"));
        return Bron.binnen(Brontype.binnen(r.getString("bron_type"), ouderType), Kolommen.uuid(r, "bron_id"),
                new Bron(ouderType, ouderId));
    }

    private static Set<Gegevenscategorie> categorieen(String lijst) {
        Set<Gegevenscategorie> set = EnumSet.noneOf(Gegevenscategorie.class);
        if (lijst != null && !lijst.isBlank()) {
            Arrays.stream(lijst.split(",")).map(Gegevenscategorie::valueOf).forEach(set::add);
        }
        return set;
    }
}
