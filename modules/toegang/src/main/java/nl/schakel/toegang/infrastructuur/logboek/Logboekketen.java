package nl.schakel.toegang.infrastructuur.logboek;

import nl.schakel.gedeeld.sql.Kolommen;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.schakel.toegang.domein.logboek.Logboekregel;
import nl.schakel.toegang.infrastructuur.logboek.Ankerbestand.Anker;
import nl.schakel.toegang.infrastructuur.logboek.Regelplaatsen.GelezenRegel;
import nl.schakel.toegang.infrastructuur.logboek.Regelplaatsen.Plaats;

/**
 * The chainer: gives committed logboek rows their link (volgnummer, previous hash and hash), in batches, shortly after
 * they were written (see {@code V2__keten_buiten_het_verzoek.sql} for why the order is sound). A round's links go into
 * {@code logboek.keten} as one insert, checked as a whole by the statement trigger {@code aansluiten()}; the row itself
 * never changes ({@code V8__keten_in_een_tabel.sql}). It needs the schema of V8 or later: the EAR migrates before it
 * chains.
 * <ul>
 * <li><b>Order.</b> Rows are chained in the order (transactie, invoegnummer), and only rows whose transaction id is
 *     below the xmin of the chainer's snapshot: every transaction that could still insert a row sorting before them
 *     has then finished. Commit order cannot be used: it is not recorded, and a transaction that took its id earlier
 *     can commit later.</li>
 * <li><b>One chainer.</b> Each round is one transaction that first takes {@code pg_try_advisory_xact_lock(7514)}; a
 *     second Payara on the same database skips its round while the first holds it. The chaining trigger takes the same
 *     lock, so even links written from elsewhere wait. No JVM lock: the database decides.</li>
 * <li><b>Crash.</b> A round commits as a whole or not at all; the next round, in whichever instance, starts from the
 *     chain's last row. Nothing is kept in memory between rounds.</li>
 * <li><b>Seals.</b> Every row is checked against its zegel (sealed by {@link Logboek} at insert) before it is
 *     chained. A row that does not match stops the chain in front of it: a forged or altered row must not receive a
 *     place in the chain. The stop is reported ({@link #toestand()}) and by {@code logboek-controle}.</li>
 * <li><b>Checkpoints.</b> Every {@code ankerinterval} rows the round records a signed checkpoint in
 *     {@code logboek.ankerpunt}, and after commit appends it to the {@link Ankerbestand} outside the database.</li>
 * </ul>
 */
public class Logboekketen {

    private static final Logger LOG = Logger.getLogger(Logboekketen.class.getName());

    /** The advisory lock of the chain; V1 used 7513 around every insert. */
    public static final long SLOT = 7514;

    /** The chain's end as the trigger keeps it: its number and hash (its place in the queue's order is read by PLAATSEN). */
    private static final String EINDE = "select volgnummer, hash from logboek.kop";
    /**
     * The first places of the queue after the end's place whose transaction has finished, in the chain's order. Their
     * rows are read by {@link Regelplaatsen} in a second statement, not joined here (a lateral join into
     * {@code logboek.regel} became a merge join over the whole logboek from about 60 months on: docs/metingen.md, "the
     * seventh day").
     */
    private static final String PLAATSEN = "select o.id, o.tijdstip from logboek.kop k cross join lateral"
            + " (select o.id, o.tijdstip, o.transactie, o.invoegnummer from logboek.ongeketend o"
            + " where (k.transactie is null or (o.transactie, o.invoegnummer) > (k.transactie, k.invoegnummer))"
            + " and o.transactie < pg_snapshot_xmin(pg_current_snapshot()) order by o.transactie, o.invoegnummer limit ?) o"
            + " order by o.transactie, o.invoegnummer";
    /** One round's links in one statement, so the database checks them together (aansluiten()). */
    private static final String KETEN = "insert into logboek.keten (volgnummer, id, tijdstip, vorige_hash, hash)"
            + " select * from unnest(?::bigint[], ?::uuid[], ?::timestamptz[], ?::text[], ?::text[])";
    private static final String ANKER = "insert into logboek.ankerpunt (volgnummer, hash, tijdstip, handtekening) values (?, ?, ?, ?)";

    private final DataSource database;
    private final Logboeksleutel sleutel;
    private final long ankerinterval;
    private final Optional<Ankerbestand> ankerbestand;
    private volatile Optional<String> stilstand = Optional.empty();

    public Logboekketen(DataSource database, Logboeksleutel sleutel, long ankerinterval, Optional<Ankerbestand> ankerbestand) {
        if (ankerinterval < 1) {
            throw new IllegalArgumentException("ankerinterval moet ten minste 1 zijn");
        }
        this.database = database;
        this.sleutel = sleutel;
        this.ankerinterval = ankerinterval;
        this.ankerbestand = ankerbestand;
    }

    /** What one round did. */
    public record Ronde(boolean bezet, int geketend, boolean meer) {}

    /** The lag: unchained rows, the oldest one's age, and why the chain stands still if it does. */
    public record Toestand(long ongeketend, Optional<Duration> oudste, Optional<String> stilstand) {}

    /**
     * Chains at most {@code maximum} rows in one transaction. {@code meer}: a full batch was chained, so another
     * round right away is worth it.
     */
    public Ronde ketenBij(int maximum) {
        List<Anker> nieuweAnkers = new ArrayList<>();
        int geketend = 0;
        try (Connection c = database.getConnection()) {
            boolean autocommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                if (!slot(c)) {
                    c.rollback();
                    return new Ronde(true, 0, false);
                }
                long volgnummer = 0;
                String vorige = Logboektekst.NULHASH;
                try (Statement s = c.createStatement();
                        ResultSet kop = s.executeQuery(EINDE)) {
                    if (kop.next()) {
                        volgnummer = kop.getLong(1);
                        vorige = kop.getString(2);
                    }
                }
                Optional<String> stop = Optional.empty();
                Instant nu = Logboektekst.opMicroseconden(Instant.now());
                List<Schakel> schakels = new ArrayList<>();
                for (GelezenRegel o : ongeketend(c, maximum)) {
                    Logboekregel regel = o.regel();
                    if (!sleutel.klopt(Logboektekst.zegel(regel), o.zegel())) {
                        stop = Optional.of("ongeketende regel " + regel.invoegnummer() + " (id " + regel.id()
                                + "): zegel klopt niet, de regel is na het schrijven gewijzigd of niet door de applicatie geschreven");
                        break;
                    }
                    volgnummer++;
                    String hash = Logboektekst.hash(vorige, volgnummer, regel);
                    schakels.add(new Schakel(volgnummer, regel, vorige, hash));
                    if (volgnummer % ankerinterval == 0) {
                        nieuweAnkers.add(new Anker(volgnummer, hash, nu, sleutel.zegel(Logboektekst.anker(volgnummer, hash))));
                    }
                    vorige = hash;
                }
                geketend = schakels.size();
                if (!schakels.isEmpty()) {
                    schrijfSchakels(c, schakels);
                }
                if (!nieuweAnkers.isEmpty()) {
                    try (PreparedStatement anker = c.prepareStatement(ANKER)) {
                        for (Anker a : nieuweAnkers) {
                            anker.setLong(1, a.volgnummer());
                            anker.setString(2, a.hash());
                            anker.setTimestamp(3, Timestamp.from(a.tijdstip()));
                            anker.setString(4, a.handtekening());
                            anker.addBatch();
                        }
                        anker.executeBatch();
                    }
                }
                c.commit();
                meld(stop);
                return new Ronde(false, geketend, stop.isEmpty() && geketend == maximum);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                nieuweAnkers.clear();
                throw e;
            } finally {
                c.setAutoCommit(autocommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("logboek niet te ketenen", e);
        } finally {
            // after commit only: a checkpoint in the file that the database does not have would itself be a false alarm
            ankerbestand.ifPresent(b -> b.voegToe(nieuweAnkers));
        }
    }

    /**
     * Appends to the file the signed checkpoints the database has beyond the file's last line: after a crash between
     * a round's commit and its append, or on another instance's checkpoints. Run once when the chainer starts.
     */
    public int vulAnkerbestandAan() {
        if (ankerbestand.isEmpty()) {
            return 0;
        }
        Ankerbestand bestand = ankerbestand.get();
        List<Anker> ontbrekend = new ArrayList<>();
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("select volgnummer, hash, tijdstip, handtekening from logboek.ankerpunt"
                        + " where volgnummer > ? order by volgnummer")) {
            s.setLong(1, bestand.laatste());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Anker a = new Anker(r.getLong(1), r.getString(2).trim(), r.getTimestamp(3).toInstant(), r.getString(4).trim());
                    if (!sleutel.klopt(Logboektekst.anker(a.volgnummer(), a.hash()), a.handtekening())) {
                        LOG.severe(() -> "logboek: ankerpunt " + a.volgnummer() + " in de database is niet met de logboeksleutel"
                                + " getekend; niet naar het ankerbestand geschreven");
                        break;
                    }
                    ontbrekend.add(a);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ankerpunten niet te lezen", e);
        }
        bestand.voegToe(ontbrekend);
        return ontbrekend.size();
    }

    /**
     * Creates this month's partition of the logboek and the next two (see {@code V3__maandpartities.sql}); the number
     * created. Run at start and daily, so a month exists well before its first row; a row without its month lands in
     * the default partition rather than failing.
     */
    public int maakMaandenVooruit() {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select logboek.maak_maanden_vooruit()")) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("maandpartities van het logboek niet aan te maken", e);
        }
    }

    public Toestand toestand() {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*), min(tijdstip) from logboek.ongeketend")) {
            r.next();
            Timestamp oudste = r.getTimestamp(2);
            return new Toestand(r.getLong(1),
                    Optional.ofNullable(oudste).map(t -> Duration.between(t.toInstant(), Instant.now())), stilstand);
        } catch (SQLException e) {
            throw new IllegalStateException("logboek niet te lezen", e);
        }
    }

    /**
     * The first unchained rows in the chain's order, at most {@code maximum}. A place whose row is not there (removed
     * behind the triggers' back) is left out, as the join before it did: the trigger then refuses the round, because
     * its links no longer follow the queue, and the chain stands still in front of it.
     */
    private static List<GelezenRegel> ongeketend(Connection c, int maximum) throws SQLException {
        List<Plaats> plaatsen = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(PLAATSEN)) {
            s.setInt(1, maximum);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    plaatsen.add(new Plaats(Kolommen.uuid(r, 1), r.getTimestamp(2).toInstant()));
                }
            }
        }
        Map<Plaats, GelezenRegel> gelezen = Regelplaatsen.lees(c, plaatsen);
        return plaatsen.stream().map(gelezen::get).filter(Objects::nonNull).toList();
    }

    /** One link of a round: the row, its number, the hash before it and its own. */
    private record Schakel(long volgnummer, Logboekregel regel, String vorige, String hash) {}

    /** The round's links as one insert, which the database's statement trigger checks as a whole. */
    private static void schrijfSchakels(Connection c, List<Schakel> schakels) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(KETEN)) {
            s.setArray(1, c.createArrayOf("bigint", schakels.stream().map(Schakel::volgnummer).toArray(Long[]::new)));
            s.setArray(2, c.createArrayOf("uuid", schakels.stream().map(k -> k.regel().id()).toArray(UUID[]::new)));
            s.setArray(3, c.createArrayOf("timestamptz", schakels.stream().map(k -> Timestamp.from(k.regel().tijdstip()))
                    .toArray(Timestamp[]::new)));
            s.setArray(4, c.createArrayOf("text", schakels.stream().map(Schakel::vorige).toArray(String[]::new)));
            s.setArray(5, c.createArrayOf("text", schakels.stream().map(Schakel::hash).toArray(String[]::new)));
            if (s.executeUpdate() != schakels.size()) {
                throw new SQLException("logboekketen: niet elke schakel van deze ronde is geschreven");
            }
        }
    }

    private static boolean slot(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select pg_try_advisory_xact_lock(" + SLOT + ")")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    private void meld(Optional<String> stop) {
        if (!stop.equals(stilstand)) {
            stilstand = stop;
            stop.ifPresentOrElse(
                    reden -> LOG.log(Level.SEVERE, "logboek: de keten staat stil voor een regel die niet klopt: {0}", reden),
                    () -> LOG.info("logboek: de keten loopt weer"));
        }
    }
}
