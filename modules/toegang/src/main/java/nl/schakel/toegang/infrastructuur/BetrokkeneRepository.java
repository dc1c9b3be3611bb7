package nl.schakel.toegang.infrastructuur;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import nl.schakel.gedeeld.sql.Kolommen;
import nl.schakel.toegang.domein.betrokkene.Bsnkenmerk;
import nl.schakel.toegang.domein.betrokkene.Naamkenmerk;

/**
 * The person registry in schema {@code betrokkene}, by plain JDBC. Connections come from the JTA pool and so share
 * the caller's transaction: a person registered for an overdracht that rolls back is gone with it.
 */
@ApplicationScoped
public class BetrokkeneRepository {

    @Inject
    DataSource database; // one connection per transaction (Appdatabase)

    public BetrokkeneRepository() {}

    public BetrokkeneRepository(DataSource database) {
        this.database = database;
    }

    /**
     * The person with this kenmerk, registered now if nobody was. Concurrently safe without a lock of our own: a
     * second transaction inserting the same kenmerk waits on the unique index until the first commits (then its
     * insert does nothing and the select, a new statement under read committed, sees the first one's row) or rolls
     * back (then its own insert goes ahead).
     */
    public UUID metKenmerk(Bsnkenmerk kenmerk) {
        try (Connection c = database.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("insert into betrokkene.persoon (id, bsn_kenmerk) values (?, ?) "
                    + "on conflict (bsn_kenmerk) do nothing returning id")) {
                s.setObject(1, UUID.randomUUID());
                s.setBytes(2, kenmerk.waarde());
                Optional<UUID> nieuw = eersteId(s);
                if (nieuw.isPresent()) {
                    return nieuw.get();
                }
            }
            return zoek(c, kenmerk).orElseThrow(() -> new IllegalStateException(
                    "betrokkene niet te registreren: de rij van een gelijktijdige transactie is niet zichtbaar"
                            + " (isolatieniveau boven read committed?)"));
        } catch (SQLException e) {
            throw new IllegalStateException("betrokkene niet te registreren", e);
        }
    }

    /** The person with this kenmerk, without registering one: looking up is not yet processing a new person. */
    public Optional<UUID> zoek(Bsnkenmerk kenmerk) {
        try (Connection c = database.getConnection()) {
            return zoek(c, kenmerk);
        } catch (SQLException e) {
            throw new IllegalStateException("betrokkene niet te lezen", e);
        }
    }

    /** Whether {@code id} is a registered person without a BSN kenmerk. */
    public boolean isZonderKenmerk(UUID id) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "select 1 from betrokkene.persoon where id = ? and bsn_kenmerk is null")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("betrokkene niet te lezen", e);
        }
    }

    /** A new person without a BSN. */
    public UUID nieuw() {
        UUID id = UUID.randomUUID();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into betrokkene.persoon (id) values (?)")) {
            s.setObject(1, id);
            s.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("betrokkene niet te registreren", e);
        }
    }

    /**
     * Keeps each name kenmerk with its person; a pair that is there already stays as it is. The caller passes them in
     * one fixed order (kenmerk, then id), so two transactions that meet the same names cannot deadlock on them.
     */
    public void legNaamkenmerkenVast(Collection<Naamkoppeling> koppelingen) {
        if (koppelingen.isEmpty()) {
            return;
        }
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into betrokkene.naamkenmerk (kenmerk, persoon_id) values (?, ?) on conflict do nothing")) {
            for (Naamkoppeling koppeling : koppelingen) {
                s.setBytes(1, koppeling.kenmerk().waarde());
                s.setObject(2, koppeling.persoon());
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("naamkenmerk niet vast te leggen", e);
        }
    }

    /** Every person registered with this name kenmerk (none, one, or several who share a name and a date). */
    public List<UUID> zoek(Naamkenmerk kenmerk) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "select persoon_id from betrokkene.naamkenmerk where kenmerk = ? order by persoon_id")) {
            s.setBytes(1, kenmerk.waarde());
            List<UUID> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(Kolommen.uuid(r, 1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("betrokkene niet te lezen", e);
        }
    }

    /** One name kenmerk of one person; ordered by kenmerk, then person. */
    public record Naamkoppeling(Naamkenmerk kenmerk, UUID persoon) implements Comparable<Naamkoppeling> {
        @Override
        public int compareTo(Naamkoppeling ander) {
            int opKenmerk = kenmerk.compareTo(ander.kenmerk);
            return opKenmerk != 0 ? opKenmerk : persoon.compareTo(ander.persoon);
        }
    }

    private static Optional<UUID> zoek(Connection c, Bsnkenmerk kenmerk) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select id from betrokkene.persoon where bsn_kenmerk = ?")) {
            s.setBytes(1, kenmerk.waarde());
            return eersteId(s);
        }
    }

    private static Optional<UUID> eersteId(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.of(Kolommen.uuid(r, 1)) : Optional.empty();
        }
    }
}
