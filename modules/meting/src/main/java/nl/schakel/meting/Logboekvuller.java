package nl.schakel.meting;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.schakel.gedeeld.sql.Kolommen;
import nl.schakel.toegang.domein.logboek.Logboekregel;
import nl.schakel.toegang.domein.logboek.Uitkomst;
import nl.schakel.toegang.infrastructuur.logboek.Ankerbestand;
import nl.schakel.toegang.infrastructuur.logboek.Ankerbestand.Anker;
import nl.schakel.toegang.infrastructuur.logboek.Logboek;
import nl.schakel.toegang.infrastructuur.logboek.Logboekketen;
import nl.schakel.toegang.infrastructuur.logboek.Logboeksleutel;
import nl.schakel.toegang.infrastructuur.logboek.Logboektekst;
import org.postgresql.PGConnection;

/**
 * Fills the logboek of a benchmark's own platform with N realistic rows spread over the last five years, in minutes:
 * 6,000 users (some much busier than others) in 150 organisations, 400,000 betrokkenen (1–3 per row), 300,000
 * resources of four types, eight actions, 3 % refused. Each row is what the platform itself would hold once chained:
 * sealed with the home's logboek key, given its link (volgnummer and hash, in logboek.keten) after the chain's current end, with a signed
 * checkpoint every {@code ankerinterval} rows in {@code logboek.ankerpunt} and in the anchor file, so that
 * {@code logboek-controle} checks them like any other rows.
 *
 * <p>Why it is fast: rows go in by COPY in blocks of 50,000, built in this JVM while the previous block is being
 * copied, with the row triggers off for this session only ({@code session_replication_role = replica}, as the
 * superuser of the benchmark's own database): the insert trigger would set the row unchained and draw an insertion
 * number per row, and the chain columns are computed here instead; so the filler moves the chain's recorded end
 * ({@code logboek.kop}) and its place in the chainer's order itself. Month partitions keep each month's indexes small,
 * so the indexes stay on. While it runs it holds the chainer's lock (7514), so the platform's chainer waits and the
 * chain's end cannot move; the platform must not be under load meanwhile (its own rows would wait to be chained).
 *
 * <p>Only for a benchmark's own throw-away database: switching triggers off is exactly what the platform's roles
 * cannot do.
 */
final class Logboekvuller {

    private static final int PER_COPY = 50_000;
    private static final int GEBRUIKERS = 6_000;
    private static final int ORGANISATIES = 150;
    private static final int BETROKKENEN = 400_000;
    private static final int BRONNEN = 300_000;
    private static final String[] HANDELINGEN = {"overdracht.lezen", "overdracht.zoeken", "overdracht.wijzigen",
        "casusoverleg.lezen", "casusoverleg.inbreng-lezen", "crisisdossier.lezen", "overdracht.exporteren", "logboek.lezen"};
    private static final String[] BRONTYPEN = {"OVERDRACHT", "CASUSOVERLEG", "AGENDAPUNT", "CRISISDOSSIER"};
    private static final String[] ROLLEN = {"wijkteammedewerker", "procesregisseur", "casusregisseur", "politie-medewerker"};
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSX").withZone(ZoneOffset.UTC);
    /** The platform's own columns, then the chain's, which the filler sets itself (the rows arrive chained). */
    private static final String KOLOMMEN = Logboek.KOLOMMEN + ", transactie, invoegnummer";
    /** The links of the filled rows (logboek V8: the chain in a table of its own). */
    private static final String SCHAKELKOLOMMEN = "volgnummer, id, tijdstip, vorige_hash, hash";
    /** The transaction id of the filled rows when the chain is still empty (the lowest normal id). */
    private static final String TRANSACTIE = "3";

    private final Connection superuser;
    private final Logboeksleutel sleutel;
    private final Ankerbestand ankerbestand;
    private final long ankerinterval;

    Logboekvuller(Connection superuser, Logboeksleutel sleutel, Ankerbestand ankerbestand, long ankerinterval) {
        this.superuser = superuser;
        this.sleutel = sleutel;
        this.ankerbestand = ankerbestand;
        this.ankerinterval = ankerinterval;
    }

    /** What was filled, how fast, and what it takes on disk (all months of the logboek, indexes included). */
    record Uitslag(long regels, long vanafVolgnummer, Duration duur, Duration vacuum, int ankerpunten, long bytes, long tabelBytes) {
        double perSeconde() {
            return regels / (duur.toNanos() / 1e9);
        }

        double mbPerMiljoen(long totaal) {
            return bytes / 1e6 / (totaal / 1e6);
        }
    }

    /**
     * Fills {@code n} rows (deterministic for one {@code zaad}, apart from ids and times); {@code vacuum}: afterwards
     * {@code vacuum (analyze)} as autovacuum would have done over five years, else {@code analyze} only (quicker, but
     * autovacuum then works through the months in the background for a while).
     */
    Uitslag vul(long n, long zaad, boolean vacuum) throws Exception {
        if (n < 1) {
            throw new IllegalArgumentException("vul ten minste één regel, niet " + n);
        }
        Instant eind = Instant.now().minus(1, ChronoUnit.HOURS);
        Instant begin = ZonedDateTime.ofInstant(eind, ZoneOffset.UTC).minusYears(5).toInstant();
        boolean autocommit = superuser.getAutoCommit();
        superuser.setAutoCommit(true);
        try (Statement s = superuser.createStatement()) {
            s.execute("select pg_advisory_lock(" + Logboekketen.SLOT + ")");
            try {
                for (int m = 0; m <= 61; m++) {
                    s.execute("select logboek.maak_maand('" + ZonedDateTime.ofInstant(begin, ZoneOffset.UTC).plusMonths(m).toLocalDate() + "')");
                }
                long volgnummer;
                String vorige;
                // the filled rows come after the chain's end in the chainer's order too: the end's transaction,
                // insertion numbers after it
                String transactie = TRANSACTIE;
                try (ResultSet kop = s.executeQuery("select volgnummer, hash, transactie::text from logboek.kop")) {
                    kop.next();
                    volgnummer = kop.getLong(1);
                    vorige = kop.getString(2);
                    if (kop.getString(3) != null) {
                        transactie = kop.getString(3);
                    }
                }
                long vanaf = volgnummer + 1;
                // a range of insertion numbers of its own: the platform's rows after the fill get the next ones
                long invoeg;
                try (ResultSet r = s.executeQuery("select nextval('logboek.regel_invoegnummer')")) {
                    r.next();
                    invoeg = r.getLong(1);
                }
                s.execute("select setval('logboek.regel_invoegnummer', " + (invoeg + n) + ")");
                s.execute("set session_replication_role = replica");
                long start = System.nanoTime();
                List<Anker> ankers = new ArrayList<>();
                SplittableRandom toeval = new SplittableRandom(zaad);
                long stap = Duration.between(begin, eind).toNanos() / n;
                Instant nu = Logboektekst.opMicroseconden(Instant.now());
                PGConnection pg = superuser.unwrap(PGConnection.class);
                String copy = "copy logboek.regel (" + KOLOMMEN + ") from stdin";
                String copySchakels = "copy logboek.keten (" + SCHAKELKOLOMMEN + ") from stdin";
                ExecutorService kopieerder = Executors.newSingleThreadExecutor();
                try {
                    Future<Long> vorigeBlok = null;
                    StringBuilder blok = new StringBuilder(PER_COPY * 700);
                    StringBuilder schakels = new StringBuilder(PER_COPY * 220);
                    for (long i = 0; i < n; i++) {
                        Instant tijdstip = Logboektekst.opMicroseconden(begin.plusNanos(i * stap + toeval.nextLong(Math.max(1, stap))));
                        Logboekregel regel = rij(toeval, tijdstip);
                        volgnummer++;
                        String hash = Logboektekst.hash(vorige, volgnummer, regel);
                        regel(blok, regel, transactie, invoeg + i);
                        schakels.append(volgnummer).append('\t').append(regel.id()).append('\t').append(TIJD.format(regel.tijdstip()))
                                .append('\t').append(vorige).append('\t').append(hash).append('\n');
                        if (volgnummer % ankerinterval == 0) {
                            ankers.add(new Anker(volgnummer, hash, nu, sleutel.zegel(Logboektekst.anker(volgnummer, hash))));
                        }
                        vorige = hash;
                        if ((i + 1) % PER_COPY == 0 || i == n - 1) {
                            if (vorigeBlok != null) {
                                vorigeBlok.get();
                            }
                            String tekst = blok.toString();
                            String schakeltekst = schakels.toString();
                            // the block's rows, then their links (the same session, one after the other)
                            vorigeBlok = kopieerder.submit(() -> {
                                long rijen = pg.getCopyAPI().copyIn(copy, new StringReader(tekst));
                                pg.getCopyAPI().copyIn(copySchakels, new StringReader(schakeltekst));
                                return rijen;
                            });
                            blok = new StringBuilder(PER_COPY * 700);
                            schakels = new StringBuilder(PER_COPY * 220);
                        }
                    }
                    if (vorigeBlok != null) {
                        vorigeBlok.get();
                    }
                } finally {
                    kopieerder.shutdownNow();
                }
                try (PreparedStatement a = superuser.prepareStatement(
                        "insert into logboek.ankerpunt (volgnummer, hash, tijdstip, handtekening) values (?, ?, ?, ?)")) {
                    for (Anker anker : ankers) {
                        a.setLong(1, anker.volgnummer());
                        a.setString(2, anker.hash());
                        a.setTimestamp(3, Timestamp.from(anker.tijdstip()));
                        a.setString(4, anker.handtekening());
                        a.addBatch();
                    }
                    a.executeBatch();
                }
                // the end and its place in the chainer's order (V7): the last filled row's
                try (PreparedStatement k = superuser.prepareStatement(
                        "update logboek.kop set volgnummer = ?, hash = ?, transactie = ?::xid8, invoegnummer = ?")) {
                    k.setLong(1, volgnummer);
                    k.setString(2, vorige);
                    k.setString(3, transactie);
                    k.setLong(4, invoeg + n - 1);
                    k.executeUpdate();
                }
                s.execute("set session_replication_role = origin");
                // the file outside the database gets the same checkpoints, as the chainer appends its own after commit
                ankerbestand.voegToe(ankers);
                Duration duur = Duration.ofNanos(System.nanoTime() - start);
                // what autovacuum would have done over five years: the visibility map lets the fast check count
                // the checked-off part from the links' volgnummer index alone, and the planner gets its statistics
                long vacuumStart = System.nanoTime();
                s.execute(vacuum ? "vacuum (analyze) logboek.regel, logboek.keten" : "analyze logboek.regel, logboek.keten");
                if (!vacuum) {
                    // what vacuum and autosummarize would have done meanwhile: each month's blocks summarised in its
                    // BRIN index on tijdstip (V11); a fill this fast overruns autovacuum's queue of summary requests
                    s.execute("select brin_summarize_new_values(inhrelid) from pg_inherits"
                            + " where inhparent = 'logboek.regel_tijdstip_blokken'::regclass");
                }
                Duration opruimen = Duration.ofNanos(System.nanoTime() - vacuumStart);
                // the rows and their links together: what a month of the logboek takes on disk
                String delen = "from pg_inherits where inhparent in ('logboek.regel'::regclass, 'logboek.keten'::regclass)";
                return new Uitslag(n, vanaf, duur, opruimen, ankers.size(),
                        waarde(s, "select sum(pg_total_relation_size(inhrelid)) " + delen),
                        waarde(s, "select sum(pg_relation_size(inhrelid)) " + delen));
            } finally {
                s.execute("set session_replication_role = origin");
                s.execute("select pg_advisory_unlock(" + Logboekketen.SLOT + ")");
            }
        } finally {
            superuser.setAutoCommit(autocommit);
        }
    }

    /** A betrokkene that occurs in the last months, the {@code k}-th one found (so the question finds something). */
    UUID betrokkeneUitDeLaatsteMaanden(int k) throws SQLException {
        try (Statement s = superuser.createStatement(); ResultSet r = s.executeQuery("select betrokkenen[1] from logboek.regel"
                + " where tijdstip >= now() - interval '6 months' and tijdstip < now() - interval '2 hours'"
                + " order by tijdstip desc offset " + (k * 997L) + " limit 1")) {
            if (!r.next()) {
                throw new IllegalStateException("geen gevulde regel in de laatste zes maanden");
            }
            return Kolommen.uuid(r, 1);
        }
    }

    private static Logboekregel rij(SplittableRandom toeval, Instant tijdstip) {
        int gebruiker = (int) Math.floor(Math.pow(toeval.nextDouble(), 2) * GEBRUIKERS); // some users are much busier
        int aantal = 1 + toeval.nextInt(3);
        List<UUID> betrokkenen = new ArrayList<>(aantal);
        for (int b = 0; b < aantal; b++) {
            betrokkenen.add(uuid("betrokkene", toeval.nextInt(BETROKKENEN)));
        }
        boolean geweigerd = toeval.nextInt(100) < 3;
        return new Logboekregel(new UUID(toeval.nextLong(), toeval.nextLong()), 0, tijdstip, "gebruiker-" + gebruiker,
                "Medewerker " + gebruiker, Optional.empty(), Optional.of("ORG-" + (gebruiker % ORGANISATIES)),
                ROLLEN[gebruiker % ROLLEN.length], HANDELINGEN[toeval.nextInt(HANDELINGEN.length)],
                Optional.of(BRONTYPEN[toeval.nextInt(BRONTYPEN.length)]), Optional.of(uuid("bron", toeval.nextInt(BRONNEN))),
                betrokkenen, Optional.of("OVERDRACHT"), Optional.of("Wmo 2015"), Optional.of(geweigerd ? "GEEN" : "EIGENAAR"), false,
                geweigerd ? Uitkomst.GEWEIGERD : Uitkomst.TOEGESTAAN, "schakel-web", "10.0." + (gebruiker % 250) + ".1",
                new UUID(toeval.nextLong(), toeval.nextLong()).toString(), null, 0);
    }

    /** One COPY text line: the row as the platform writes it, sealed, and its chain columns as the chainer sets them. */
    private void regel(StringBuilder b, Logboekregel r, String transactie, long invoegnummer) {
        String zegel = sleutel.zegel(Logboektekst.zegel(r));
        b.append(r.id()).append('\t').append(TIJD.format(r.tijdstip())).append('\t').append(r.gebruikerId()).append('\t')
                .append(r.gebruikerNaam()).append('\t').append("\\N").append('\t').append(r.organisatie().orElseThrow()).append('\t')
                .append(r.rol()).append('\t').append(r.handeling()).append('\t').append(r.bronType().orElseThrow()).append('\t')
                .append(r.bronId().orElseThrow()).append('\t').append('{');
        for (int i = 0; i < r.betrokkenen().size(); i++) {
            b.append(i == 0 ? "" : ",").append(r.betrokkenen().get(i));
        }
        b.append('}').append('\t').append(r.doel().orElseThrow()).append('\t').append(r.grondslag().orElseThrow()).append('\t')
                .append(r.toegangReden().orElseThrow()).append('\t').append(r.noodtoegang() ? 't' : 'f').append('\t')
                .append(r.uitkomst().name()).append('\t').append(r.clientId()).append('\t').append(r.bronAdres()).append('\t')
                .append(r.correlatieId()).append('\t').append(zegel).append('\t').append(transactie).append('\t').append(invoegnummer)
                .append('\n');
    }

    private static UUID uuid(String soort, int nummer) {
        return UUID.nameUUIDFromBytes((soort + nummer).getBytes(StandardCharsets.UTF_8));
    }

    private static long waarde(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
