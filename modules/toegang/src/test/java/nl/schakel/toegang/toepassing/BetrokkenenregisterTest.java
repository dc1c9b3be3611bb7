package nl.schakel.toegang.toepassing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.schakel.toegang.domein.betrokkene.Bsnsleutel;
import nl.schakel.toegang.domein.betrokkene.Herkenningsvraag;
import nl.schakel.toegang.infrastructuur.BetrokkeneRepository;
import nl.schakel.toegang.infrastructuur.TestDatabase;
import nl.schakel.toegang.infrastructuur.Transactie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The person registry on real PostgreSQL with its real migration, as the runtime role, each call in a transaction
 * as the flows make it: one id per BSN however many flows and threads ask, a new one without a BSN, no BSN stored.
 */
class BetrokkenenregisterTest {

    private static final Bsnsleutel SLEUTEL = Bsnsleutel.van("alleen-voor-de-test-" + UUID.randomUUID());

    private final DataSource app = TestDatabase.app();
    private final ExecutorService draden = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        draden.shutdownNow();
    }

    @Test
    void hetzelfdeBsnGeeftInElkeTransactieHetzelfdeId() throws Exception {
        String bsn = nieuwBsn();

        UUID eerste = herken(Herkenningsvraag.metBsn(bsn));
        UUID tweede = herken(Herkenningsvraag.metBsn(bsn));

        assertThat(tweede).isEqualTo(eerste);
        assertThat(aantalPersonen(eerste)).isEqualTo(1);
        assertThat(herken(Herkenningsvraag.metBsn(nieuwBsn()))).isNotEqualTo(eerste);
    }

    @Test
    void eenAndereSleutelHerkentNiemand() throws Exception {
        String bsn = nieuwBsn();
        UUID id = herken(Herkenningsvraag.metBsn(bsn));

        Betrokkenenregister andereSleutel = new Betrokkenenregister(new BetrokkeneRepository(app),
                Bsnsleutel.van("een-andere-sleutel-" + UUID.randomUUID()));

        assertThat(andereSleutel.zoek(bsn)).isEmpty();
        assertThat(register(app).zoek(bsn)).contains(id);
    }

    @Test
    void zonderBsnSteedsEenNieuwId() throws Exception {
        UUID eerste = herken(Herkenningsvraag.zonderBsn(null));
        UUID tweede = herken(Herkenningsvraag.zonderBsn(null));

        assertThat(tweede).isNotEqualTo(eerste);
        assertThat(aantalPersonen(eerste)).isEqualTo(1);
        assertThat(aantalPersonen(tweede)).isEqualTo(1);
    }

    @Test
    void eenGehoudenIdZonderBsnBlijft() throws Exception {
        UUID id = herken(Herkenningsvraag.zonderBsn(null));

        assertThat(herken(Herkenningsvraag.zonderBsn(id))).isEqualTo(id);
    }

    @Test
    void eenOnbekendIdWordtNietOvergenomen() throws Exception {
        UUID verzonnen = UUID.randomUUID();

        UUID id = herken(Herkenningsvraag.zonderBsn(verzonnen));

        assertThat(id).isNotEqualTo(verzonnen);
        assertThat(aantalPersonen(verzonnen)).isZero();
    }

    @Test
    void eenIdMetBsnIsZonderDatBsnNietTeBereiken() throws Exception {
        UUID metBsn = herken(Herkenningsvraag.metBsn(nieuwBsn()));

        // a flow that dropped a (mistyped) BSN must not keep its betrokkene linked to that number's person
        assertThat(herken(Herkenningsvraag.zonderBsn(metBsn))).isNotEqualTo(metBsn);
    }

    @Test
    void hetBsnBeslistOokAlsDeStroomEenIdHoudt() throws Exception {
        String bsn = nieuwBsn();
        UUID viaBsn = herken(Herkenningsvraag.metBsn(bsn));
        UUID zonder = herken(Herkenningsvraag.zonderBsn(null));

        assertThat(herken(new Herkenningsvraag(Optional.of(bsn), Optional.of(zonder)))).isEqualTo(viaBsn);
    }

    @Test
    void eenLijstKrijgtZijnIdsInDeGevraagdeVolgorde() throws Exception {
        String a = nieuwBsn();
        String b = nieuwBsn();
        UUID bekendB = herken(Herkenningsvraag.metBsn(b));

        List<UUID> ids;
        try (Transactie t = new Transactie(app)) {
            ids = register(t.bron()).herken(List.of(Herkenningsvraag.metBsn(a), Herkenningsvraag.zonderBsn(null),
                    Herkenningsvraag.metBsn(b), Herkenningsvraag.metBsn(a)));
            t.commit();
        }

        assertThat(ids).hasSize(4);
        assertThat(ids.get(3)).isEqualTo(ids.get(0));
        assertThat(ids.get(2)).isEqualTo(bekendB);
        assertThat(ids.subList(0, 3)).doesNotHaveDuplicates();
        assertThat(register(app).herken(List.of())).isEmpty();
    }

    @Test
    void hetBsnZelfStaatNergensInHetRegister() throws Exception {
        String bsn = nieuwBsn();
        UUID id = herken(Herkenningsvraag.metBsn(bsn));

        try (Connection c = app.getConnection(); PreparedStatement s = c.prepareStatement(
                "select row_to_json(p)::text, encode(p.bsn_kenmerk, 'hex'), encode(p.bsn_kenmerk, 'escape') from betrokkene.persoon p where id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).doesNotContain(bsn);
                assertThat(r.getString(2)).hasSize(64).doesNotContain(bsn);
                assertThat(r.getString(3)).doesNotContain(bsn);
            }
        }
    }

    @Test
    void zoekenRegistreertNiemand() throws Exception {
        String bsn = nieuwBsn();

        assertThat(register(app).zoek(bsn)).isEmpty();
        assertThat(register(app).zoek(bsn)).isEmpty();

        UUID id = herken(Herkenningsvraag.metBsn(bsn));
        assertThat(register(app).zoek(bsn)).contains(id);
    }

    @Test
    void eenTeruggedraaideTransactieRegistreertNiemand() throws Exception {
        String bsn = nieuwBsn();
        UUID id;
        try (Transactie t = new Transactie(app)) {
            id = register(t.bron()).herken(Herkenningsvraag.metBsn(bsn));
            t.rollback();
        }

        assertThat(register(app).zoek(bsn)).isEmpty();
        assertThat(aantalPersonen(id)).isZero();
    }

    @Test
    void deApplicatieKanEenIdNietWijzigenOfVerwijderen() throws Exception {
        UUID id = herken(Herkenningsvraag.metBsn(nieuwBsn()));
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update betrokkene.persoon set id = gen_random_uuid() where id = '" + id + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("delete from betrokkene.persoon where id = '" + id + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void tweeDradenTegelijkMetHetzelfdeNieuweBsnKrijgenEenId() throws Exception {
        String bsn = nieuwBsn();
        CyclicBarrier start = new CyclicBarrier(2);

        Future<UUID> een = draden.submit(() -> inEigenTransactie(start, bsn));
        Future<UUID> twee = draden.submit(() -> inEigenTransactie(start, bsn));

        UUID id = een.get(30, TimeUnit.SECONDS);
        assertThat(twee.get(30, TimeUnit.SECONDS)).isEqualTo(id);
        assertThat(aantalPersonen(id)).isEqualTo(1);
        assertThat(register(app).zoek(bsn)).contains(id);
    }

    @Test
    void wieWachtOpEenOpenTransactieKrijgtNaHaarCommitHaarId() throws Exception {
        String bsn = nieuwBsn();
        try (Transactie eerste = new Transactie(app)) {
            UUID id = register(eerste.bron()).herken(Herkenningsvraag.metBsn(bsn));

            Future<UUID> tweede = draden.submit(() -> inEigenTransactie(null, bsn));
            wachtTotIemandOpEenSlotWacht();
            eerste.commit();

            assertThat(tweede.get(30, TimeUnit.SECONDS)).isEqualTo(id);
        }
        assertThat(register(app).zoek(bsn)).isPresent();
    }

    @Test
    void wieWachtOpEenTransactieDieTerugdraaitRegistreertZelf() throws Exception {
        String bsn = nieuwBsn();
        Future<UUID> tweede;
        UUID vanDeEerste;
        try (Transactie eerste = new Transactie(app)) {
            vanDeEerste = register(eerste.bron()).herken(Herkenningsvraag.metBsn(bsn));

            tweede = draden.submit(() -> inEigenTransactie(null, bsn));
            wachtTotIemandOpEenSlotWacht();
            eerste.rollback();
        }

        UUID id = tweede.get(30, TimeUnit.SECONDS);
        assertThat(id).isNotEqualTo(vanDeEerste);
        assertThat(register(app).zoek(bsn)).contains(id);
    }

    // ----

    /** One flow's transaction in a thread of its own; with a barrier, both threads ask at the same moment. */
    private UUID inEigenTransactie(CyclicBarrier start, String bsn) throws Exception {
        try (Transactie t = new Transactie(app)) {
            Betrokkenenregister register = register(t.bron());
            if (start != null) {
                start.await(30, TimeUnit.SECONDS);
            }
            UUID id = register.herken(Herkenningsvraag.metBsn(bsn));
            t.commit();
            return id;
        }
    }

    /** Until a backend of this database waits on a lock (the second insert of a kenmerk, on the first's row). */
    private void wachtTotIemandOpEenSlotWacht() throws SQLException {
        Instant uiterlijk = Instant.now().plus(Duration.ofSeconds(30));
        try (Connection c = app.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")) {
            while (true) {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getInt(1) > 0) {
                        return;
                    }
                }
                assertThat(Instant.now()).as("niemand wacht op het slot").isBefore(uiterlijk);
                Thread.onSpinWait();
            }
        }
    }

    private UUID herken(Herkenningsvraag vraag) throws SQLException {
        try (Transactie t = new Transactie(app)) {
            UUID id = register(t.bron()).herken(vraag);
            t.commit();
            return id;
        }
    }

    private static Betrokkenenregister register(DataSource bron) {
        return new Betrokkenenregister(new BetrokkeneRepository(bron), SLEUTEL);
    }

    private int aantalPersonen(UUID id) throws SQLException {
        try (Connection c = app.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from betrokkene.persoon where id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** Nine digits; the registry leaves the elfproef to the flow. Random, because the test database is shared. */
    private static String nieuwBsn() {
        return String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    }
}
