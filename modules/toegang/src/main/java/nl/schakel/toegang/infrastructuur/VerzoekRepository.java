package nl.schakel.toegang.infrastructuur;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import nl.schakel.gedeeld.persistentie.Transactieslot;
import nl.schakel.gedeeld.sql.Kolommen;
import nl.schakel.toegang.domein.verzoek.Deelverzoek;
import nl.schakel.toegang.domein.verzoek.Termijn;
import nl.schakel.toegang.domein.verzoek.Verlenging;
import nl.schakel.toegang.domein.verzoek.Verzoek;
import nl.schakel.toegang.domein.verzoek.Verzoeksoort;

/**
 * Requests of data subjects and their parts ({@code toegang.verzoek}, {@code toegang.deelverzoek}), and the question the
 * fan-out asks: which organisations hold or received data about these persons. Plain JDBC in the caller's transaction.
 */
@ApplicationScoped
public class VerzoekRepository {

    /**
     * Grants that mean "this organisation holds or received data about the person", also when they ended (a returned
     * overdracht was received all the same). Not break-glass (one person's short look, which the logboek part catches)
     * and not the privacy officer's grant.
     */
    private static final String HOUDENDE_REDENEN = "('EIGENAAR', 'ONTVANGER', 'UITGENODIGD', 'ACTIEHOUDER', 'CRISISPARTNER')";
    /** Logboek rows that are work in a flow (not a bekendheidscheck, the logboek itself, or this request's handling). */
    private static final String STROOMDOELEN = "('OVERDRACHT', 'CASUSOVERLEG', 'CRISIS', 'MONITORING')";

    @Inject
    DataSource database; // one connection per transaction (Appdatabase)

    public VerzoekRepository() {}

    public VerzoekRepository(DataSource database) {
        this.database = database;
    }

    /** A resource about the person and who holds it: an owner, a receiver, a partner, or an organisation that read it. */
    public record Houder(String organisatie, String bronType, UUID bronId, boolean eigenaar, Instant sinds) {}

    /**
     * Every organisation that holds or received data about these persons: from the grants on a resource whose
     * betrokkenen include one (or on a resource inside one), and from the logboek's allowed accesses in a flow that name
     * one. Sorted by organisation, then resource.
     */
    public List<Houder> houders(Collection<UUID> personen) {
        String sql = "select t.organisatie_code, t.bron_type, t.bron_id, t.reden = 'EIGENAAR', t.verleend_op from toegang.toegang t "
                + "join toegang.bron_betrokkene b on b.bron_type = t.bron_type and b.bron_id = t.bron_id "
                + "where b.betrokkene_id = any(?) and t.noodtoegang = false and t.reden in " + HOUDENDE_REDENEN
                + " union all select t.organisatie_code, t.ouder_type, t.ouder_id, false, t.verleend_op from toegang.toegang t "
                + "join toegang.bron_betrokkene b on b.bron_type = t.ouder_type and b.bron_id = t.ouder_id "
                + "where b.betrokkene_id = any(?) and t.noodtoegang = false and t.reden in " + HOUDENDE_REDENEN
                + " union all select r.organisatie, r.bron_type, r.bron_id, false, r.tijdstip from logboek.regel r "
                + "where r.betrokkenen && ? and r.uitkomst = 'TOEGESTAAN' and r.doel in " + STROOMDOELEN
                + " and r.organisatie is not null and r.bron_type is not null and r.bron_id is not null";
        List<Houder> houders = new ArrayList<>();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            Array ids = c.createArrayOf("uuid", personen.toArray());
            s.setArray(1, ids);
            s.setArray(2, ids);
            s.setArray(3, ids);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    houders.add(new Houder(r.getString(1), r.getString(2), Kolommen.uuid(r, 3), r.getBoolean(4),
                            r.getTimestamp(5).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("houders niet te lezen", e);
        }
        return houders;
    }

    /** Per organisation the resources it holds about the person, as {@code TYPE:id}, each once, sorted. */
    public static Map<String, List<String>> perOrganisatie(List<Houder> houders) {
        Map<String, TreeSet<String>> bronnen = new TreeMap<>();
        houders.forEach(h -> bronnen.computeIfAbsent(h.organisatie(), o -> new TreeSet<>()).add(h.bronType() + ":" + h.bronId()));
        Map<String, List<String>> uit = new TreeMap<>();
        bronnen.forEach((organisatie, lijst) -> uit.put(organisatie, List.copyOf(lijst)));
        return uit;
    }

    public void bewaar(Verzoek verzoek, Optional<byte[]> bsnKenmerk, Optional<byte[]> naamKenmerk) {
        try (Connection c = database.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("insert into toegang.verzoek (id, soort, contactpunt, weergave, bsn_kenmerk, "
                    + "naam_kenmerk, betrokkenen, ontvangen_op, uiterlijk_op, geregistreerd_door, geregistreerd_op) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setObject(1, verzoek.id());
                s.setString(2, verzoek.soort().name());
                s.setString(3, verzoek.contactpunt());
                s.setString(4, verzoek.weergave());
                s.setBytes(5, bsnKenmerk.orElse(null));
                s.setBytes(6, naamKenmerk.orElse(null));
                s.setArray(7, c.createArrayOf("uuid", verzoek.betrokkenen().toArray()));
                s.setDate(8, Date.valueOf(verzoek.termijn().ontvangenOp()));
                s.setDate(9, Date.valueOf(verzoek.termijn().uiterlijkOp()));
                s.setString(10, verzoek.geregistreerdDoor());
                s.setTimestamp(11, Timestamp.from(verzoek.geregistreerdOp()));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "insert into toegang.deelverzoek (id, verzoek_id, organisatie_code, bronnen) values (?, ?, ?, ?)")) {
                for (Deelverzoek deel : verzoek.delen()) {
                    s.setObject(1, deel.id());
                    s.setObject(2, verzoek.id());
                    s.setString(3, deel.organisatie());
                    s.setArray(4, c.createArrayOf("text", deel.bronnen().toArray()));
                    s.addBatch();
                }
                s.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("verzoek niet te bewaren", e);
        }
    }

    public Optional<Verzoek> verzoek(UUID id) {
        List<Verzoek> gevonden = verzoeken("v.id = ?", id, 1);
        return gevonden.stream().findFirst();
    }

    /** The contact point's requests: open ones first by due date, then the finished ones, newest first. */
    public List<Verzoek> vanContactpunt(String contactpunt, int limiet) {
        return verzoeken("v.contactpunt = ?", contactpunt, limiet);
    }

    /**
     * Every contact point's requests, for the functionaris gegevensbescherming: unfinished first by due date (so the
     * overdue ones, whose due date passed, come first, the longest overdue on top), then the finished, newest first.
     */
    public List<Verzoek> alle(int limiet) {
        return verzoeken("true", null, limiet);
    }

    /** The open parts of one organisation (and those answered), with the requests they belong to. */
    public List<Deelverzoek> delenVan(String organisatie, int limiet) {
        String sql = "select d.* from toegang.deelverzoek d join toegang.verzoek v on v.id = d.verzoek_id where d.organisatie_code = ? "
                + "order by (d.status = 'OPEN') desc, v.uiterlijk_op, d.id limit ?";
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, organisatie);
            s.setInt(2, limiet);
            List<Deelverzoek> delen = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    delen.add(deel(r));
                }
            }
            return delen;
        } catch (SQLException e) {
            throw new IllegalStateException("deelverzoeken niet te lezen", e);
        }
    }

    public Optional<Deelverzoek> deel(UUID id) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement("select * from toegang.deelverzoek where id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(deel(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("deelverzoek niet te lezen", e);
        }
    }

    /** Records the extension if the request is still at {@code versie}; false when someone changed it in between. */
    public boolean verleng(UUID id, int versie, Verlenging verlenging, LocalDate uiterlijkOp) {
        return werkBij("update toegang.verzoek set versie = versie + 1, verlenging_reden = ?, verlengd_door = ?, verlengd_op = ?, "
                + "uiterlijk_op = ? where id = ? and versie = ?", s -> {
                    s.setString(1, verlenging.reden());
                    s.setString(2, verlenging.door());
                    s.setTimestamp(3, Timestamp.from(verlenging.op()));
                    s.setDate(4, Date.valueOf(uiterlijkOp));
                    s.setObject(5, id);
                    s.setInt(6, versie);
                });
    }

    public boolean informeer(UUID id, int versie, LocalDate op, String door) {
        return werkBij("update toegang.verzoek set versie = versie + 1, geinformeerd_op = ?, geinformeerd_door = ? where id = ? and versie = ?",
                s -> {
                    s.setDate(1, Date.valueOf(op));
                    s.setString(2, door);
                    s.setObject(3, id);
                    s.setInt(4, versie);
                });
    }

    public boolean beantwoord(UUID id, int versie, String antwoord, boolean vrijgegeven, String door, Instant op) {
        return werkBij("update toegang.deelverzoek set versie = versie + 1, status = 'BEANTWOORD', antwoord = ?, beantwoord_door = ?, "
                + "beantwoord_op = ?, vrijgegeven = ? where id = ? and versie = ? and status = 'OPEN'", s -> {
                    s.setString(1, antwoord);
                    s.setString(2, door);
                    s.setTimestamp(3, Timestamp.from(op));
                    s.setBoolean(4, vrijgegeven);
                    s.setObject(5, id);
                    s.setInt(6, versie);
                });
    }

    /** For Mijn werk: the contact point's unfinished requests, and how many of them passed their due date. */
    public long[] telOpenEnTeLaat(String contactpunt, LocalDate vandaag) {
        return tel("select count(*), count(*) filter (where uiterlijk_op < ?) from toegang.verzoek "
                + "where contactpunt = ? and geinformeerd_op is null", vandaag, contactpunt);
    }

    /** For the fg's Mijn werk: every contact point's unfinished requests past their due date. */
    public long telTeLaat(LocalDate vandaag) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from toegang.verzoek where geinformeerd_op is null and uiterlijk_op < ?")) {
            s.setDate(1, Date.valueOf(vandaag));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("verzoeken niet te tellen", e);
        }
    }

    /** For Mijn werk: the organisation's open parts, and how many of their requests passed their due date. */
    public long[] telTeBeantwoorden(String organisatie, LocalDate vandaag) {
        return tel("select count(*), count(*) filter (where v.uiterlijk_op < ?) from toegang.deelverzoek d "
                + "join toegang.verzoek v on v.id = d.verzoek_id where d.organisatie_code = ? and d.status = 'OPEN'", vandaag, organisatie);
    }

    /** A request past its due date with open parts, claimed for its one notice: the contact point and the late organisations. */
    public record Termijnmelding(UUID verzoekId, String contactpunt, List<String> teLaat) {}

    /**
     * One run of the daily escalation at a time, across nodes: a transaction-level advisory lock, released at the
     * run's commit or rollback (the claim below would already keep a request from being told twice; the lock keeps
     * two nodes from working the same backlog side by side).
     */
    public void vergrendelTermijnmelding() {
        Transactieslot.neem(database, "schakel.verzoektermijnmelding");
    }

    /**
     * Claims up to {@code limiet} unfinished requests whose due date is before {@code vandaag}, that have an open part and
     * were not notified yet (V7 {@code termijnmelding_op}), oldest due date first; rows another transaction holds are
     * skipped (it claims them). Each with the organisations of its open parts, sorted.
     */
    public List<Termijnmelding> claimTermijnmeldingen(LocalDate vandaag, Instant nu, int limiet) {
        String sql = "update toegang.verzoek v set termijnmelding_op = ? where v.id in (select w.id from toegang.verzoek w "
                + "where w.geinformeerd_op is null and w.termijnmelding_op is null and w.uiterlijk_op < ? and exists "
                + "(select 1 from toegang.deelverzoek d where d.verzoek_id = w.id and d.status = 'OPEN') "
                + "order by w.uiterlijk_op, w.id limit ? for update skip locked) "
                + "returning v.id, v.contactpunt, array(select d.organisatie_code from toegang.deelverzoek d "
                + "where d.verzoek_id = v.id and d.status = 'OPEN' order by d.organisatie_code)";
        List<Termijnmelding> meldingen = new ArrayList<>();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(nu));
            s.setDate(2, Date.valueOf(vandaag));
            s.setInt(3, limiet);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    meldingen.add(new Termijnmelding(Kolommen.uuid(r, 1), r.getString(2), Arrays.asList((String[]) r.getArray(3).getArray())));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("verzoeken over de termijn niet te claimen", e);
        }
        return meldingen;
    }

    /** One access to data about the person, as the inzage report shows it: no user, no resource id. */
    public record Inzage(Instant tijdstip, String organisatie, String rol, String doel) {}

    /** The allowed accesses in a flow to data about these persons, oldest first (the logboek's own order). */
    public List<Inzage> inzagen(Collection<UUID> personen) {
        String sql = "select r.tijdstip, r.organisatie, r.rol, r.doel from logboek.regel r where r.betrokkenen && ? "
                + "and r.uitkomst = 'TOEGESTAAN' and r.doel in " + STROOMDOELEN + " and r.organisatie is not null order by r.volgnummer";
        List<Inzage> inzagen = new ArrayList<>();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("uuid", personen.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    inzagen.add(new Inzage(r.getTimestamp(1).toInstant(), r.getString(2), Optional.ofNullable(r.getString(3)).orElse(""),
                            r.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("inzagen niet te lezen", e);
        }
        return inzagen;
    }

    // ---- reading

    /** {@code waarde} fills the one parameter of {@code waar}; null when it has none. */
    private List<Verzoek> verzoeken(String waar, Object waarde, int limiet) {
        String sql = "select * from toegang.verzoek v where " + waar
                + " order by (v.geinformeerd_op is null) desc, case when v.geinformeerd_op is null then v.uiterlijk_op end, "
                + "v.geregistreerd_op desc limit ?";
        List<Verzoek> verzoeken = new ArrayList<>();
        try (Connection c = database.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int i = 1;
                if (waarde != null) {
                    s.setObject(i++, waarde);
                }
                s.setInt(i, limiet);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        verzoeken.add(verzoek(r, List.of()));
                    }
                }
            }
            if (verzoeken.isEmpty()) {
                return verzoeken;
            }
            Map<UUID, List<Deelverzoek>> delen = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "select * from toegang.deelverzoek where verzoek_id = any(?) order by organisatie_code")) {
                s.setArray(1, c.createArrayOf("uuid", verzoeken.stream().map(Verzoek::id).toArray()));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Deelverzoek deel = deel(r);
                        delen.computeIfAbsent(deel.verzoekId(), v -> new ArrayList<>()).add(deel);
                    }
                }
            }
            return verzoeken.stream().map(v -> new Verzoek(v.id(), v.versie(), v.soort(), v.contactpunt(), v.weergave(), v.betrokkenen(),
                    v.termijn(), v.geregistreerdDoor(), v.geregistreerdOp(), v.geinformeerdOp(), v.geinformeerdDoor(),
                    delen.getOrDefault(v.id(), List.of()))).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("verzoeken niet te lezen", e);
        }
    }

    private static Verzoek verzoek(ResultSet r, List<Deelverzoek> delen) throws SQLException {
        Optional<Verlenging> verlenging = Optional.ofNullable(r.getTimestamp("verlengd_op"))
                .map(op -> new Verlenging(r_string(r, "verlenging_reden"), r_string(r, "verlengd_door"), op.toInstant()));
        UUID[] betrokkenen = (UUID[]) r.getArray("betrokkenen").getArray();
        return new Verzoek(Kolommen.uuid(r, "id"), r.getInt("versie"), Verzoeksoort.valueOf(r.getString("soort")),
                r.getString("contactpunt"), r.getString("weergave"), Arrays.asList(betrokkenen),
                new Termijn(r.getDate("ontvangen_op").toLocalDate(), verlenging), r.getString("geregistreerd_door"),
                r.getTimestamp("geregistreerd_op").toInstant(),
                Optional.ofNullable(r.getDate("geinformeerd_op")).map(Date::toLocalDate), Optional.ofNullable(r.getString("geinformeerd_door")),
                delen);
    }

    private static String r_string(ResultSet r, String kolom) {
        try {
            return Optional.ofNullable(r.getString(kolom)).orElse("");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Deelverzoek deel(ResultSet r) throws SQLException {
        String[] bronnen = (String[]) r.getArray("bronnen").getArray();
        return new Deelverzoek(Kolommen.uuid(r, "id"), Kolommen.uuid(r, "verzoek_id"), r.getInt("versie"),
                r.getString("organisatie_code"), Arrays.asList(bronnen), Deelverzoek.Status.valueOf(r.getString("status")),
                Optional.ofNullable(r.getString("antwoord")), Optional.ofNullable(r.getString("beantwoord_door")),
                Optional.ofNullable(r.getTimestamp("beantwoord_op")).map(Timestamp::toInstant), r.getBoolean("vrijgegeven"));
    }

    private interface Parameters {
        void zet(PreparedStatement s) throws SQLException;
    }

    private boolean werkBij(String sql, Parameters parameters) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            parameters.zet(s);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("verzoek niet bij te werken", e);
        }
    }

    private long[] tel(String sql, LocalDate vandaag, String code) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setDate(1, Date.valueOf(vandaag));
            s.setString(2, code);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new long[] {r.getLong(1), r.getLong(2)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException("verzoeken niet te tellen", e);
        }
    }
}
