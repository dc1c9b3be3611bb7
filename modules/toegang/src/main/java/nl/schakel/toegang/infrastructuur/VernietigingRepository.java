package nl.schakel.toegang.infrastructuur;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import nl.schakel.gedeeld.persistentie.Transactieslot;
import nl.schakel.gedeeld.sql.Kolommen;
import nl.schakel.toegang.domein.bewaren.Bewaarplicht;
import nl.schakel.toegang.domein.bewaren.Grafsteen;
import nl.schakel.toegang.domein.bewaren.Vernietigbaar;
import nl.schakel.toegang.domein.bewaren.Vernietigingslijst;

/**
 * Destruction lists, legal holds and tombstones ({@code toegang.vernietigingslijst}, {@code vernietigingsitem},
 * {@code bewaarplicht}, {@code grafsteen}), and the deletion of a destroyed resource's grants and betrokkenen. Plain JDBC
 * on the JTA pool: every statement is in the caller's transaction.
 */
@ApplicationScoped
public class VernietigingRepository {

    private static final String LIJST = "select id, versie, opgesteld_op, peildatum, status, goedgekeurd_door, goedgekeurd_door_naam, "
            + "goedgekeurd_op, uitgevoerd_op from toegang.vernietigingslijst";

    @Inject
    DataSource database; // one connection per transaction (Appdatabase)

    public VernietigingRepository() {}

    public VernietigingRepository(DataSource database) {
        this.database = database;
    }

    /**
     * Serialises the drawing up of lists across nodes until the transaction ends: a second node waits, then finds
     * everything already listed and proposes nothing.
     */
    public void vergrendelVoorstel() {
        Transactieslot.neem(database, "schakel.vernietigingsvoorstel");
    }

    /** Whether the resource is on a list already, or under a legal hold: then it is not proposed. */
    public boolean gelijstOfVastgehouden(String brontype, UUID id) {
        return bestaat("select 1 from toegang.vernietigingsitem where brontype = ? and bron_id = ? "
                + "union all select 1 from toegang.bewaarplicht where brontype = ? and bron_id = ?", brontype, id, brontype, id);
    }

    public boolean isVastgehouden(String brontype, UUID id) {
        return bestaat("select 1 from toegang.bewaarplicht where brontype = ? and bron_id = ?", brontype, id);
    }

    public void voegToe(UUID lijstId, Instant nu, LocalDate peildatum, List<Vernietigbaar> items, java.util.function.Function<Vernietigbaar, String> regel) {
        try (Connection c = database.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("insert into toegang.vernietigingslijst (id, versie, opgesteld_op, peildatum, status) "
                    + "values (?, 1, ?, ?, 'VOORGESTELD')")) {
                s.setObject(1, lijstId);
                s.setObject(2, utc(nu));
                s.setObject(3, peildatum);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into toegang.vernietigingsitem (brontype, bron_id, lijst_id, eigenaar, "
                    + "eigenaartype, klokstart, vernietigingsdatum, regel) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Vernietigbaar v : items) {
                    s.setString(1, v.brontype());
                    s.setObject(2, v.id());
                    s.setObject(3, lijstId);
                    s.setString(4, v.eigenaar());
                    s.setString(5, v.eigenaartype());
                    s.setObject(6, utc(v.klokstart()));
                    s.setObject(7, v.vernietigingsdatum());
                    s.setString(8, regel.apply(v));
                    s.addBatch();
                }
                s.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("vernietigingslijst niet vast te leggen", e);
        }
    }

    /** The newest lists first, at most {@code maximum}. */
    public List<Vernietigingslijst> lijsten(int maximum) {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("select id from toegang.vernietigingslijst order by opgesteld_op desc, id desc limit ?")) {
            s.setInt(1, maximum);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(Kolommen.uuid(r, 1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("vernietigingslijsten niet te lezen", e);
        }
        return ids.stream().map(this::lijst).flatMap(Optional::stream).toList();
    }

    public Optional<Vernietigingslijst> lijst(UUID id) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(LIJST + " where id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Vernietigingslijst(id, r.getInt("versie"), instant(r, "opgesteld_op").orElseThrow(),
                        Kolommen.datum(r, "peildatum"), Vernietigingslijst.Status.valueOf(r.getString("status")),
                        Optional.ofNullable(r.getString("goedgekeurd_door")), Optional.ofNullable(r.getString("goedgekeurd_door_naam")),
                        instant(r, "goedgekeurd_op"), instant(r, "uitgevoerd_op"), items(c, id)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("vernietigingslijst niet te lezen", e);
        }
    }

    private static List<Vernietigingslijst.Item> items(Connection c, UUID lijst) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select brontype, bron_id, eigenaar, eigenaartype, klokstart, vernietigingsdatum, regel, "
                + "vernietigd_op from toegang.vernietigingsitem where lijst_id = ? order by brontype, vernietigingsdatum, bron_id")) {
            s.setObject(1, lijst);
            List<Vernietigingslijst.Item> items = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    items.add(new Vernietigingslijst.Item(r.getString(1), Kolommen.uuid(r, 2), r.getString(3), r.getString(4),
                            instant(r, "klokstart").orElseThrow(), Kolommen.datum(r, 6), r.getString(7), instant(r, "vernietigd_op")));
                }
            }
            return items;
        }
    }

    /** How many lists wait for the fg: proposed, or approved and not carried out. */
    public long telOnbehandeld() {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from toegang.vernietigingslijst where status in ('VOORGESTELD', 'GOEDGEKEURD')");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("vernietigingslijsten niet te tellen", e);
        }
    }

    /** Approves the list if it is still at {@code versie} and proposed; false otherwise (the caller says why). */
    public boolean keurGoed(UUID id, int versie, String door, String naam, Instant nu) {
        return wijzig("update toegang.vernietigingslijst set status = 'GOEDGEKEURD', versie = versie + 1, goedgekeurd_door = ?, "
                + "goedgekeurd_door_naam = ?, goedgekeurd_op = ? where id = ? and versie = ? and status = 'VOORGESTELD'",
                door, naam, utc(nu), id, versie) == 1;
    }

    /**
     * Puts a legal hold on a resource and takes it off the list it is on (not yet destroyed); that list's version
     * moves, so an approval of what the reviewer saw before fails. False when a hold stands already.
     */
    public boolean legBewaarplichtOp(Bewaarplicht plicht) {
        int nieuw = wijzig("insert into toegang.bewaarplicht (brontype, bron_id, reden, opgelegd_door, opgelegd_door_naam, opgelegd_op) "
                + "values (?, ?, ?, ?, ?, ?) on conflict do nothing", plicht.brontype(), plicht.id(), plicht.reden(), plicht.opgelegdDoor(),
                plicht.opgelegdDoorNaam(), utc(plicht.opgelegdOp()));
        if (nieuw == 0) {
            return false;
        }
        wijzig("update toegang.vernietigingslijst set versie = versie + 1 where id = (select lijst_id from toegang.vernietigingsitem "
                + "where brontype = ? and bron_id = ? and vernietigd_op is null)", plicht.brontype(), plicht.id());
        wijzig("delete from toegang.vernietigingsitem where brontype = ? and bron_id = ? and vernietigd_op is null", plicht.brontype(), plicht.id());
        return true;
    }

    public Optional<Bewaarplicht> bewaarplicht(String brontype, UUID id) {
        return bewaarplichten("where brontype = ? and bron_id = ?", brontype, id).stream().findFirst();
    }

    public List<Bewaarplicht> bewaarplichten(int maximum) {
        return bewaarplichten("order by opgelegd_op desc, bron_id limit ?", maximum);
    }

    /** False when no hold stood. */
    public boolean hefBewaarplichtOp(String brontype, UUID id) {
        return wijzig("delete from toegang.bewaarplicht where brontype = ? and bron_id = ?", brontype, id) == 1;
    }

    /**
     * Deletes what access held of a destroyed resource: its grants (and those of resources inside it), the verdicts
     * on break-glass grants among them, and its betrokkenen. The logboek rows stay. The runtime role cannot delete
     * grants or verdicts itself: the owner's function {@code toegang.verwijder_toegang} (toegang V7) does, and only for a
     * resource on an approved list that is not destroyed and not held; anything else fails with SQL state 42501.
     */
    public void verwijderToegang(String brontype, UUID id) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement("select toegang.verwijder_toegang(?, ?)")) {
            zet(s, brontype, id);
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("toegang van een vernietigde bron niet te verwijderen", e);
        }
    }

    /** Marks the item destroyed and writes its tombstone. */
    public void begraaf(Vernietigingslijst lijst, Vernietigingslijst.Item item, Instant nu) {
        wijzig("update toegang.vernietigingsitem set vernietigd_op = ? where brontype = ? and bron_id = ?", utc(nu), item.brontype(), item.id());
        wijzig("insert into toegang.grafsteen (brontype, bron_id, eigenaar, klokstart, vernietigingsdatum, regel, vernietigd_op, lijst_id, "
                + "goedgekeurd_door, goedgekeurd_door_naam) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", item.brontype(), item.id(), item.eigenaar(),
                utc(item.klokstart()), item.vernietigingsdatum(), item.regel(), utc(nu), lijst.id(), lijst.goedgekeurdDoor().orElseThrow(),
                lijst.goedgekeurdDoorNaam().orElseThrow());
    }

    /** Closes an approved list once nothing on it waits; true when it did. */
    public boolean sluitAf(UUID lijst, Instant nu) {
        return wijzig("update toegang.vernietigingslijst set status = 'UITGEVOERD', versie = versie + 1, uitgevoerd_op = ? "
                + "where id = ? and status = 'GOEDGEKEURD' and not exists (select 1 from toegang.vernietigingsitem i "
                + "where i.lijst_id = ? and i.vernietigd_op is null)", utc(nu), lijst, lijst) == 1;
    }

    public List<Grafsteen> grafstenen(UUID lijst) {
        return grafstenen("where lijst_id = ? order by brontype, bron_id", lijst);
    }

    private List<Grafsteen> grafstenen(String rest, Object... waarden) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement("select brontype, bron_id, eigenaar, klokstart, "
                + "vernietigingsdatum, regel, vernietigd_op, lijst_id, goedgekeurd_door, goedgekeurd_door_naam from toegang.grafsteen " + rest)) {
            zet(s, waarden);
            List<Grafsteen> stenen = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    stenen.add(new Grafsteen(r.getString(1), Kolommen.uuid(r, 2), r.getString(3), instant(r, "klokstart").orElseThrow(),
                            Kolommen.datum(r, 5), r.getString(6), instant(r, "vernietigd_op").orElseThrow(),
                            Kolommen.uuid(r, 8), r.getString(9), r.getString(10)));
                }
            }
            return stenen;
        } catch (SQLException e) {
            throw new IllegalStateException("grafstenen niet te lezen", e);
        }
    }

    /** The tombstone of one resource, if it was destroyed. */
    public Optional<Grafsteen> grafsteen(String brontype, UUID id) {
        return grafstenen("where brontype = ? and bron_id = ?", brontype, id).stream().findFirst();
    }

    private List<Bewaarplicht> bewaarplichten(String rest, Object... waarden) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement("select brontype, bron_id, reden, opgelegd_door, "
                + "opgelegd_door_naam, opgelegd_op from toegang.bewaarplicht " + rest)) {
            zet(s, waarden);
            List<Bewaarplicht> plichten = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    plichten.add(new Bewaarplicht(r.getString(1), Kolommen.uuid(r, 2), r.getString(3), r.getString(4), r.getString(5),
                            instant(r, "opgelegd_op").orElseThrow()));
                }
            }
            return plichten;
        } catch (SQLException e) {
            throw new IllegalStateException("bewaarplichten niet te lezen", e);
        }
    }

    private boolean bestaat(String sql, Object... waarden) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            zet(s, waarden);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("vernietiging niet te lezen", e);
        }
    }

    private int wijzig(String sql, Object... waarden) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            zet(s, waarden);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("vernietiging niet vast te leggen", e);
        }
    }

    private static void zet(PreparedStatement s, Object... waarden) throws SQLException {
        for (int i = 0; i < waarden.length; i++) {
            s.setObject(i + 1, waarden[i]);
        }
    }

    private static OffsetDateTime utc(Instant moment) {
        return moment.atOffset(ZoneOffset.UTC);
    }

    private static Optional<Instant> instant(ResultSet r, String kolom) throws SQLException {
        return Optional.ofNullable(Kolommen.tijdstip(r, kolom));
    }
}
