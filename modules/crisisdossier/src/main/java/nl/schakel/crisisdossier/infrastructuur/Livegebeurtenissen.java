package nl.schakel.crisisdossier.infrastructuur;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import nl.schakel.crisisdossier.domein.Livegebeurtenis;
import nl.schakel.crisisdossier.domein.Livegebeurtenis.Soort;
import nl.schakel.crisisdossier.toepassing.Livestromen;
import nl.schakel.gedeeld.sql.Kolommen;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * The live events of the crisis files. A number is taken by raising the file's {@code laatste_volgnummer}, which locks
 * the file's row until the commit: two changes to one file commit one after the other, so the numbers follow the
 * commit order and a screen that saw n and asks for what came after misses nothing. Take it as late in the transaction
 * as possible (it serialises the file's writers), before the outbox and the logboek (their locks come after this one in
 * every transaction). After the commit the open streams of this server are told ({@link Livestromen}); a rollback
 * tells nobody, and its number is never seen (the row update rolled back with it).
 */
@ApplicationScoped
public class Livegebeurtenissen {

    @Inject
    DataSource database; // one connection per transaction (Appdatabase)

    @Resource
    TransactionSynchronizationRegistry transacties;

    @Inject
    Livestromen stromen;

    protected Livegebeurtenissen() {}

    /** Outside a container (tests, benchmarks): a data source, and no stream to tell. */
    public Livegebeurtenissen(DataSource database) {
        this.database = database;
    }

    /** Records the event in the caller's transaction and returns its number. */
    public long legVast(UUID dossierId, Soort soort, Optional<UUID> onderwerp, Optional<Gegevenscategorie> categorie,
            Optional<String> organisatie, Instant op) {
        try (Connection c = database.getConnection()) {
            long volgnummer;
            try (PreparedStatement s = c.prepareStatement("update crisisdossier.crisisdossier set laatste_volgnummer ="
                    + " laatste_volgnummer + 1 where id = ? returning laatste_volgnummer")) {
                s.setObject(1, dossierId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    volgnummer = r.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("insert into crisisdossier.livegebeurtenis (crisisdossier_id, volgnummer,"
                    + " soort, onderwerp_id, categorie, organisatie_code, op) values (?, ?, ?, ?, ?, ?, ?)")) {
                s.setObject(1, dossierId);
                s.setLong(2, volgnummer);
                s.setString(3, soort.name());
                s.setObject(4, onderwerp.orElse(null));
                s.setString(5, categorie.map(Enum::name).orElse(null));
                s.setString(6, organisatie.orElse(null));
                s.setObject(7, op.atOffset(ZoneOffset.UTC));
                s.executeUpdate();
            }
            if (transacties != null) {
                transacties.registerInterposedSynchronization(new NaCommit(stromen, dossierId, volgnummer));
            }
            return volgnummer;
        } catch (SQLException e) {
            throw new IllegalStateException("livegebeurtenis niet vastgelegd", e);
        }
    }

    /** What happened in the file after {@code na}, in order, at most {@code maximum}; outside any transaction. */
    public List<Livegebeurtenis> na(UUID dossierId, long na, int maximum) {
        List<Livegebeurtenis> gebeurtenissen = new ArrayList<>();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement("select volgnummer, soort,"
                + " onderwerp_id, categorie, organisatie_code, op from crisisdossier.livegebeurtenis where crisisdossier_id = ?"
                + " and volgnummer > ? order by volgnummer limit ?")) {
            s.setObject(1, dossierId);
            s.setLong(2, na);
            s.setInt(3, maximum);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    gebeurtenissen.add(new Livegebeurtenis(dossierId, r.getLong(1), Soort.valueOf(r.getString(2)),
                            Optional.ofNullable(Kolommen.uuid(r, 3)), Optional.ofNullable(r.getString(4)).map(Gegevenscategorie::valueOf),
                            Optional.ofNullable(r.getString(5)), Kolommen.tijdstip(r, 6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("livegebeurtenissen niet gelezen", e);
        }
        return gebeurtenissen;
    }

    /** The file's last event number (0 before any); outside any transaction. */
    public long stand(UUID dossierId) {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("select laatste_volgnummer from crisisdossier.crisisdossier where id = ?")) {
            s.setObject(1, dossierId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("stand van de livegebeurtenissen niet gelezen", e);
        }
    }

    /** Tells the streams after a successful commit only. */
    private record NaCommit(Livestromen stromen, UUID dossierId, long volgnummer) implements Synchronization {

        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                stromen.gewijzigd(dossierId, volgnummer);
            }
        }
    }
}
