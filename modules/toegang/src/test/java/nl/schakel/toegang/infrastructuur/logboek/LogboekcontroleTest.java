package nl.schakel.toegang.infrastructuur.logboek;

import static nl.schakel.toegang.infrastructuur.logboek.Logboekregels.regel;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.toegang.infrastructuur.TestDatabase;
import nl.schakel.toegang.infrastructuur.logboek.Logboekcontroleur.Bevinding;
import nl.schakel.toegang.infrastructuur.logboek.Logboekcontroleur.Uitslag;
import nl.schakel.toegang.infrastructuur.logboek.Regelplaatsen.GelezenRegel;
import nl.schakel.toegang.infrastructuur.logboek.Regelplaatsen.Plaats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tampering, each kind found and named by the check behind {@code ./schakel logboek-controle}: an altered row, a
 * deleted row, an inserted row, a row altered before it was chained, and the superuser's rewrite with every later hash
 * recomputed. Each test on a database of its own with 25 rows and a checkpoint every 10.
 */
class LogboekcontroleTest {

    @TempDir
    Path map;

    @Test
    void eenHeelLogboekIsHeelEnDeSnelleControleBegintBijHetLaatsteAnkerpunt() throws Exception {
        TestDatabase.Eigen db = logboek("controle_heel", 25, 3);
        Uitslag snel = controleer(db, false);
        assertThat(snel.bevindingen()).isEmpty();
        assertThat(snel.geketend()).isEqualTo(25);
        assertThat(snel.ankerpunten()).isEqualTo(2);
        assertThat(snel.gecontroleerdVanaf()).isEqualTo(20);
        assertThat(snel.regelsGecontroleerd()).isEqualTo(5);
        assertThat(snel.ongeketend()).isEqualTo(3);
        assertThat(snel.oudsteOngeketend()).isPresent();

        Uitslag volledig = controleer(db, true);
        assertThat(volledig.bevindingen()).isEmpty();
        assertThat(volledig.gecontroleerdVanaf()).isZero();
        assertThat(volledig.regelsGecontroleerd()).isEqualTo(25);
        assertThat(Files.readAllLines(ankers())).hasSize(2).allSatisfy(r -> assertThat(r).matches("(10|20) [0-9a-f]{64} \\S+ [0-9a-f]{64}"));
    }

    @Test
    void eenGewijzigdeRegel() throws Exception {
        TestDatabase.Eigen db = logboek("controle_gewijzigd", 25, 0);
        alsSuperuser(db, "update logboek.regel set gebruiker_id = 'niemand' where id = " + rijVan(23));
        assertThat(controleer(db, false).bevindingen()).contains(
                new Bevinding("volgnummer 23", "inhoud gewijzigd na schrijven"),
                new Bevinding("volgnummer 23", "zegel klopt niet (gewijzigd na schrijven, of niet door de applicatie geschreven)"));
    }

    @Test
    void eenVerwijderdeRegel() throws Exception {
        TestDatabase.Eigen db = logboek("controle_verwijderd", 25, 0);
        // a thorough superuser takes the row and its link
        alsSuperuser(db, "delete from logboek.regel where id = " + rijVan(7), "delete from logboek.keten where volgnummer = 7");
        assertThat(controleer(db, true).bevindingen()).containsExactly(new Bevinding("volgnummer 7", "regel ontbreekt (verwijderd)"));
        // the fast check: the checkpoints still match, but it counts the rows before the last one
        assertThat(controleer(db, false).bevindingen()).containsExactly(new Bevinding("volgnummers 1 t/m 20",
                "1 regel(s) ontbreken (verwijderd); de volledige controle (--volledig) noemt ze"));
    }

    @Test
    void deVolledigeControleLooptInPartijenOverHunGrenzen() throws Exception {
        TestDatabase.Eigen db = logboek("controle_partijen", 25, 0);
        Uitslag heel = controleer(db, true, 4);
        assertThat(heel.bevindingen()).isEmpty();
        assertThat(heel.regelsGecontroleerd()).isEqualTo(25);
        assertThat(heel.geketend()).isEqualTo(25);

        // the last link of the second batch, the first of the third, and a row gone from the fourth's edge
        alsSuperuser(db, "update logboek.regel set gebruiker_id = 'niemand' where id = " + rijVan(8),
                "update logboek.keten set vorige_hash = repeat('0', 64) where volgnummer = 9",
                "delete from logboek.regel where id = " + rijVan(12));
        Uitslag gevonden = controleer(db, true, 4);
        assertThat(gevonden.bevindingen()).containsExactly(
                new Bevinding("volgnummer 8", "inhoud gewijzigd na schrijven"),
                new Bevinding("volgnummer 8", "zegel klopt niet (gewijzigd na schrijven, of niet door de applicatie geschreven)"),
                new Bevinding("volgnummer 9", "verwijzing naar de vorige regel klopt niet (regel ervoor verwijderd, ingevoegd of gewijzigd)"),
                new Bevinding("volgnummer 9", "inhoud gewijzigd na schrijven"),
                new Bevinding("volgnummer 12", "regel ontbreekt (verwijderd)"));
        assertThat(gevonden.regelsGecontroleerd()).isEqualTo(25);
    }

    @Test
    void deRegelsVanEenTijdvakZijnDezelfdeAlsPerIdOokVoorbijHetPlafond() throws Exception {
        TestDatabase.Eigen db = logboek("controle_tijdvak", 25, 3);
        alsSuperuser(db, "delete from logboek.regel where id = " + rijVan(12));
        try (Connection c = db.eigenaar().getConnection()) {
            List<Plaats> plaatsen = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select id, tijdstip from logboek.keten where volgnummer between 3 and 20 order by volgnummer")) {
                while (r.next()) {
                    plaatsen.add(new Plaats(r.getObject(1, UUID.class), r.getTimestamp(2).toInstant()));
                }
            }
            Map<Plaats, GelezenRegel> perId = Regelplaatsen.lees(c, plaatsen);
            assertThat(perId).hasSize(17).doesNotContainKey(plaatsen.get(12 - 3));

            // the whole stretch in one read, and capped at 5 rows so that the other 12 are looked up by id
            for (int plafond : new int[] {1_000, 5}) {
                Map<Plaats, GelezenRegel> opTijd = Regelplaatsen.leesOpTijd(c, plaatsen, plafond);
                assertThat(opTijd.keySet()).as("plafond " + plafond).isEqualTo(perId.keySet());
                opTijd.forEach((plaats, gelezen) -> {
                    assertThat(gelezen.regel()).isEqualTo(perId.get(plaats).regel());
                    assertThat(gelezen.zegel()).isEqualTo(perId.get(plaats).zegel());
                });
            }
        }
    }

    @Test
    void eenVerwijderdeRegelWaarvanDeSchakelBleef() throws Exception {
        TestDatabase.Eigen db = logboek("controle_verwijderd_schakel_bleef", 25, 0);
        alsSuperuser(db, "delete from logboek.regel where id = " + rijVan(7));
        assertThat(controleer(db, true).bevindingen()).containsExactly(new Bevinding("volgnummer 7", "regel ontbreekt (verwijderd)"));
        // the fast check: the links before the last checkpoint are all there, but the rows no longer add up to them
        assertThat(controleer(db, false).bevindingen()).containsExactly(new Bevinding("volgnummer 7", "regel ontbreekt (verwijderd)"));
    }

    @Test
    void eenOngeketendeRegelVerwijderdMetAchterlatingVanHaarPlaatsInDeRij() throws Exception {
        TestDatabase.Eigen db = logboek("controle_plaats_zonder_regel", 25, 3);
        long invoegnummer = invoegnummerVanOngeketende(db);
        alsSuperuser(db, "delete from logboek.regel where invoegnummer = " + invoegnummer);
        assertThat(controleer(db, false).bevindingen()).singleElement().satisfies(b -> {
            assertThat(b.plaats()).startsWith("ongeketende regel " + invoegnummer + " (id ");
            assertThat(b.probleem()).isEqualTo("regel ontbreekt (verwijderd voordat hij geketend was)");
        });
    }

    @Test
    void eenIngevoegdeRegel() throws Exception {
        TestDatabase.Eigen db = logboek("controle_ingevoegd", 25, 0);
        // the superuser adds a row at the end of the chain with a correct link and hash (computed as the database does),
        // and a made-up seal: without the key it cannot make the right one
        alsSuperuser(db, NEPREGEL, nepSchakel(26, 25));
        Uitslag uitslag = controleer(db, false);
        assertThat(uitslag.bevindingen()).containsExactly(
                new Bevinding("volgnummer 26", "zegel klopt niet (gewijzigd na schrijven, of niet door de applicatie geschreven)"));
    }

    @Test
    void eenIngevoegdeRegelInHetMiddenVanDeKeten() throws Exception {
        TestDatabase.Eigen db = logboek("controle_tussengevoegd", 25, 0);
        // make room after 12 and put a forged row there, chained to 12; the old 13 no longer links
        alsSuperuser(db, "update logboek.keten set volgnummer = volgnummer + 100 where volgnummer > 12",
                "update logboek.keten set volgnummer = volgnummer - 99 where volgnummer > 112", NEPREGEL, nepSchakel(13, 12));
        Uitslag uitslag = controleer(db, true);
        assertThat(uitslag.bevindingen()).contains(
                new Bevinding("volgnummer 13", "zegel klopt niet (gewijzigd na schrijven, of niet door de applicatie geschreven)"),
                new Bevinding("volgnummer 14", "verwijzing naar de vorige regel klopt niet (regel ervoor verwijderd, ingevoegd of gewijzigd)"));
    }

    @Test
    void eenGewijzigdeRegelInDeOngeketendeStaart() throws Exception {
        TestDatabase.Eigen db = logboek("controle_staart", 25, 3);
        long invoegnummer = invoegnummerVanOngeketende(db);
        alsSuperuser(db, "update logboek.regel set gebruiker_id = 'niemand' where invoegnummer = " + invoegnummer);

        Uitslag uitslag = controleer(db, false);
        assertThat(uitslag.ongeketend()).isEqualTo(3);
        assertThat(uitslag.bevindingen()).singleElement().satisfies(b -> {
            assertThat(b.plaats()).startsWith("ongeketende regel " + invoegnummer + " (id ");
            assertThat(b.probleem()).startsWith("zegel klopt niet");
        });
        // and the chainer does not give it a place: it chains what comes before and stops, and says so
        Logboekketen keten = new Logboekketen(db.app(), TestDatabase.LOGBOEKSLEUTEL, 10, Optional.of(new Ankerbestand(ankers())));
        keten.ketenBij(500);
        assertThat(keten.toestand().stilstand()).hasValueSatisfying(s -> assertThat(s).contains("zegel klopt niet"));
        assertThat(Logboekregels.ongeketend(db.app())).isEqualTo(2);
    }

    @Test
    void deSuperuserDieEenRegelHerschrijftEnElkeLatereHashHerberekentWordtGevonden() throws Exception {
        TestDatabase.Eigen db = logboek("controle_herschreven", 25, 0);
        // exactly the attack: in one transaction, under the chain's lock, triggers bypassed, rewrite row 5 and
        // recompute every later hash so that the chain links again
        alsSuperuser(db, "select pg_advisory_xact_lock(7514)",
                "update logboek.regel set gebruiker_id = 'niemand' where id = " + rijVan(5),
                "do $$ declare l record; r logboek.regel; vorige char(64); begin"
                        + " select hash into vorige from logboek.keten where volgnummer = 4;"
                        + " for l in select k.volgnummer as nummer, g as rij from logboek.keten k"
                        + "   join logboek.regel g on g.id = k.id and g.tijdstip = k.tijdstip where k.volgnummer >= 5 order by k.volgnummer loop"
                        + "   r := l.rij;"
                        + "   update logboek.keten k set vorige_hash = vorige,"
                        + "     hash = encode(sha256(convert_to(logboek.inhoud(r, l.nummer, vorige), 'UTF8')), 'hex')"
                        + "     where k.volgnummer = l.nummer returning k.hash into vorige;"
                        + " end loop; end $$");
        // the database's own check is fooled: that is the point
        try (Connection c = db.eigenaar().getConnection(); Statement s = c.createStatement()) {
            assertThat(s.executeQuery("select * from logboek.controleer()").next()).as("controleer() in SQL ziet niets").isFalse();
        }

        Uitslag snel = controleer(db, false);
        assertThat(snel.bevindingen()).contains(
                new Bevinding("volgnummer 10", "keten wijkt af van het getekende ankerpunt (herschreven en herberekend)"),
                new Bevinding("volgnummer 10", "keten wijkt af van het anker in " + ankers() + " (herschreven en herberekend)"));
        assertThat(controleer(db, true).bevindingen()).contains(
                new Bevinding("volgnummer 5", "zegel klopt niet (gewijzigd na schrijven, of niet door de applicatie geschreven)"));

        // the privacy officer without the key: the file outside the database is enough
        try (Connection c = db.eigenaar().getConnection()) {
            Uitslag zonderSleutel = new Logboekcontroleur(c, Optional.empty(), Optional.of(new Ankerbestand(ankers()))).controleer(false);
            assertThat(zonderSleutel.bevindingen()).contains(
                    new Bevinding("volgnummer 10", "keten wijkt af van het anker in " + ankers() + " (herschreven en herberekend)"));
        }

        // and if the superuser also rewrites the checkpoints in the database, their signatures no longer match
        alsSuperuser(db, "update logboek.ankerpunt a set hash = k.hash from logboek.keten k where k.volgnummer = a.volgnummer");
        assertThat(controleer(db, false).bevindingen()).contains(
                new Bevinding("ankerpunt 10", "handtekening klopt niet (niet met de logboeksleutel gemaakt)"),
                new Bevinding("ankerpunt 20", "handtekening klopt niet (niet met de logboeksleutel gemaakt)"));
    }

    /** {@code geketend} rows chained (checkpoint every 10, into the temp file), then {@code los} rows not chained. */
    private TestDatabase.Eigen logboek(String naam, int geketend, int los) throws SQLException {
        TestDatabase.Eigen db = TestDatabase.eigen(naam);
        Logboek logboek = new Logboek(db.app(), TestDatabase.LOGBOEKSLEUTEL);
        for (int i = 0; i < geketend; i++) {
            logboek.schrijf(regel("u-" + i));
        }
        Logboekketen keten = new Logboekketen(db.app(), TestDatabase.LOGBOEKSLEUTEL, 10, Optional.of(new Ankerbestand(ankers())));
        Logboekregels.ketenAlles(keten, db.app());
        for (int i = 0; i < los; i++) {
            logboek.schrijf(regel("los-" + i));
        }
        return db;
    }

    private Path ankers() {
        return map.resolve("logboek/ankers.log");
    }

    private Uitslag controleer(TestDatabase.Eigen db, boolean volledig) throws SQLException {
        return controleer(db, volledig, Logboekcontroleur.PARTIJ);
    }

    private Uitslag controleer(TestDatabase.Eigen db, boolean volledig, int partij) throws SQLException {
        try (Connection c = db.eigenaar().getConnection()) {
            return new Logboekcontroleur(c, Optional.of(TestDatabase.LOGBOEKSLEUTEL), Optional.of(new Ankerbestand(ankers())), partij)
                    .controleer(volledig);
        }
    }

    /** A forged row with a made-up seal (without the key the right one cannot be made). */
    private static final String NEPREGEL = "insert into logboek.regel (id, tijdstip, gebruiker_id, handeling, uitkomst, invoegnummer,"
            + " transactie, zegel) values (gen_random_uuid(), now(), 'nep', 'overdracht.lezen', 'TOEGESTAAN', 1000, '1', repeat('a', 64))";

    /** A link for the forged row as number {@code nummer}, after link {@code na}, its hash computed as the database does. */
    private static String nepSchakel(long nummer, long na) {
        return "insert into logboek.keten (volgnummer, id, tijdstip, vorige_hash, hash) select " + nummer + ", g.id, g.tijdstip, k.hash,"
                + " encode(sha256(convert_to(logboek.inhoud(g, " + nummer + ", k.hash), 'UTF8')), 'hex')"
                + " from logboek.regel g, logboek.keten k where g.gebruiker_id = 'nep' and k.volgnummer = " + na;
    }

    /** The id of the row of link {@code volgnummer}, as SQL. */
    private static String rijVan(long volgnummer) {
        return "(select id from logboek.keten where volgnummer = " + volgnummer + ")";
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

    /** The middle one of the unchained rows. */
    private static long invoegnummerVanOngeketende(TestDatabase.Eigen db) throws SQLException {
        try (Connection c = db.app().getConnection(); Statement s = c.createStatement();
                var r = s.executeQuery("select invoegnummer from logboek.ongeketend order by transactie, invoegnummer offset 1 limit 1")) {
            r.next();
            return r.getLong(1);
        }
    }
}
