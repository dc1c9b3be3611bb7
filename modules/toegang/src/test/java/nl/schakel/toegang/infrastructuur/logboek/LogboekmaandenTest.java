package nl.schakel.toegang.infrastructuur.logboek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import nl.schakel.toegang.domein.logboek.Logboekregel;
import nl.schakel.toegang.domein.logboek.Uitkomst;
import nl.schakel.toegang.infrastructuur.TestDatabase;
import nl.schakel.toegang.infrastructuur.logboek.Logboekcontroleur.Bevinding;
import nl.schakel.toegang.infrastructuur.logboek.Logboekcontroleur.Uitslag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The logboek partitioned by month ({@code V3__maandpartities.sql}) on real PostgreSQL: an existing chain converted
 * with its rows, rows of several months in their own partitions, the chain and its checkpoints verified across them,
 * append-only on every partition, the tampering still found, and the privacy officer's three questions on their indexes.
 */
class LogboekmaandenTest {

    private static final Instant NOVEMBER = Instant.parse("2025-11-14T09:00:00Z");
    private static final Instant DECEMBER = Instant.parse("2025-12-31T23:59:59.999999Z");
    private static final Instant JANUARI = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path map;

    @Test
    void eenBestaandeKetenWordtMetHaarRegelsOmgezetEnLooptDoorOverDeMaanden() throws Exception {
        TestDatabase.Eigen db = TestDatabase.eigenTot("maanden_omzetting", "2");
        schrijfInMaanden(db, 4);
        assertThat(KetenVoorV8.ketenAlles(db.app(), 5)).isEqualTo(12);

        TestDatabase.migreerLogboek(db, "3");

        // each row in the partition of its month (UTC: the last microsecond of December is December's)
        assertThat(perPartitie(db)).containsExactly(Map.entry("regel_2025_11", 4L), Map.entry("regel_2025_12", 4L),
                Map.entry("regel_2026_01", 4L));
        // the chain made under V2 checks whole through every later migration; the chainer's start writes its
        // checkpoints into the file outside the database
        TestDatabase.migreerLogboek(db, "latest");
        assertThat(keten(db).vulAnkerbestandAan()).isEqualTo(2);
        Uitslag volledig = controleer(db, true);
        assertThat(volledig.bevindingen()).isEmpty();
        assertThat(volledig.geketend()).isEqualTo(12);
        assertThat(volledig.ankerpunten()).isEqualTo(2);

        // the chain carries on after the conversion: a row of now (a month made ahead) and one of a month without a
        // partition, which the default partition takes instead of refusing it
        Logboek logboek = new Logboek(db.app(), TestDatabase.LOGBOEKSLEUTEL);
        logboek.schrijf(regelOp("na-omzetting", Instant.now()));
        logboek.schrijf(regelOp("zonder-maand", Instant.parse("2026-02-10T12:00:00Z")));
        Logboekregels.ketenAlles(keten(db), db.app());
        assertThat(Logboekregels.ketenvolgorde(db.app())).hasSize(14);
        assertThat(perPartitie(db)).containsEntry("regel_overig", 1L)
                .containsEntry("regel_" + java.time.format.DateTimeFormatter.ofPattern("yyyy_MM").format(
                java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)), 1L);
        Uitslag daarna = controleer(db, false);
        assertThat(daarna.bevindingen()).isEmpty();
        assertThat(daarna.gecontroleerdVanaf()).isEqualTo(10);
        assertThat(controleer(db, true).bevindingen()).isEmpty();
    }

    @Test
    void maandenWordenVooruitGemaaktDoorDeApplicatieEnAlleenZo() throws Exception {
        TestDatabase.Eigen db = TestDatabase.eigen("maanden_vooruit");
        Logboekketen keten = keten(db);
        // the migration made this month and the next two; the daily call finds nothing to do
        assertThat(keten.maakMaandenVooruit()).isZero();
        // the application's role may not make an arbitrary month, nor touch a partition directly
        assertThatThrownBy(() -> sql(db.app(), "select logboek.maak_maand('2030-01-01')")).hasMessageContaining("permission denied");
        assertThatThrownBy(() -> sql(db.app(), "select count(*) from logboek.regel_overig")).hasMessageContaining("permission denied");

        new Logboek(db.app(), TestDatabase.LOGBOEKSLEUTEL).schrijf(regelOp("vroeg", Instant.parse("2030-05-02T08:00:00Z")));
        // a month whose rows already sit in the default partition is not made (they cannot move), a free one is
        assertThat(eenWaarde(db.eigenaar(), "select logboek.maak_maand('2030-05-01')")).isEqualTo("f");
        assertThat(eenWaarde(db.eigenaar(), "select logboek.maak_maand('2030-06-20')")).isEqualTo("t");
        assertThat(eenWaarde(db.eigenaar(), "select logboek.maak_maand('2030-06-01')")).isEqualTo("f");
        new Logboek(db.app(), TestDatabase.LOGBOEKSLEUTEL).schrijf(regelOp("juni", Instant.parse("2030-06-30T23:00:00Z")));
        assertThat(perPartitie(db)).containsEntry("regel_overig", 1L).containsEntry("regel_2030_06", 1L);
        Logboekregels.ketenAlles(keten, db.app());
        assertThat(controleer(db, true).bevindingen()).isEmpty();
    }

    @Test
    void elkePartitieIsAlleenToevoegenOokVoorDeEigenaar() throws Exception {
        TestDatabase.Eigen db = TestDatabase.eigen("maanden_alleen_toevoegen");
        sql(db.eigenaar(), "select logboek.maak_maand('2025-11-01'), logboek.maak_maand('2025-12-01')");
        schrijfInMaanden(db, 2); // January 2026 has no month of its own here: the default partition takes it
        Logboekregels.ketenAlles(keten(db), db.app());
        assertThat(perPartitie(db)).containsExactly(Map.entry("regel_2025_11", 2L), Map.entry("regel_2025_12", 2L),
                Map.entry("regel_overig", 2L));
        List<String> partities = partities(db);
        assertThat(partities).contains("regel_overig", "regel_2025_11", "regel_2025_12").hasSizeGreaterThanOrEqualTo(6);
        // the owner, with the triggers on: every partition refuses truncate (its own statement trigger), and each one
        // holding rows refuses update and delete (the parent's row triggers, cloned onto it)
        for (String partitie : partities) {
            assertThatThrownBy(() -> sql(db.eigenaar(), "truncate logboek." + partitie)).as(partitie)
                    .hasMessageContaining("het logboek is alleen-toevoegen: TRUNCATE");
        }
        for (String partitie : List.of("regel_2025_11", "regel_2025_12", "regel_overig")) {
            assertThatThrownBy(() -> sql(db.eigenaar(), "update logboek." + partitie + " set gebruiker_id = 'niemand'")).as(partitie)
                    .hasMessageContaining("het logboek is alleen-toevoegen: UPDATE");
            assertThatThrownBy(() -> sql(db.eigenaar(), "delete from logboek." + partitie)).as(partitie)
                    .hasMessageContaining("het logboek is alleen-toevoegen: DELETE");
        }
        assertThat(Logboekregels.ketenvolgorde(db.app())).hasSize(6);
        assertThat(controleer(db, true).bevindingen()).isEmpty();
    }

    @Test
    void eenGewijzigdeRegelInEenOudeMaand() throws Exception {
        TestDatabase.Eigen db = gemigreerdMetMaanden("maanden_gewijzigd");
        alsSuperuser(db, "update logboek.regel set gebruiker_id = 'niemand' where id = (select id from logboek.keten where volgnummer = 2)");
        assertThat(tabelVan(db, 2)).isEqualTo("regel_2025_11");
        assertThat(controleer(db, true).bevindingen()).contains(new Bevinding("volgnummer 2", "inhoud gewijzigd na schrijven"));
    }

    @Test
    void eenVerwijderdeRegelInEenMaandTussenAnderen() throws Exception {
        TestDatabase.Eigen db = gemigreerdMetMaanden("maanden_verwijderd");
        assertThat(tabelVan(db, 7)).isEqualTo("regel_2025_12");
        alsSuperuser(db, "delete from logboek.regel where id = (select id from logboek.keten where volgnummer = 7)",
                "delete from logboek.keten where volgnummer = 7");
        assertThat(controleer(db, true).bevindingen()).containsExactly(new Bevinding("volgnummer 7", "regel ontbreekt (verwijderd)"));
        assertThat(controleer(db, false).bevindingen()).containsExactly(new Bevinding("volgnummers 1 t/m 10",
                "1 regel(s) ontbreken (verwijderd); de volledige controle (--volledig) noemt ze"));
    }

    @Test
    void eenIngevoegdeRegelOpDeGrensVanTweeMaanden() throws Exception {
        TestDatabase.Eigen db = gemigreerdMetMaanden("maanden_ingevoegd");
        // after the last row of December (8), before the first of January (9): a forged row chained to 8
        alsSuperuser(db, "update logboek.keten set volgnummer = volgnummer + 100 where volgnummer > 8",
                "update logboek.keten set volgnummer = volgnummer - 99 where volgnummer > 108",
                "insert into logboek.regel (id, tijdstip, gebruiker_id, handeling, uitkomst, invoegnummer, transactie, zegel)"
                        + " values (gen_random_uuid(), '2025-12-31T23:59:59.5Z', 'nep', 'overdracht.lezen', 'TOEGESTAAN', 1000, '1',"
                        + " repeat('a', 64))",
                "insert into logboek.keten (volgnummer, id, tijdstip, vorige_hash, hash) select 9, g.id, g.tijdstip, k.hash,"
                        + " encode(sha256(convert_to(logboek.inhoud(g, 9, k.hash), 'UTF8')), 'hex')"
                        + " from logboek.regel g, logboek.keten k where g.gebruiker_id = 'nep' and k.volgnummer = 8");
        assertThat(controleer(db, true).bevindingen()).contains(
                new Bevinding("volgnummer 9", "zegel klopt niet (gewijzigd na schrijven, of niet door de applicatie geschreven)"),
                new Bevinding("volgnummer 10", "verwijzing naar de vorige regel klopt niet (regel ervoor verwijderd, ingevoegd of gewijzigd)"));
        // the checkpoint at 10 no longer matches the chain either
        assertThat(controleer(db, false).bevindingen()).contains(
                new Bevinding("volgnummer 10", "keten wijkt af van het getekende ankerpunt (herschreven en herberekend)"));
    }

    @Test
    void deDrieVragenVanDeFunctionarisGebruikenHunIndexEnAlleenDeGevraagdeMaanden() throws Exception {
        TestDatabase.Eigen db = TestDatabase.eigen("maanden_plan");
        try (Connection c = db.eigenaar().getConnection(); Statement s = c.createStatement()) {
            for (int maand = 1; maand <= 6; maand++) {
                s.execute("select logboek.maak_maand('2026-0" + maand + "-01')");
            }
            // 36,000 rows over six months: 3,000 users, 5,000 resources, 8,000 betrokkenen; the zegel is only checked
            // for its form here (this test is about plans, not about the chain)
            s.execute("insert into logboek.regel (id, tijdstip, gebruiker_id, rol, handeling, bron_type, bron_id, betrokkenen,"
                    + " uitkomst, zegel) select gen_random_uuid(), timestamptz '2026-01-01 00:00Z' + (i * interval '430 seconds'),"
                    + " 'u-' || (i % 3000), 'procesregisseur', 'overdracht.lezen', 'OVERDRACHT', md5('bron' || (i % 5000))::uuid,"
                    + " array[md5('betrokkene' || (i % 8000))::uuid], 'TOEGESTAAN', repeat('a', 64) from generate_series(1, 36000) i");
            s.execute("analyze logboek.regel");
        }
        String betrokkene = plan(db, "r.betrokkenen @> array['" + uuid("betrokkene7") + "']::uuid[]");
        assertThat(betrokkene).contains("regel_2026_03_betrokkenen_idx", "regel_2026_04_betrokkenen_idx");
        String gebruiker = plan(db, "r.gebruiker_id = 'u-7'");
        assertThat(gebruiker).contains("regel_2026_03_gebruiker_id_tijdstip_idx", "regel_2026_04_gebruiker_id_tijdstip_idx");
        String bron = plan(db, "r.bron_type = 'OVERDRACHT' and r.bron_id = '" + uuid("bron7") + "'");
        assertThat(bron).contains("regel_2026_03_bron_type_bron_id_tijdstip_idx", "regel_2026_04_bron_type_bron_id_tijdstip_idx");
        for (String p : List.of(betrokkene, gebruiker, bron)) {
            // months outside the question are pruned, and nothing is read whole
            assertThat(p).doesNotContain("Seq Scan", "regel_2026_01", "regel_2026_02", "regel_2026_05", "regel_2026_06", "regel_overig");
        }
    }

    /** The privacy officer's query as {@link LogboekLezer} puts it, over March and April. */
    private static String plan(TestDatabase.Eigen db, String voorwaarde) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection c = db.app().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("explain select * from logboek.regel r where " + voorwaarde
                        + " and r.tijdstip >= '2026-03-01T00:00Z' and r.tijdstip < '2026-05-01T00:00Z' order by r.invoegnummer desc limit 51")) {
            while (r.next()) {
                plan.append(r.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private static String uuid(String tekst) throws Exception {
        byte[] md5 = java.security.MessageDigest.getInstance("MD5").digest(tekst.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String hex = java.util.HexFormat.of().formatHex(md5);
        return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5")).toString();
    }

    /** V3 from the start, 4 rows in each of three months chained with a checkpoint every 5. */
    private TestDatabase.Eigen gemigreerdMetMaanden(String naam) throws SQLException {
        TestDatabase.Eigen db = TestDatabase.eigen(naam);
        try (Connection c = db.eigenaar().getConnection(); Statement s = c.createStatement()) {
            s.execute("select logboek.maak_maand('2025-11-01'), logboek.maak_maand('2025-12-01'), logboek.maak_maand('2026-01-01')");
        }
        schrijfInMaanden(db, 4);
        Logboekregels.ketenAlles(keten(db), db.app());
        assertThat(perPartitie(db)).containsExactly(Map.entry("regel_2025_11", 4L), Map.entry("regel_2025_12", 4L),
                Map.entry("regel_2026_01", 4L));
        assertThat(controleer(db, true).bevindingen()).isEmpty();
        return db;
    }

    /** {@code perMaand} rows in each of November, December and January, written in that order. */
    private void schrijfInMaanden(TestDatabase.Eigen db, int perMaand) throws SQLException {
        Logboek logboek = new Logboek(db.app(), TestDatabase.LOGBOEKSLEUTEL);
        for (Instant maand : List.of(NOVEMBER, DECEMBER, JANUARI)) {
            for (int i = 0; i < perMaand; i++) {
                logboek.schrijf(regelOp("u-" + i, maand));
            }
        }
    }

    private Logboekketen keten(TestDatabase.Eigen db) {
        return new Logboekketen(db.app(), TestDatabase.LOGBOEKSLEUTEL, 5, Optional.of(new Ankerbestand(map.resolve("ankers.log"))));
    }

    private static Logboekregel regelOp(String gebruiker, Instant tijdstip) {
        return new Logboekregel(UUID.randomUUID(), 0, tijdstip, gebruiker, null, Optional.empty(), Optional.of("VTRR"),
                "procesregisseur", "overdracht.lezen", Optional.of("OVERDRACHT"), Optional.of(UUID.randomUUID()),
                List.of(UUID.randomUUID()), Optional.of("OVERDRACHT"), Optional.empty(), Optional.empty(), false,
                Uitkomst.TOEGESTAAN, "schakel-web", "127.0.0.1", "c", null, 0);
    }

    private Uitslag controleer(TestDatabase.Eigen db, boolean volledig) throws SQLException {
        try (Connection c = db.eigenaar().getConnection()) {
            return new Logboekcontroleur(c, Optional.of(TestDatabase.LOGBOEKSLEUTEL),
                    Optional.of(new Ankerbestand(map.resolve("ankers.log")))).controleer(volledig);
        }
    }

    private static Map<String, Long> perPartitie(TestDatabase.Eigen db) throws SQLException {
        Map<String, Long> aantallen = new LinkedHashMap<>();
        try (Connection c = db.eigenaar().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select p.relname, count(*) from logboek.regel g join pg_class p on p.oid = g.tableoid"
                        + " group by p.relname order by p.relname")) {
            while (r.next()) {
                aantallen.put(r.getString(1), r.getLong(2));
            }
        }
        return aantallen;
    }

    private static List<String> partities(TestDatabase.Eigen db) throws SQLException {
        List<String> namen = new ArrayList<>();
        try (Connection c = db.eigenaar().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select inhrelid::regclass::text from pg_inherits where inhparent = 'logboek.regel'::regclass")) {
            while (r.next()) {
                namen.add(r.getString(1).replace("logboek.", ""));
            }
        }
        return namen;
    }

    private static String tabelVan(TestDatabase.Eigen db, long volgnummer) throws SQLException {
        return eenWaarde(db.eigenaar(), "select p.relname from logboek.regel g join logboek.keten k on k.id = g.id and k.tijdstip = g.tijdstip"
                + " join pg_class p on p.oid = g.tableoid where k.volgnummer = " + volgnummer);
    }

    private static String eenWaarde(DataSource bron, String query) throws SQLException {
        try (Connection c = bron.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getString(1);
        }
    }

    private static void sql(DataSource bron, String query) throws SQLException {
        try (Connection c = bron.getConnection(); Statement s = c.createStatement()) {
            s.execute(query);
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
}
