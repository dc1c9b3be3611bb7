package nl.schakel.toegang.infrastructuur.logboek;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import nl.schakel.toegang.domein.logboek.Logboekregel;
import nl.schakel.toegang.domein.logboek.Uitkomst;
import nl.schakel.toegang.infrastructuur.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;

/**
 * A generator that fills the logboek with N realistic rows over five years through COPY, and prints rows/s, the disk
 * size per million rows and the time of the privacy officer's question "who accessed betrokkene X in the last 12
 * months" (a benchmark that prints figures, not a timed test). Rows are written as the application writes them:
 * through the insert trigger, unchained, each sealed with the (test) logboek key, so the chainer could chain them.
 * Run with {@code -Dlogboek.vuller=1000000 -Dtest=LogboekvullerMeting}.
 */
@EnabledIfSystemProperty(named = "logboek.vuller", matches = "\\d+")
class LogboekvullerMeting {

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

    @Test
    void vulEnMeet() throws Exception {
        long n = Long.getLong("logboek.vuller");
        TestDatabase.Eigen db = TestDatabase.eigen("meting_vuller");
        Instant eind = Instant.now();
        Instant begin = ZonedDateTime.ofInstant(eind, ZoneOffset.UTC).minusYears(5).toInstant();
        try (Connection c = db.eigenaar().getConnection(); Statement s = c.createStatement()) {
            for (int m = 0; m <= 61; m++) {
                s.execute("select logboek.maak_maand('" + ZonedDateTime.ofInstant(begin, ZoneOffset.UTC).plusMonths(m).toLocalDate() + "')");
            }
        }
        SplittableRandom toeval = new SplittableRandom(14);
        long stap = Duration.between(begin, eind).toNanos() / n;
        long start = System.nanoTime();
        try (Connection c = db.app().getConnection()) {
            PGConnection pg = c.unwrap(PGConnection.class);
            StringBuilder blok = new StringBuilder(PER_COPY * 400);
            for (long i = 0; i < n; i++) {
                Instant tijdstip = begin.plusNanos(i * stap + toeval.nextLong(Math.max(1, stap))).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
                regel(blok, rij(toeval, tijdstip));
                if ((i + 1) % PER_COPY == 0 || i == n - 1) {
                    pg.getCopyAPI().copyIn("copy logboek.regel (id, tijdstip, gebruiker_id, gebruiker_naam, namens, organisatie, rol,"
                            + " handeling, bron_type, bron_id, betrokkenen, doel, grondslag, toegang_reden, noodtoegang, uitkomst,"
                            + " client_id, bron_adres, correlatie_id, zegel) from stdin", new StringReader(blok.toString()));
                    blok.setLength(0);
                }
            }
        }
        double seconden = (System.nanoTime() - start) / 1e9;
        // the rows are as the application writes them: the chainer accepts their seals (one round; all of them would
        // be the chainer's benchmark, not this one)
        Logboekketen keten = new Logboekketen(db.app(), TestDatabase.LOGBOEKSLEUTEL, 10_000, Optional.empty());
        assertThat(keten.ketenBij(500).geketend()).isEqualTo((int) Math.min(500, n));
        assertThat(keten.toestand().stilstand()).isEmpty();
        List<String> uitslag = new ArrayList<>();
        try (Connection c = db.eigenaar().getConnection(); Statement s = c.createStatement()) {
            s.execute("analyze logboek.regel");
            assertThat(waarde(s, "select count(*) from logboek.regel")).isEqualTo(n);
            assertThat(waarde(s, "select count(*) from logboek.regel_overig")).as("elke maand bestond").isZero();
            long bytes = waarde(s, "select sum(pg_total_relation_size(inhrelid)) from pg_inherits where inhparent = 'logboek.regel'::regclass");
            long tabel = waarde(s, "select sum(pg_relation_size(inhrelid)) from pg_inherits where inhparent = 'logboek.regel'::regclass");
            uitslag.add(String.format("%,d regels in %.1f s: %,.0f regels/s (COPY door de insert-trigger, verzegeld)", n, seconden, n / seconden));
            uitslag.add(String.format("schijf: %,.0f MB totaal, %,.0f MB per miljoen regels (tabel %,.0f MB, indexen %,.0f MB per miljoen)",
                    bytes / 1e6, bytes / 1e6 / (n / 1e6), tabel / 1e6 / (n / 1e6), (bytes - tabel) / 1e6 / (n / 1e6)));
            // the privacy officer's question, for betrokkenen that do occur; warm, the median of 5
            String vraag = "select * from logboek.regel r where r.betrokkenen @> array[?]::uuid[] and r.tijdstip >= now() - interval '12 months'"
                    + " order by r.invoegnummer desc limit 51";
            List<Double> tijden = new ArrayList<>();
            long gevonden = 0;
            for (int k = 0; k < 5; k++) {
                // a betrokkene that occurs in the last months, so the question finds something
                UUID betrokkene = UUID.fromString(tekst(s, "select betrokkenen[1] from logboek.regel where tijdstip >= now() - interval '6 months'"
                        + " order by invoegnummer desc offset " + (k * 997) + " limit 1"));
                try (var p = c.prepareStatement(vraag)) {
                    p.setObject(1, betrokkene);
                    long t = System.nanoTime();
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            gevonden++;
                        }
                    }
                    tijden.add((System.nanoTime() - t) / 1e6);
                }
            }
            tijden.sort(Double::compare);
            uitslag.add(String.format("'wie zag betrokkene X, laatste 12 maanden': mediaan %.1f ms, max %.1f ms (5 betrokkenen, %d regels gevonden)",
                    tijden.get(2), tijden.get(4), gevonden));
        }
        System.out.println("\n=== Logboekvuller ===");
        uitslag.forEach(System.out::println);
    }

    private static Logboekregel rij(SplittableRandom toeval, Instant tijdstip) {
        int gebruiker = (int) Math.floor(Math.pow(toeval.nextDouble(), 2) * GEBRUIKERS); // some users are much busier
        int aantal = 1 + toeval.nextInt(3);
        List<UUID> betrokkenen = new ArrayList<>(aantal);
        for (int b = 0; b < aantal; b++) {
            betrokkenen.add(uuid("betrokkene", toeval.nextInt(BETROKKENEN)));
        }
        boolean geweigerd = toeval.nextInt(100) < 3;
        return new Logboekregel(UUID.randomUUID(), 0, tijdstip, "gebruiker-" + gebruiker, "Medewerker " + gebruiker,
                Optional.empty(), Optional.of("ORG-" + (gebruiker % ORGANISATIES)), ROLLEN[gebruiker % ROLLEN.length],
                HANDELINGEN[toeval.nextInt(HANDELINGEN.length)], Optional.of(BRONTYPEN[toeval.nextInt(BRONTYPEN.length)]),
                Optional.of(uuid("bron", toeval.nextInt(BRONNEN))), betrokkenen, Optional.of("OVERDRACHT"),
                Optional.of("Wmo 2015"), Optional.of(geweigerd ? "GEEN" : "EIGENAAR"), false,
                geweigerd ? Uitkomst.GEWEIGERD : Uitkomst.TOEGESTAAN, "schakel-web", "10.0." + (gebruiker % 250) + ".1",
                UUID.randomUUID().toString(), null, 0);
    }

    /** One COPY text line, sealed as {@link Logboek#schrijf} seals. */
    private static void regel(StringBuilder b, Logboekregel r) {
        String zegel = TestDatabase.LOGBOEKSLEUTEL.zegel(Logboektekst.zegel(r));
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
                .append(r.correlatieId()).append('\t').append(zegel).append('\n');
    }

    private static UUID uuid(String soort, int nummer) {
        return UUID.nameUUIDFromBytes((soort + nummer).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String tekst(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static long waarde(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
