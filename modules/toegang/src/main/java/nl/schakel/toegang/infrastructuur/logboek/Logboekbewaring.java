package nl.schakel.toegang.infrastructuur.logboek;

import nl.schakel.gedeeld.sql.Kolommen;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.schakel.toegang.infrastructuur.logboek.Ankerbestand.Snede;

/**
 * The logboek's retention rule carried out (issue 14): the oldest months whose every row is older than the rule are
 * dropped whole (their partitions), after a signed cut at the last of their volgnummers. Run by the schema owner
 * ({@code ./schakel logboek-bewaring}); the API's role cannot drop or detach a partition.
 * <p>
 * Refused, with the reason and nothing changed, when: the chain is not whole (a cut must not launder tampering: the
 * full check runs first); a row of those months is not chained yet; rows of those months and of later ones interleave
 * in the chain (at a month's boundary a row written just before midnight can commit just after one written just
 * after it: then the months wait until the next cut); or rows without a month of their own (the default partition)
 * are as old.
 * <p>
 * The cut goes into {@code logboek.snede} in the same transaction as the drop, then into the anchor file; a run
 * interrupted between the two writes the missing line first the next time it runs.
 */
public final class Logboekbewaring {

    private static final Pattern MAANDPARTITIE = Pattern.compile("regel_(\\d{4})_(\\d{2})");

    private final Connection eigenaar;
    private final Logboeksleutel sleutel;
    private final Ankerbestand ankerbestand;

    public Logboekbewaring(Connection eigenaar, Logboeksleutel sleutel, Ankerbestand ankerbestand) {
        this.eigenaar = eigenaar;
        this.sleutel = sleutel;
        this.ankerbestand = ankerbestand;
    }

    /** What would go: the month partitions whose last moment is older than the rule on {@code peildatum}. */
    public record Voorstel(List<YearMonth> maanden, long regels) {
        public boolean leeg() {
            return maanden.isEmpty();
        }
    }

    /** The outcome of a cut. */
    public record Uitkomst(Voorstel voorstel, Optional<Snede> snede) {}

    /** The logboek cannot be cut now; nothing was changed. */
    public static final class Geweigerd extends RuntimeException {
        public Geweigerd(String reden) {
            super(reden);
        }
    }

    public Voorstel voorstel(LocalDate peildatum, Period termijn) throws SQLException {
        List<YearMonth> maanden = new ArrayList<>();
        for (YearMonth maand : maandpartities()) {
            // a month may go when its last moment is older than the rule: the whole partition goes at once
            if (!maand.plusMonths(1).atDay(1).plus(termijn).isAfter(peildatum)) {
                maanden.add(maand);
            }
        }
        long regels = maanden.isEmpty() ? 0 : telRegelsVoor(grens(maanden));
        return new Voorstel(List.copyOf(maanden), regels);
    }

    /** Drops what {@link #voorstel} names, after a signed cut; refuses (and changes nothing) when it may not. */
    public Uitkomst snijd(LocalDate peildatum, Period termijn) throws SQLException {
        schrijfOntbrekendeSneden();
        Voorstel voorstel = voorstel(peildatum, termijn);
        if (voorstel.leeg()) {
            return new Uitkomst(voorstel, Optional.empty());
        }
        Logboekcontroleur.Uitslag controle = new Logboekcontroleur(eigenaar, Optional.of(sleutel), Optional.of(ankerbestand))
                .controleer(true);
        if (!controle.heel()) {
            throw new Geweigerd("het logboek is niet heel (" + controle.bevindingen().get(0)
                    + "); eerst uitzoeken, dan pas vernietigen: een snede mag geen sporen wissen");
        }
        Instant grens = grens(voorstel.maanden());
        boolean autocommit = eigenaar.getAutoCommit();
        eigenaar.setAutoCommit(false);
        Snede snede;
        try {
            try (Statement s = eigenaar.createStatement()) {
                // no row may be written or chained into the months while they are counted and dropped
                s.execute("lock table logboek.regel, logboek.keten in share row exclusive mode");
            }
            snede = teSnijden(voorstel, grens);
            try (PreparedStatement s = eigenaar.prepareStatement("insert into logboek.snede (tot_volgnummer, hash, tot_maand,"
                    + " regels, tijdstip, handtekening) values (?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, snede.totVolgnummer());
                s.setString(2, snede.hash());
                s.setObject(3, snede.totMaand().atDay(1));
                s.setLong(4, snede.regels());
                s.setObject(5, snede.tijdstip().atOffset(ZoneOffset.UTC));
                s.setString(6, snede.handtekening());
                s.executeUpdate();
            }
            try (Statement s = eigenaar.createStatement()) {
                for (YearMonth maand : voorstel.maanden()) {
                    // the month of rows and its month of links (V8) go together
                    for (String tabel : List.of("regel", "keten")) {
                        String partitie = String.format("logboek.%s_%04d_%02d", tabel, maand.getYear(), maand.getMonthValue());
                        s.execute("alter table logboek." + tabel + " detach partition " + partitie);
                        s.execute("drop table " + partitie);
                    }
                }
            }
            eigenaar.commit();
        } catch (SQLException | RuntimeException e) {
            eigenaar.rollback();
            throw e;
        } finally {
            eigenaar.setAutoCommit(autocommit);
        }
        ankerbestand.voegToe(snede);
        return new Uitkomst(voorstel, Optional.of(snede));
    }

    private Snede teSnijden(Voorstel voorstel, Instant grens) throws SQLException {
        long vorigeSnede = laatsteSnede();
        long regels;
        long ongeketend;
        long laagste;
        long hoogste;
        try (PreparedStatement s = eigenaar.prepareStatement("select count(*), count(*) filter (where volgnummer is null),"
                + " coalesce(min(volgnummer), 0), coalesce(max(volgnummer), 0) from logboek.regel_geketend where tijdstip < ?")) {
            s.setObject(1, grens.atOffset(ZoneOffset.UTC));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                regels = r.getLong(1);
                ongeketend = r.getLong(2);
                laagste = r.getLong(3);
                hoogste = r.getLong(4);
            }
        }
        if (ongeketend > 0) {
            throw new Geweigerd(ongeketend + " regel(s) van " + voorstel.maanden() + " zijn nog niet geketend");
        }
        if (telRegelsZonderMaand(grens) > 0) {
            throw new Geweigerd("de standaardpartitie (regel_overig) heeft regels van vóór " + grens
                    + "; die kunnen niet per maand weg");
        }
        // the months hold exactly volgnummers vorigeSnede+1 .. hoogste, so no later row has one of them
        if (regels == 0 || laagste != vorigeSnede + 1 || hoogste - vorigeSnede != regels) {
            throw new Geweigerd("de maanden " + voorstel.maanden() + " houden niet precies de volgnummers " + (vorigeSnede + 1)
                    + " t/m " + hoogste + " (regels rond de maandgrens lopen door elkaar); probeer het bij de volgende snede");
        }
        String hash;
        try (PreparedStatement s = eigenaar.prepareStatement("select hash from logboek.keten where volgnummer = ?")) {
            s.setLong(1, hoogste);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                hash = r.getString(1).trim();
            }
        }
        YearMonth totMaand = voorstel.maanden().get(voorstel.maanden().size() - 1);
        return new Snede(hoogste, hash, totMaand, regels, Logboektekst.opMicroseconden(Instant.now()),
                sleutel.zegel(Logboektekst.snede(hoogste, hash, totMaand, regels)));
    }

    /** The cuts in the database that the file lacks (a run interrupted after its commit), appended now. */
    private void schrijfOntbrekendeSneden() throws SQLException {
        List<Long> inBestand = ankerbestand.sneden().stream().map(Snede::totVolgnummer).toList();
        for (Snede snede : sneden(eigenaar)) {
            if (!inBestand.contains(snede.totVolgnummer())) {
                ankerbestand.voegToe(snede);
            }
        }
    }

    /** Every cut recorded in the database, oldest first. */
    static List<Snede> sneden(Connection verbinding) throws SQLException {
        List<Snede> sneden = new ArrayList<>();
        try (Statement s = verbinding.createStatement(); ResultSet r = s.executeQuery("select to_regclass('logboek.snede')")) {
            if (r.next() && r.getString(1) == null) {
                return sneden; // a logboek before V4 (the check also reads those)
            }
        }
        try (Statement s = verbinding.createStatement();
                ResultSet r = s.executeQuery("select tot_volgnummer, hash, tot_maand, regels, tijdstip, handtekening"
                        + " from logboek.snede order by tot_volgnummer")) {
            while (r.next()) {
                sneden.add(new Snede(r.getLong(1), r.getString(2).trim(), YearMonth.from(Kolommen.datum(r, 3)),
                        r.getLong(4), r.getTimestamp(5).toInstant(), r.getString(6).trim()));
            }
        }
        return sneden;
    }

    private long laatsteSnede() throws SQLException {
        List<Snede> sneden = sneden(eigenaar);
        return sneden.isEmpty() ? 0 : sneden.get(sneden.size() - 1).totVolgnummer();
    }

    private List<YearMonth> maandpartities() throws SQLException {
        List<YearMonth> maanden = new ArrayList<>();
        try (Statement s = eigenaar.createStatement();
                ResultSet r = s.executeQuery("select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid"
                        + " where i.inhparent = 'logboek.regel'::regclass")) {
            while (r.next()) {
                Matcher m = MAANDPARTITIE.matcher(r.getString(1));
                if (m.matches()) {
                    maanden.add(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
                }
            }
        }
        maanden.sort(null);
        return maanden;
    }

    /** The first moment after the last month (UTC, as the partitions' bounds). */
    private static Instant grens(List<YearMonth> maanden) {
        return maanden.get(maanden.size() - 1).plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Rows older than {@code grens}, in every month. */
    private long telRegelsVoor(Instant grens) throws SQLException {
        return telVoor("select count(*) from logboek.regel where tijdstip < ?", grens);
    }

    /** Rows older than {@code grens} that found no month and sit in the default partition. */
    private long telRegelsZonderMaand(Instant grens) throws SQLException {
        return telVoor("select count(*) from logboek.regel_overig where tijdstip < ?", grens);
    }

    private long telVoor(String telling, Instant grens) throws SQLException {
        try (PreparedStatement s = eigenaar.prepareStatement(telling)) {
            s.setObject(1, grens.atOffset(ZoneOffset.UTC));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
