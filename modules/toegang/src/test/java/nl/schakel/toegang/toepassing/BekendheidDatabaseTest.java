package nl.schakel.toegang.toepassing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.schakel.toegang.domein.betrokkene.Bsnsleutel;
import nl.schakel.toegang.domein.betrokkene.Herkenningsvraag;
import nl.schakel.toegang.domein.betrokkene.NaamEnGeboortedatum;
import nl.schakel.toegang.infrastructuur.BekendheidRepository;
import nl.schakel.toegang.infrastructuur.BetrokkeneRepository;
import nl.schakel.toegang.infrastructuur.TestDatabase;
import nl.schakel.toegang.infrastructuur.Transactie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bekendheidscheck's storage on real PostgreSQL with the real migrations, as the runtime role: a person registered
 * with a name is found by name (with and without first name) through the kenmerk only; the organisations are those with
 * a live holding grant; the count per user is serialised by the user's lock, so two requests at once cannot both pass.
 */
class BekendheidDatabaseTest {

    private static final Bsnsleutel SLEUTEL = Bsnsleutel.van("alleen-voor-de-test-" + UUID.randomUUID());
    private static final Instant NU = Instant.now();

    private final DataSource app = TestDatabase.app();
    private final ExecutorService draden = Executors.newFixedThreadPool(1);

    @AfterEach
    void stop() {
        draden.shutdownNow();
    }

    @Test
    void eenPersoonMetNaamIsTeVindenOpNaamMetEnZonderVoornaamEnDeNaamStaatNergens() throws Exception {
        String achternaam = "Fictief" + UUID.randomUUID().toString().substring(0, 6);
        NaamEnGeboortedatum persoon = new NaamEnGeboortedatum("van " + achternaam, "Noor", LocalDate.of(2018, 5, 20));
        UUID id;
        try (Transactie t = new Transactie(app)) {
            id = register(t.bron()).herken(Herkenningsvraag.zonderBsn(null).metNaam(persoon));
            t.commit();
        }

        assertThat(register(app).zoek(new NaamEnGeboortedatum(achternaam.toUpperCase(), null, LocalDate.of(2018, 5, 20)))).containsExactly(id);
        assertThat(register(app).zoek(new NaamEnGeboortedatum(achternaam, "noor", LocalDate.of(2018, 5, 20)))).containsExactly(id);
        assertThat(register(app).zoek(new NaamEnGeboortedatum(achternaam, "Sanne", LocalDate.of(2018, 5, 20)))).isEmpty();
        assertThat(register(app).zoek(new NaamEnGeboortedatum(achternaam, null, LocalDate.of(2018, 5, 21)))).isEmpty();
        assertThat(tekstInRegister(achternaam.toLowerCase())).as("geen naam in het register").isFalse();
    }

    @Test
    void eenPersoonMetBsnEnNaamHeeftEenIdVoorBeideVragen() throws Exception {
        String bsn = String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        NaamEnGeboortedatum persoon = new NaamEnGeboortedatum("Fictief" + UUID.randomUUID().toString().substring(0, 6), null,
                LocalDate.of(1990, 3, 1));
        UUID id;
        try (Transactie t = new Transactie(app)) {
            id = register(t.bron()).herken(Herkenningsvraag.metBsn(bsn).metNaam(persoon));
            // the same person again (a second flow): the pair is kept once
            assertThat(register(t.bron()).herken(Herkenningsvraag.metBsn(bsn).metNaam(persoon))).isEqualTo(id);
            t.commit();
        }
        assertThat(register(app).zoek(bsn)).contains(id);
        assertThat(register(app).zoek(persoon)).containsExactly(id);
    }

    @Test
    void alleenLevendeHoudendeToegangenNoemenEenOrganisatie() throws Exception {
        UUID persoon = UUID.randomUUID();
        UUID dossier = UUID.randomUUID();
        UUID overdracht = UUID.randomUUID();
        legVast("CRISISDOSSIER", dossier, persoon);
        legVast("OVERDRACHT", overdracht, persoon);
        verleen("CRISISDOSSIER", dossier, null, null, "CIT-X", "CRISISPARTNER", false, null, null);
        verleen("CRISISDOSSIER", dossier, null, null, "RAAD-X", "CRISISPARTNER", false, NU.minusSeconds(60), null); // ended
        verleen("CRISISDOSSIER", dossier, null, null, "FIL-X", "NOODTOEGANG", true, NU.plusSeconds(3600), null); // break-glass
        verleen("OVERDRACHT", overdracht, null, null, "WT-X", "ONTVANGER", false, null, NU.minusSeconds(5)); // withdrawn
        verleen("OVERDRACHT", overdracht, null, null, "VT-X", "EIGENAAR", false, null, null);
        // an entry a partner wrote and keeps after closure: its grant is on the child, the person on the file
        verleen("AANTEKENING", UUID.randomUUID(), "CRISISDOSSIER", dossier, "FIL-Y", "EIGENAAR", false, null, null);

        assertThat(new BekendheidRepository(app).houders(List.of(persoon), NU)).containsExactly("CIT-X", "FIL-Y", "VT-X");
        assertThat(new BekendheidRepository(app).houders(List.of(UUID.randomUUID()), NU)).isEmpty();
        assertThat(new BekendheidRepository(app).houders(List.of(), NU)).isEmpty();
    }

    @Test
    void eenTweedeVerzoekVanDezelfdeGebruikerWachtOpHetEersteEnZiehtZijnCheck() throws Exception {
        String gebruiker = "gebruiker-" + UUID.randomUUID();
        String ander = "ander-" + UUID.randomUUID();
        Future<List<Instant>> tweede;
        try (Transactie eerste = new Transactie(app)) {
            BekendheidRepository opslag = new BekendheidRepository(eerste.bron());
            assertThat(opslag.vergrendelEnTel(gebruiker, NU.minus(Duration.ofDays(1)))).isEmpty();

            // another user is not held up by this lock
            assertThat(draden.submit(() -> telInEigenTransactie(ander)).get(30, TimeUnit.SECONDS)).isEmpty();

            tweede = draden.submit(() -> telInEigenTransactie(gebruiker));
            wachtTotIemandOpEenSlotWacht();
            assertThat(tweede.isDone()).isFalse();
            opslag.telMee(gebruiker, NU, NU.minus(Duration.ofDays(1)));
            eerste.commit();
        }
        assertThat(tweede.get(30, TimeUnit.SECONDS)).as("de tweede telt de eerste mee").hasSize(1);
    }

    @Test
    void oudeChecksVallenWegBijDeVolgende() throws Exception {
        String gebruiker = "gebruiker-" + UUID.randomUUID();
        try (Transactie t = new Transactie(app)) {
            BekendheidRepository opslag = new BekendheidRepository(t.bron());
            opslag.telMee(gebruiker, NU.minus(Duration.ofHours(30)), NU.minus(Duration.ofDays(3)));
            opslag.telMee(gebruiker, NU, NU.minus(Duration.ofDays(1)));
            t.commit();
        }
        try (Connection c = app.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from toegang.bekendheidscheck where gebruiker_id = ?")) {
            s.setString(1, gebruiker);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(1);
            }
        }
    }

    // ----

    private List<Instant> telInEigenTransactie(String gebruiker) throws SQLException {
        try (Transactie t = new Transactie(app)) {
            List<Instant> eerdere = new BekendheidRepository(t.bron()).vergrendelEnTel(gebruiker, NU.minus(Duration.ofDays(1)));
            t.commit();
            return eerdere;
        }
    }

    private Betrokkenenregister register(DataSource bron) {
        return new Betrokkenenregister(new BetrokkeneRepository(bron), SLEUTEL);
    }

    private boolean tekstInRegister(String tekst) throws SQLException {
        try (Connection c = app.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from betrokkene.naamkenmerk n where position(convert_to(?, 'UTF8') in n.kenmerk) > 0"
                        + " or encode(n.kenmerk, 'escape') ilike ?")) {
            s.setString(1, tekst);
            s.setString(2, "%" + tekst + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1) > 0;
            }
        }
    }

    private void legVast(String type, UUID bron, UUID persoon) throws SQLException {
        try (Connection c = app.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into toegang.bron_betrokkene (bron_type, bron_id, betrokkene_id) values (?, ?, ?)")) {
            s.setString(1, type);
            s.setObject(2, bron);
            s.setObject(3, persoon);
            s.executeUpdate();
        }
    }

    private void verleen(String type, UUID bron, String ouderType, UUID ouder, String organisatie, String reden, boolean nood,
            Instant tot, Instant ingetrokken) throws SQLException {
        try (Connection c = app.getConnection(); PreparedStatement s = c.prepareStatement("insert into toegang.toegang (id, bron_type, "
                + "bron_id, ouder_type, ouder_id, organisatie_code, doel, categorieen, reden, noodtoegang, geldig_van, geldig_tot, "
                + "ingetrokken_op, verleend_door, verleend_op) values (?, ?, ?, ?, ?, ?, 'CRISIS', 'IDENTITEIT', ?, ?, ?, ?, ?, 'test', ?)")) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, type);
            s.setObject(3, bron);
            s.setString(4, ouderType);
            s.setObject(5, ouder);
            s.setString(6, organisatie);
            s.setString(7, reden);
            s.setBoolean(8, nood);
            s.setTimestamp(9, Timestamp.from(NU.minus(Duration.ofDays(2))));
            s.setTimestamp(10, tot == null ? null : Timestamp.from(tot));
            s.setTimestamp(11, ingetrokken == null ? null : Timestamp.from(ingetrokken));
            s.setTimestamp(12, Timestamp.from(NU.minus(Duration.ofDays(2))));
            s.executeUpdate();
        }
    }

    /** Until a backend of this database waits on a lock (here: the user's advisory lock). */
    private void wachtTotIemandOpEenSlotWacht() throws SQLException, InterruptedException {
        Instant uiterlijk = Instant.now().plus(Duration.ofSeconds(30));
        try (Connection c = app.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")) {
            while (Instant.now().isBefore(uiterlijk)) {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.onSpinWait();
            }
        }
        throw new AssertionError("niemand wacht op een slot");
    }
}
