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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.schakel.toegang.domein.logboek.Logboekregel;
import nl.schakel.toegang.infrastructuur.logboek.Ankerbestand.Anker;
import nl.schakel.toegang.infrastructuur.logboek.Ankerbestand.Snede;
import nl.schakel.toegang.infrastructuur.logboek.Regelplaatsen.GelezenRegel;
import nl.schakel.toegang.infrastructuur.logboek.Regelplaatsen.Plaats;

/**
 * The check behind {@code ./schakel logboek-controle}, in Java over the raw columns (it trusts no function in the
 * database, which a superuser could have replaced):
 * <ol>
 * <li>every checkpoint: its signature (with the key), the chain's hash at its row, and the same line in the
 *     {@link Ankerbestand} outside the database;</li>
 * <li>the chain from the last checkpoint (or from the first row with {@code volledig}): no missing number, each
 *     row linked to the previous one, each hash over the row's content, each zegel (rows after V1) made with the
 *     key;</li>
 * <li>the unchained tail: how many, the oldest one's age, and each zegel.</li>
 * </ol>
 * A superuser who rewrites a row and recomputes every later hash is found by the first checkpoint after the row
 * (signature and file no longer match) or, after the last checkpoint, by the row's zegel. A naive edit that leaves
 * the hash inconsistent before the last checkpoint is only found by the full check: run it regularly.
 */
public final class Logboekcontroleur {

    /**
     * The next links after a number, in the chain's order, from the earliest month they are in: each month's volgnummer
     * index, merged, read a batch at a time. Their rows are read by {@link Regelplaatsen}, a batch at a time as well.
     * The walk used to be one statement over the view of rows and links ordered by volgnummer; at 50 M rows PostgreSQL
     * joined and sorted all of them at once, and the full check stopped after three minutes when the sort had filled the
     * disk (docs/metingen.md, "the eighth day").
     */
    static final String SCHAKELS = "select volgnummer, id, tijdstip, vorige_hash, hash from logboek.keten"
            + " where volgnummer > ? and tijdstip >= ? order by volgnummer limit ?";

    /** Links (and their rows) per batch of the walk: large enough that a batch's statements cost little per row. */
    static final int PARTIJ = 5_000;

    /** At most this many findings are listed; the first is the one that counts. */
    static final int MAX_BEVINDINGEN = 50;

    private final Connection verbinding;
    private final Optional<Logboeksleutel> sleutel;
    private final Optional<Ankerbestand> ankerbestand;
    private final int partijgrootte;

    public Logboekcontroleur(Connection verbinding, Optional<Logboeksleutel> sleutel, Optional<Ankerbestand> ankerbestand) {
        this(verbinding, sleutel, ankerbestand, PARTIJ);
    }

    /** With smaller batches, so that a test walks across their edges. */
    Logboekcontroleur(Connection verbinding, Optional<Logboeksleutel> sleutel, Optional<Ankerbestand> ankerbestand, int partij) {
        this.verbinding = verbinding;
        this.sleutel = sleutel;
        this.ankerbestand = ankerbestand;
        this.partijgrootte = partij;
    }

    /** One thing that does not match, where it is and what. */
    public record Bevinding(String plaats, String probleem) {
        @Override
        public String toString() {
            return plaats + ": " + probleem;
        }
    }

    /** The outcome; {@code heel} when there are no findings. */
    public record Uitslag(long geketend, long gecontroleerdVanaf, long regelsGecontroleerd, int ankerpunten,
            long ongeketend, Optional<Duration> oudsteOngeketend, List<Bevinding> bevindingen, List<String> opmerkingen) {
        public boolean heel() {
            return bevindingen.isEmpty();
        }
    }

    public Uitslag controleer(boolean volledig) throws SQLException {
        boolean autocommit = verbinding.getAutoCommit();
        verbinding.setAutoCommit(false); // a cursor, so 50 M rows stream instead of filling the heap
        try (Statement s = verbinding.createStatement()) {
            // one snapshot for the whole check: rows chained meanwhile do not move between tail and chain
            s.execute("set transaction isolation level repeatable read, read only");
            return controleerIn(volledig);
        } finally {
            verbinding.rollback();
            verbinding.setAutoCommit(autocommit);
        }
    }

    private Uitslag controleerIn(boolean volledig) throws SQLException {
        List<Bevinding> bevindingen = new ArrayList<>();
        List<String> opmerkingen = new ArrayList<>();
        if (sleutel.isEmpty()) {
            opmerkingen.add("zonder logboeksleutel: zegels en handtekeningen zijn niet gecontroleerd");
        }
        long laatsteV1 = laatsteV1();

        // 0. retention cuts: rows 1..k were dropped under the retention rule; the chain goes on from the latest cut
        List<Snede> sneden = Logboekbewaring.sneden(verbinding);
        for (Snede snede : sneden) {
            if (sleutel.isPresent() && !sleutel.get().klopt(Logboektekst.snede(snede.totVolgnummer(), snede.hash(),
                    snede.totMaand(), snede.regels()), snede.handtekening())) {
                bevindingen.add(new Bevinding("snede " + snede.totVolgnummer(), "handtekening klopt niet (niet met de logboeksleutel gemaakt)"));
            }
        }
        if (ankerbestand.isPresent()) {
            List<Snede> buiten = ankerbestand.get().sneden();
            for (Snede snede : sneden) {
                if (buiten.stream().noneMatch(b -> b.totVolgnummer() == snede.totVolgnummer() && b.hash().equals(snede.hash()))) {
                    bevindingen.add(new Bevinding("snede " + snede.totVolgnummer(), "staat niet in " + ankerbestand.get().pad()
                            + " (na een onderbroken logboek-bewaring: draai die opnieuw, zij schrijft de regel bij)"));
                }
            }
            for (Snede b : buiten) {
                if (sneden.stream().noneMatch(d -> d.totVolgnummer() == b.totVolgnummer())) {
                    bevindingen.add(new Bevinding("snede " + b.totVolgnummer(), "staat in " + ankerbestand.get().pad()
                            + " maar niet (meer) in de database"));
                }
            }
        }
        Optional<Snede> snede = sneden.isEmpty() ? Optional.empty() : Optional.of(sneden.get(sneden.size() - 1));
        long gesneden = snede.map(Snede::totVolgnummer).orElse(0L);
        snede.ifPresent(d -> opmerkingen.add("regels 1 t/m " + d.totVolgnummer() + " vernietigd volgens de bewaartermijn"
                + " (snede van " + d.tijdstip() + ", maanden t/m " + d.totMaand() + "); de keten gaat verder vanaf " + d.totVolgnummer()));

        // 1. checkpoints, in the database and in the file (those within a cut name rows that are gone)
        Map<Long, Anker> inDatabase = new LinkedHashMap<>();
        Map<Long, String> ketenBijAnker = new LinkedHashMap<>();
        try (Statement s = verbinding.createStatement();
                ResultSet r = s.executeQuery("select a.volgnummer, a.hash, a.tijdstip, a.handtekening, g.hash as keten"
                        + " from logboek.ankerpunt a left join logboek.keten g on g.volgnummer = a.volgnummer order by a.volgnummer")) {
            while (r.next()) {
                Anker a = new Anker(r.getLong(1), r.getString(2).trim(), r.getTimestamp(3).toInstant(), r.getString(4).trim());
                if (a.volgnummer() <= gesneden) {
                    continue;
                }
                inDatabase.put(a.volgnummer(), a);
                if (sleutel.isPresent() && !sleutel.get().klopt(Logboektekst.anker(a.volgnummer(), a.hash()), a.handtekening())) {
                    bevindingen.add(new Bevinding("ankerpunt " + a.volgnummer(), "handtekening klopt niet (niet met de logboeksleutel gemaakt)"));
                }
                String keten = r.getString(5);
                ketenBijAnker.put(a.volgnummer(), keten == null ? "" : keten.trim());
                if (keten == null || !keten.trim().equals(a.hash())) {
                    bevindingen.add(new Bevinding("volgnummer " + a.volgnummer(), keten == null ? "regel van ankerpunt ontbreekt"
                            : "keten wijkt af van het getekende ankerpunt (herschreven en herberekend)"));
                }
            }
        }
        if (ankerbestand.isPresent()) {
            List<Anker> buiten = ankerbestand.get().lees();
            buiten = buiten.stream().filter(b -> b.volgnummer() > gesneden).toList();
            for (Anker b : buiten) {
                Anker d = inDatabase.get(b.volgnummer());
                if (d == null) {
                    bevindingen.add(new Bevinding("ankerpunt " + b.volgnummer(), "staat in " + ankerbestand.get().pad()
                            + " maar niet (meer) in de database"));
                } else if (!d.hash().equals(b.hash()) || !ketenBijAnker.get(b.volgnummer()).equals(b.hash())) {
                    bevindingen.add(new Bevinding("volgnummer " + b.volgnummer(), "keten wijkt af van het anker in "
                            + ankerbestand.get().pad() + " (herschreven en herberekend)"));
                }
            }
            long laatsteBuiten = buiten.isEmpty() ? 0 : buiten.get(buiten.size() - 1).volgnummer();
            inDatabase.keySet().stream().filter(v -> v > laatsteBuiten).forEach(v -> opmerkingen.add("ankerpunt " + v
                    + " staat nog niet in " + ankerbestand.get().pad() + " (de ketenaar schrijft het bij zijn volgende start)"));
            for (Anker d : inDatabase.values()) {
                if (d.volgnummer() < laatsteBuiten && buiten.stream().noneMatch(b -> b.volgnummer() == d.volgnummer())) {
                    bevindingen.add(new Bevinding("ankerpunt " + d.volgnummer(), "ontbreekt in " + ankerbestand.get().pad()));
                }
            }
        } else {
            opmerkingen.add("zonder ankerbestand: de ankerpunten zijn niet vergeleken met wat buiten de database is vastgelegd");
        }

        // 2. the chain, from the last checkpoint unless asked for all of it
        long vanaf = gesneden;
        String vorige = snede.map(Snede::hash).orElse(Logboektekst.NULHASH);
        if (!volledig && bevindingen.isEmpty() && !inDatabase.isEmpty()) {
            Anker laatste = inDatabase.values().stream().reduce((a, b) -> b).orElseThrow();
            vanaf = laatste.volgnummer();
            vorige = laatste.hash();
            // what the fast check does not walk, it counts (an index-only scan): a deleted row leaves a gap
            try (PreparedStatement s = verbinding.prepareStatement("select count(*) from logboek.keten where volgnummer > ?"
                    + " and volgnummer <= ?")) {
                s.setLong(1, gesneden);
                s.setLong(2, vanaf);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    long aanwezig = r.getLong(1);
                    if (aanwezig != vanaf - gesneden) {
                        bevindingen.add(new Bevinding("volgnummers " + (gesneden + 1) + " t/m " + vanaf, (vanaf - gesneden - aanwezig)
                                + " regel(s) ontbreken (verwijderd); de volledige controle (--volledig) noemt ze"));
                    }
                }
            }
        }
        Wandeling wandeling = new Wandeling(vanaf + 1, vanaf, vorige, laatsteV1, bevindingen);
        wandel(wandeling, vanaf);
        long geketend = wandeling.geketend;
        long gecontroleerd = wandeling.gecontroleerd;

        // 3. the unchained tail
        long ongeketend = 0;
        Instant oudste = null;
        try (Statement s = verbinding.createStatement()) {
            s.setFetchSize(2000);
            // the queue's rows (read through the queue, not by a scan of every month), in chain order
            try (ResultSet r = s.executeQuery("select g.* from logboek.ongeketend o join logboek.regel g"
                    + " on g.id = o.id and g.tijdstip = o.tijdstip order by o.transactie, o.invoegnummer")) {
                while (r.next()) {
                    Logboekregel regel = LogboekLezer.regel(r);
                    ongeketend++;
                    oudste = oudste == null || regel.tijdstip().isBefore(oudste) ? regel.tijdstip() : oudste;
                    if (bevindingen.size() < MAX_BEVINDINGEN) {
                        controleerZegel(regel, r.getString("zegel"), false, "ongeketende regel " + regel.invoegnummer()
                                + " (id " + regel.id() + ")", bevindingen);
                    }
                }
            }
        }
        zoekRegelsZonderPlaats(bevindingen);
        Instant oudsteOngeketend = oudste;
        return new Uitslag(geketend, vanaf, gecontroleerd, inDatabase.size(), ongeketend,
                Optional.ofNullable(oudsteOngeketend).map(o -> Duration.between(o, Instant.now())), bevindingen, opmerkingen);
    }

    /**
     * Walks the links after {@code vanaf} a batch at a time. This thread reads batch n + 1 (links and rows) while one
     * other thread takes batch n's steps (hashes and seals, most of the check's CPU): at 1 M rows the walk was this
     * process's JVM hashing about two thirds of the time and waiting for PostgreSQL the rest (docs/metingen.md, "the
     * twelfth day"). The steps stay in the chain's order on that one thread; at most two batches are held. The findings
     * are only read here after the batch that wrote them is done (its {@link Future}).
     */
    private void wandel(Wandeling wandeling, long vanaf) throws SQLException {
        ExecutorService stapper = Executors.newSingleThreadExecutor(taak -> {
            Thread t = new Thread(taak, "logboek-controle-stappen");
            t.setDaemon(true);
            return t;
        });
        try (PreparedStatement s = verbinding.prepareStatement(SCHAKELS)) {
            Instant vroegste = eersteTijdstipNa(verbinding, vanaf);
            Future<?> vorigePartij = CompletableFuture.completedFuture(null);
            long na = vanaf;
            List<Schakel> partij;
            do {
                partij = schakels(s, na, vroegste);
                Map<Plaats, GelezenRegel> regels = Regelplaatsen.leesOpTijd(verbinding, partij.stream().map(Schakel::plaats).toList());
                wacht(vorigePartij);
                if (wandeling.bevindingen.size() >= MAX_BEVINDINGEN) {
                    break;
                }
                List<Schakel> stappen = partij;
                vorigePartij = stapper.submit(() -> {
                    for (Schakel schakel : stappen) {
                        wandeling.stap(schakel, regels.get(schakel.plaats()));
                        if (wandeling.bevindingen.size() >= MAX_BEVINDINGEN) {
                            break;
                        }
                    }
                });
                na = partij.isEmpty() ? na : partij.get(partij.size() - 1).volgnummer();
            } while (partij.size() == partijgrootte);
            wacht(vorigePartij);
        } finally {
            stapper.shutdownNow();
        }
    }

    /** Until the batch's steps are done; what failed in them fails the check as it would have on this thread. */
    private static void wacht(Future<?> partij) {
        try {
            partij.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("logboek-controle onderbroken", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A link as the walk reads it. */
    private record Schakel(long volgnummer, Plaats plaats, String vorigeHash, String hash) {}

    private List<Schakel> schakels(PreparedStatement s, long na, Instant vroegste) throws SQLException {
        s.setLong(1, na);
        s.setTimestamp(2, Timestamp.from(vroegste));
        s.setInt(3, partijgrootte);
        List<Schakel> partij = new ArrayList<>(partijgrootte);
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                partij.add(new Schakel(r.getLong(1), new Plaats(Kolommen.uuid(r, 2), r.getTimestamp(3).toInstant()),
                        r.getString(4).trim(), r.getString(5).trim()));
            }
        }
        return partij;
    }

    /** The walk along the chain: what it expects next, and what it found so far. */
    private final class Wandeling {
        private final long laatsteV1;
        private final List<Bevinding> bevindingen;
        private long verwacht;
        private String vorige;
        long geketend;
        long gecontroleerd;

        Wandeling(long verwacht, long geketend, String vorige, long laatsteV1, List<Bevinding> bevindingen) {
            this.verwacht = verwacht;
            this.geketend = geketend;
            this.vorige = vorige;
            this.laatsteV1 = laatsteV1;
            this.bevindingen = bevindingen;
        }

        /** One link and its row ({@code null}: the row is gone, its link left behind). */
        void stap(Schakel schakel, GelezenRegel gelezen) {
            long nummer = schakel.volgnummer();
            if (nummer != verwacht) {
                bevindingen.add(new Bevinding("volgnummer " + verwacht, nummer > verwacht
                        ? "regel ontbreekt (verwijderd)" + (nummer > verwacht + 1 ? " t/m " + (nummer - 1) : "") : "dubbel"));
            } else if (!schakel.vorigeHash().equals(vorige)) {
                bevindingen.add(new Bevinding("volgnummer " + nummer,
                        "verwijzing naar de vorige regel klopt niet (regel ervoor verwijderd, ingevoegd of gewijzigd)"));
            }
            if (gelezen == null) {
                bevindingen.add(new Bevinding("volgnummer " + nummer, "regel ontbreekt (verwijderd)"));
            } else {
                if (!schakel.hash().equals(Logboektekst.hash(schakel.vorigeHash(), nummer, gelezen.regel()))) {
                    bevindingen.add(new Bevinding("volgnummer " + nummer, "inhoud gewijzigd na schrijven"));
                }
                controleerZegel(gelezen.regel(), gelezen.zegel(), nummer <= laatsteV1, "volgnummer " + nummer, bevindingen);
            }
            vorige = schakel.hash();
            verwacht = nummer + 1;
            geketend = nummer;
            gecontroleerd++;
        }
    }

    /**
     * Every row has either a link or a place in the queue, every link its row, every place its row. A row
     * inserted behind the triggers' back has neither; a row deleted behind them leaves its link or its place without a
     * row. The three tables are counted once (index-only scans, not a read of every row); only when the counts differ
     * are the rows, links and places looked for and named, and if none is found the difference itself is the finding.
     */
    private void zoekRegelsZonderPlaats(List<Bevinding> bevindingen) throws SQLException {
        long regels = tel("select count(*) from logboek.regel");
        long schakelsEnPlaatsen = tel("select (select count(*) from logboek.keten) + (select count(*) from logboek.ongeketend)");
        if (regels == schakelsEnPlaatsen) {
            return;
        }
        int gevonden = zoek("select g.invoegnummer, g.id from logboek.regel g"
                + " where not exists (select 1 from logboek.keten k where k.id = g.id and k.tijdstip = g.tijdstip)"
                + " and not exists (select 1 from logboek.ongeketend o where o.id = g.id and o.tijdstip = g.tijdstip)"
                + " order by g.invoegnummer", r -> new Bevinding("regel " + r.getLong(1) + " (id " + r.getObject(2) + ")",
                        "niet geketend en niet in de rij om geketend te worden (buiten de triggers om ingevoegd)"), bevindingen);
        gevonden += zoek("select k.volgnummer from logboek.keten k"
                + " where not exists (select 1 from logboek.regel g where g.id = k.id and g.tijdstip = k.tijdstip)"
                + " order by k.volgnummer", r -> new Bevinding("volgnummer " + r.getLong(1), "regel ontbreekt (verwijderd)"), bevindingen);
        gevonden += zoek("select o.invoegnummer, o.id from logboek.ongeketend o"
                + " where not exists (select 1 from logboek.regel g where g.id = o.id and g.tijdstip = o.tijdstip)"
                + " order by o.transactie, o.invoegnummer", r -> new Bevinding("ongeketende regel " + r.getLong(1) + " (id "
                        + r.getObject(2) + ")", "regel ontbreekt (verwijderd voordat hij geketend was)"), bevindingen);
        if (gevonden == 0 && bevindingen.size() < MAX_BEVINDINGEN) {
            bevindingen.add(new Bevinding("logboek", regels + " regels tegen " + schakelsEnPlaatsen
                    + " schakels en plaatsen in de rij (buiten de triggers om gewijzigd)"));
        }
    }

    private interface Rij {
        Bevinding van(ResultSet r) throws SQLException;
    }

    /** Adds each row's finding once (the walk may have named it already), up to the maximum; the rows found. */
    private int zoek(String sql, Rij rij, List<Bevinding> bevindingen) throws SQLException {
        int gevonden = 0;
        try (Statement s = verbinding.createStatement(); ResultSet r = s.executeQuery(sql + " limit " + MAX_BEVINDINGEN)) {
            while (r.next()) {
                gevonden++;
                Bevinding b = rij.van(r);
                if (!bevindingen.contains(b) && bevindingen.size() < MAX_BEVINDINGEN) {
                    bevindingen.add(b);
                }
            }
        }
        return gevonden;
    }

    private long tel(String sql) throws SQLException {
        try (Statement s = verbinding.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void controleerZegel(Logboekregel regel, String zegel, boolean vanV1, String plaats, List<Bevinding> bevindingen) {
        if (zegel == null) {
            if (!vanV1) {
                bevindingen.add(new Bevinding(plaats, "zegel ontbreekt (niet door de applicatie geschreven)"));
            }
            return;
        }
        if (sleutel.isPresent() && !sleutel.get().klopt(Logboektekst.zegel(regel), zegel)) {
            bevindingen.add(new Bevinding(plaats, "zegel klopt niet (gewijzigd na schrijven, of niet door de applicatie geschreven)"));
        }
    }

    private long laatsteV1() throws SQLException {
        try (Statement s = verbinding.createStatement();
                ResultSet r = s.executeQuery("select laatste_v1_volgnummer from logboek.overgang")) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /**
     * The earliest time of the links after {@code volgnummer} (their order is the order of commit, not of time), or now
     * when there are none. With it the walk from a checkpoint reads the months it needs: joined only by the link's
     * number, the planner cannot tell which months of rows those links point into, and from about 60 months on it hashed
     * the whole logboek for the last few thousand rows (1.2 s at 1 M rows, growing with every row; docs/metingen.md,
     * "the seventh day").
     * A link holds its row's time, so no row after the checkpoint is left out; the full check passes 0 and walks
     * everything.
     */
    private static Instant eersteTijdstipNa(Connection verbinding, long volgnummer) throws SQLException {
        try (PreparedStatement s = verbinding.prepareStatement("select min(tijdstip) from logboek.keten where volgnummer > ?")) {
            s.setLong(1, volgnummer);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                Timestamp eerste = r.getTimestamp(1);
                return eerste == null ? Instant.now() : eerste.toInstant();
            }
        }
    }
}
