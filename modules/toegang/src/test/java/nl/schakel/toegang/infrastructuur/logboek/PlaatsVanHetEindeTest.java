package nl.schakel.toegang.infrastructuur.logboek;

import static nl.schakel.toegang.infrastructuur.logboek.Logboekregels.regel;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.toegang.infrastructuur.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Logboek V7 on a chain that is running: the end's place in the chainer's order is taken from the last chained row,
 * an unchained row written before the migration is chained after it, and the chain stays whole; then V8 and V9 on
 * the same chain. Before V8 the rows are chained as the chainer of those versions did ({@link KetenVoorV8}).
 */
class PlaatsVanHetEindeTest {

    @Test
    void deOmzettingGeeftHetEindeDePlaatsVanDeLaatsteGeketendeRegelEnDeKetenLooptDoor() throws SQLException {
        TestDatabase.Eigen db = TestDatabase.eigenTot("logboek_plaats_van_het_einde", "6");
        Logboek logboek = new Logboek(db.app(), TestDatabase.LOGBOEKSLEUTEL);
        logboek.schrijf(regel("voor-1"));
        logboek.schrijf(regel("voor-2"));
        assertThat(KetenVoorV8.ketenAlles(db.app(), 2)).isEqualTo(2);
        logboek.schrijf(regel("voor-3"));

        TestDatabase.migreerLogboek(db, "7");

        assertThat(Logboekregels.tweeKolommen(db.app(), "select transactie::text, invoegnummer from logboek.kop"))
                .isEqualTo(Logboekregels.tweeKolommen(db.app(), "select transactie::text, invoegnummer from logboek.regel where volgnummer = 2"));
        logboek.schrijf(regel("na-1"));
        // V7's trigger takes the rows in the queue's order from the end's place on
        assertThat(KetenVoorV8.ketenAlles(db.app(), 2)).isEqualTo(2);
        assertThat(Logboekregels.ketenvolgorde(db.app())).hasSize(4).isEqualTo(Logboekregels.verwachteVolgorde(db.app()));
        assertThat(Logboekregels.tweeKolommen(db.app(), "select transactie::text, invoegnummer from logboek.kop"))
                .isEqualTo(Logboekregels.tweeKolommen(db.app(), "select transactie::text, invoegnummer from logboek.regel where volgnummer = 4"));

        // V8: the links move into their own table with their numbers and hashes, an unchained row keeps its place in
        // the queue, and the chain carries on through the table of links
        logboek.schrijf(regel("voor-v8"));
        TestDatabase.migreerLogboek(db, "9");
        assertThat(Logboekregels.tweeKolommen(db.app(), "select count(*), max(volgnummer) from logboek.keten")).containsExactly("4", "4");
        assertThat(Logboekregels.ongeketend(db.app())).isEqualTo(1);
        logboek.schrijf(regel("na-v8"));
        Logboekketen naV8 = new Logboekketen(db.app(), TestDatabase.LOGBOEKSLEUTEL, 2, Optional.empty());
        Logboekregels.ketenAlles(naV8, db.app());
        assertThat(Logboekregels.ketenvolgorde(db.app())).hasSize(6).isEqualTo(Logboekregels.verwachteVolgorde(db.app()));
        try (Connection c = db.eigenaar().getConnection()) {
            Logboekcontroleur.Uitslag uitslag = new Logboekcontroleur(c, Optional.of(TestDatabase.LOGBOEKSLEUTEL),
                    Optional.empty()).controleer(true);
            assertThat(uitslag.bevindingen()).isEmpty();
            assertThat(uitslag.geketend()).isEqualTo(6);
            assertThat(uitslag.ankerpunten()).isEqualTo(3);
        }
        // V9: what only the chain before V8 used is gone
        assertThat(Logboekregels.tweeKolommen(db.eigenaar(), "select to_regprocedure('logboek.alleen_ketenen()'),"
                + " to_regprocedure('logboek.inhoud(logboek.regel)')")).containsExactly(null, null);
    }

    @Test
    void eenLegeKetenKrijgtGeenPlaatsEnKetentDeEersteRegelToch() throws SQLException {
        TestDatabase.Eigen db = TestDatabase.eigenTot("logboek_plaats_leeg", "7");
        assertThat(Logboekregels.tweeKolommen(db.app(), "select transactie::text, invoegnummer from logboek.kop")).containsExactly(null, null);
        Logboek logboek = new Logboek(db.app(), TestDatabase.LOGBOEKSLEUTEL);
        logboek.schrijf(regel("eerste"));
        logboek.schrijf(regel("tweede"));
        assertThat(KetenVoorV8.ketenAlles(db.app(), 10)).isEqualTo(2);
        assertThat(Logboekregels.ketenvolgorde(db.app())).isEqualTo(Logboekregels.verwachteVolgorde(db.app()));
    }
}
