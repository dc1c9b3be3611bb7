package nl.schakel.toegang.infrastructuur.logboek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.toegang.domein.logboek.Logboekregel;
import nl.schakel.toegang.domein.logboek.Uitkomst;
import nl.schakel.toegang.infrastructuur.TestDatabase;
import nl.schakel.toegang.infrastructuur.logboek.Ankerbestand.Snede;
import nl.schakel.toegang.infrastructuur.logboek.Logboekcontroleur.Bevinding;
import nl.schakel.toegang.infrastructuur.logboek.Logboekcontroleur.Uitslag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The logboek's retention rule: the oldest months dropped whole after a signed cut, the check still whole and naming
 * the cut; refused, with nothing changed, when the chain is broken, a row is unchained or months interleave; a cut
 * removed or forged afterwards is found. Each test on a database of its own: 4 rows in each of November, December
 * and January, a checkpoint every 5; a rule of one year on 1 January 2027 lets November and December go (rows 1..8).
 */
class LogboekbewaringTest {

    private static final Instant NOVEMBER = Instant.parse("2025-11-14T09:00:00Z");
    private static final Instant DECEMBER = Instant.parse("2025-12-31T23:59:59.999999Z");
    private static final Instant JANUARI = Instant.parse("2026-01-01T00:00:00Z");
    private static final LocalDate PEILDATUM = LocalDate.parse("2027-01-01");
    private static final Period EEN_JAAR = Period.ofYears(1);

    @TempDir
    Path map;

    @Test
    void deOudsteMaandenGaanWegNaEenGetekendeSnedeEnDeControleBlijftHeel() throws Exception {
        TestDatabase.Eigen db = logboek("bewaring_heel", List.of(NOVEMBER, DECEMBER, JANUARI));
        assertThat(bewaring(db, b -> b.voorstel(PEILDATUM.minusDays(1), EEN_JAAR)).maanden())
                .as("a day earlier December's last rows are not a year old yet").containsExactly(YearMonth.of(2025, 11));

        Logboekbewaring.Uitkomst uitkomst = bewaring(db, b -> b.snijd(PEILDATUM, EEN_JAAR));

        assertThat(uitkomst.voorstel().maanden()).containsExactly(YearMonth.of(2025, 11), YearMonth.of(2025, 12));
        assertThat(uitkomst.voorstel().regels()).isEqualTo(8);
        Snede snede = uitkomst.snede().orElseThrow();
        assertThat(snede.totVolgnummer()).isEqualTo(8);
        assertThat(snede.totMaand()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(partities(db)).containsExactly("regel_2026_01", "regel_overig");
        assertThat(new Ankerbestand(ankers()).sneden()).containsExactly(snede);
        assertThat(Files.readAllLines(ankers())).last().asString().startsWith("snede 8 ");

        Uitslag snel = controleer(db, false);
        assertThat(snel.bevindingen()).isEmpty();
        assertThat(snel.gecontroleerdVanaf()).as("the last checkpoint after the cut").isEqualTo(10);
        assertThat(snel.opmerkingen()).anySatisfy(o -> assertThat(o).startsWith("regels 1 t/m 8 vernietigd volgens de bewaartermijn")
                .contains("maanden t/m 2025-12").endsWith("de keten gaat verder vanaf 8"));
        Uitslag volledig = controleer(db, true);
        assertThat(volledig.bevindingen()).isEmpty();
        assertThat(volledig.gecontroleerdVanaf()).isEqualTo(8);
        assertThat(volledig.regelsGecontroleerd()).isEqualTo(4);

        // the chain goes on after it: new rows are chained and checked from the cut
        new Logboek(db.app(), TestDatabase.LOGBOEKSLEUTEL).schrijf(regelOp("later", Instant.now()));
        Logboekregels.ketenAlles(keten(db), db.app());
        assertThat(controleer(db, true).bevindingen()).isEmpty();
        // and a second run finds nothing more to drop
        assertThat(bewaring(db, b -> b.snijd(PEILDATUM, EEN_JAAR)).snede()).isEmpty();
    }

    @Test
    void eenGebrokenKetenWordtNietWeggesneden() throws Exception {
        TestDatabase.Eigen db = logboek("bewaring_gebroken", List.of(NOVEMBER, DECEMBER, JANUARI));
        alsSuperuser(db, "update logboek.regel set gebruiker_id = 'niemand' where id = (select id from logboek.keten where volgnummer = 3)");

        assertThatThrownBy(() -> bewaring(db, b -> b.snijd(PEILDATUM, EEN_JAAR))).isInstanceOf(Logboekbewaring.Geweigerd.class)
                .hasMessageStartingWith("het logboek is niet heel (volgnummer 3: inhoud gewijzigd na schrijven)")
                .hasMessageContaining("een snede mag geen sporen wissen");
        assertOngewijzigd(db);
    }

    @Test
    void eenOngeketendeRegelHoudtZijnMaandVast() throws Exception {
        TestDatabase.Eigen db = logboek("bewaring_ongeketend", List.of(NOVEMBER, DECEMBER, JANUARI));
        new Logboek(db.app(), TestDatabase.LOGBOEKSLEUTEL).schrijf(regelOp("laat", DECEMBER));

        assertThatThrownBy(() -> bewaring(db, b -> b.snijd(PEILDATUM, EEN_JAAR))).isInstanceOf(Logboekbewaring.Geweigerd.class)
                .hasMessage("1 regel(s) van [2025-11, 2025-12] zijn nog niet geketend");
        assertOngewijzigd(db);
    }

    @Test
    void maandenDieInDeKetenDoorElkaarLopenWachten() throws Exception {
        // a January row chained between two December rows (written just after midnight, committed first)
        TestDatabase.Eigen db = logboek("bewaring_doorelkaar", List.of(NOVEMBER, DECEMBER, JANUARI, DECEMBER));

        assertThatThrownBy(() -> bewaring(db, b -> b.snijd(PEILDATUM, EEN_JAAR))).isInstanceOf(Logboekbewaring.Geweigerd.class)
                .hasMessageContaining("houden niet precies de volgnummers 1 t/m 16");
        assertThat(partities(db)).containsExactly("regel_2025_11", "regel_2025_12", "regel_2026_01", "regel_overig");
        assertThat(aantal(db, "select count(*) from logboek.snede")).isZero();
    }

    @Test
    void eenVerwijderdeOfVervalsteSnedeWordtGevonden() throws Exception {
        TestDatabase.Eigen db = logboek("bewaring_vervalst", List.of(NOVEMBER, DECEMBER, JANUARI));
        bewaring(db, b -> b.snijd(PEILDATUM, EEN_JAAR));

        // the superuser forges a later cut (dropping January's rows would need one), without the key
        alsSuperuser(db, "insert into logboek.snede select 12, hash, '2026-01-01', 12, now(), repeat('a', 64)"
                + " from logboek.keten where volgnummer = 12");
        assertThat(controleer(db, false).bevindingen()).contains(
                new Bevinding("snede 12", "handtekening klopt niet (niet met de logboeksleutel gemaakt)"),
                new Bevinding("snede 12", "staat niet in " + ankers()
                        + " (na een onderbroken logboek-bewaring: draai die opnieuw, zij schrijft de regel bij)"));

        // and one who removes the real cut to hide that rows are gone
        alsSuperuser(db, "delete from logboek.snede");
        Uitslag volledig = controleer(db, true);
        assertThat(volledig.bevindingen()).contains(
                new Bevinding("snede 8", "staat in " + ankers() + " maar niet (meer) in de database"),
                new Bevinding("volgnummer 1", "regel ontbreekt (verwijderd) t/m 8"));
    }

    @Test
    void deApiRolKanNietSnijden() throws Exception {
        TestDatabase.Eigen db = logboek("bewaring_apirol", List.of(NOVEMBER, DECEMBER, JANUARI));
        for (String sql : List.of("insert into logboek.snede select 8, hash, '2025-12-01', 8, now(), repeat('a', 64)"
                + " from logboek.keten where volgnummer = 8", "alter table logboek.regel detach partition logboek.regel_2025_11",
                "drop table logboek.regel_2025_11", "alter table logboek.keten detach partition logboek.keten_2025_11",
                "drop table logboek.keten_2025_11", "delete from logboek.keten")) {
            try (Connection c = db.app().getConnection(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("42501", "42P01"));
            }
        }
        assertOngewijzigd(db);
    }

    @Test
    void nietsTeVroegDanGebeurtErNiets() throws Exception {
        TestDatabase.Eigen db = logboek("bewaring_niets", List.of(NOVEMBER, DECEMBER, JANUARI));
        Logboekbewaring.Uitkomst uitkomst = bewaring(db, b -> b.snijd(LocalDate.parse("2026-11-30"), EEN_JAAR));
        assertThat(uitkomst.voorstel().leeg()).isTrue();
        assertThat(uitkomst.snede()).isEmpty();
        assertOngewijzigd(db);
    }

    private void assertOngewijzigd(TestDatabase.Eigen db) throws SQLException {
        assertThat(partities(db)).containsExactly("regel_2025_11", "regel_2025_12", "regel_2026_01", "regel_overig");
        assertThat(aantal(db, "select count(*) from logboek.snede")).isZero();
        assertThat(new Ankerbestand(ankers()).sneden()).isEmpty();
    }

    /** Four rows in each month given, in that order, chained with a checkpoint every 5. */
    private TestDatabase.Eigen logboek(String naam, List<Instant> maanden) throws SQLException {
        TestDatabase.Eigen db = TestDatabase.eigen(naam);
        try (Connection c = db.eigenaar().getConnection(); Statement s = c.createStatement()) {
            s.execute("select logboek.maak_maand('2025-11-01'), logboek.maak_maand('2025-12-01'), logboek.maak_maand('2026-01-01')");
        }
        Logboek logboek = new Logboek(db.app(), TestDatabase.LOGBOEKSLEUTEL);
        for (Instant maand : maanden) {
            for (int i = 0; i < 4; i++) {
                logboek.schrijf(regelOp("u-" + i, maand));
            }
        }
        Logboekregels.ketenAlles(keten(db), db.app());
        return db;
    }

    private Logboekketen keten(TestDatabase.Eigen db) {
        return new Logboekketen(db.app(), TestDatabase.LOGBOEKSLEUTEL, 5, Optional.of(new Ankerbestand(ankers())));
    }

    private Path ankers() {
        return map.resolve("ankers.log");
    }

    private interface Werk<T> {
        T met(Logboekbewaring bewaring) throws SQLException;
    }

    private <T> T bewaring(TestDatabase.Eigen db, Werk<T> werk) throws SQLException {
        try (Connection c = db.eigenaar().getConnection()) {
            return werk.met(new Logboekbewaring(c, TestDatabase.LOGBOEKSLEUTEL, new Ankerbestand(ankers())));
        }
    }

    private Uitslag controleer(TestDatabase.Eigen db, boolean volledig) throws SQLException {
        try (Connection c = db.eigenaar().getConnection()) {
            return new Logboekcontroleur(c, Optional.of(TestDatabase.LOGBOEKSLEUTEL), Optional.of(new Ankerbestand(ankers())))
                    .controleer(volledig);
        }
    }

    /** The test's months and the default partition (the chainer also makes this month and the next two). */
    private static List<String> partities(TestDatabase.Eigen db) throws SQLException {
        List<String> namen = new ArrayList<>();
        try (Connection c = db.eigenaar().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid"
                        + " where i.inhparent = 'logboek.regel'::regclass and (c.relname <= 'regel_2026_01' or c.relname = 'regel_overig')"
                        + " order by c.relname")) {
            while (r.next()) {
                namen.add(r.getString(1));
            }
        }
        return namen;
    }

    private static long aantal(TestDatabase.Eigen db, String sql) throws SQLException {
        try (Connection c = db.eigenaar().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void alsSuperuser(TestDatabase.Eigen db, String... sql) throws SQLException {
        try (Connection c = db.superuser().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("set local session_replication_role = replica");
            for (String q : sql) {
                s.execute(q);
            }
            c.commit();
        }
    }

    private static Logboekregel regelOp(String gebruiker, Instant tijdstip) {
        return new Logboekregel(UUID.randomUUID(), 0, tijdstip, gebruiker, null, Optional.empty(), Optional.of("VTRR"),
                "procesregisseur", "overdracht.lezen", Optional.of("OVERDRACHT"), Optional.of(UUID.randomUUID()),
                List.of(UUID.randomUUID()), Optional.of("OVERDRACHT"), Optional.empty(), Optional.empty(), false,
                Uitkomst.TOEGESTAAN, "schakel-web", "127.0.0.1", "c", null, 0);
    }
}
