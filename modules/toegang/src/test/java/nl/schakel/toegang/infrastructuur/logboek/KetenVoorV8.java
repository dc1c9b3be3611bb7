package nl.schakel.toegang.infrastructuur.logboek;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import nl.schakel.toegang.domein.logboek.Logboekregel;
import nl.schakel.toegang.infrastructuur.TestDatabase;

/**
 * The chainer as it worked from V2 to V7: each row updated with its own link, which the row trigger of those versions
 * checked. Only the migration tests need it, to build the chain a database had before it met V8; the application's
 * {@link Logboekketen} knows the table of links only, as the EAR migrates before it chains.
 */
final class KetenVoorV8 {

    private KetenVoorV8() {}

    /** Chains every unchained row whose transaction has finished, with a signed checkpoint every {@code ankerinterval}. */
    static int ketenAlles(DataSource app, long ankerinterval) throws SQLException {
        try (Connection c = app.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("select pg_advisory_xact_lock(" + Logboekketen.SLOT + ")");
                long volgnummer = 0;
                String vorige = Logboektekst.NULHASH;
                try (ResultSet eind = s.executeQuery("select volgnummer, hash from logboek.regel where volgnummer is not null"
                        + " order by volgnummer desc limit 1")) {
                    if (eind.next()) {
                        volgnummer = eind.getLong(1);
                        vorige = eind.getString(2);
                    }
                }
                int geketend = 0;
                try (ResultSet r = s.executeQuery("select * from logboek.regel where volgnummer is null"
                        + " and transactie < pg_snapshot_xmin(pg_current_snapshot()) order by transactie, invoegnummer");
                        PreparedStatement schakel = c.prepareStatement("update logboek.regel set volgnummer = ?, vorige_hash = ?,"
                                + " hash = ? where id = ? and tijdstip = ?");
                        PreparedStatement anker = c.prepareStatement("insert into logboek.ankerpunt (volgnummer, hash, tijdstip,"
                                + " handtekening) values (?, ?, ?, ?)")) {
                    while (r.next()) {
                        Logboekregel regel = LogboekLezer.regel(r);
                        volgnummer++;
                        String hash = Logboektekst.hash(vorige, volgnummer, regel);
                        schakel.setLong(1, volgnummer);
                        schakel.setString(2, vorige);
                        schakel.setString(3, hash);
                        schakel.setObject(4, regel.id());
                        schakel.setTimestamp(5, Timestamp.from(regel.tijdstip()));
                        schakel.executeUpdate();
                        if (volgnummer % ankerinterval == 0) {
                            anker.setLong(1, volgnummer);
                            anker.setString(2, hash);
                            anker.setTimestamp(3, Timestamp.from(Instant.now()));
                            anker.setString(4, TestDatabase.LOGBOEKSLEUTEL.zegel(Logboektekst.anker(volgnummer, hash)));
                            anker.executeUpdate();
                        }
                        vorige = hash;
                        geketend++;
                    }
                }
                c.commit();
                return geketend;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }
}
