package nl.schakel.casusoverleg.toepassing;

import static nl.schakel.casusoverleg.domein.Voorbeelden.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.schakel.casusoverleg.domein.Aanmelding;
import nl.schakel.casusoverleg.domein.Actie;
import nl.schakel.casusoverleg.domein.ActieStatus;
import nl.schakel.casusoverleg.domein.Actiegegevens;
import nl.schakel.casusoverleg.domein.Agenda;
import nl.schakel.casusoverleg.domein.Agendapunt;
import nl.schakel.casusoverleg.domein.Overleg;
import nl.schakel.casusoverleg.domein.Overlegplanning;
import nl.schakel.casusoverleg.domein.Overlegtafel;
import nl.schakel.casusoverleg.infrastructuur.AanmeldingRepository;
import nl.schakel.casusoverleg.infrastructuur.ActieRepository;
import nl.schakel.casusoverleg.infrastructuur.OverlegRepository;
import nl.schakel.casusoverleg.infrastructuur.OverlegtafelRepository;
import nl.schakel.casusoverleg.infrastructuur.WerkvoorraadRepository;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import nl.schakel.toegang.toepassing.TelfilterBuitenContainer;
import nl.schakel.toegang.toepassing.werkvoorraad.Werkvoorraadtegel;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The casusoverleg's tiles on "Mijn werk" for the ZVH, the police and a wijkteam, counted on real PostgreSQL with the
 * real migrations (casusoverleg and toegang), as the runtime role, over grants in {@code toegang.toegang}: each count is
 * of what the caller's grants open, and a role without a part in an action gets no tile.
 */
class CasusoverlegWerkvoorraadIT {

    private static final String APP_ROL = "schakel_app";
    private static final String APP_WACHTWOORD = "alleen-voor-de-test";
    private static final Instant NU = Instant.now().truncatedTo(ChronoUnit.MICROS);

    private static EmbeddedPostgres postgres;
    private static EntityManagerFactory emf;
    private static final Toegangsbeleid BELEID = new Toegangsbeleid();

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role " + APP_ROL + " login password '" + APP_WACHTWOORD + "'");
        }
        for (String schema : List.of("toegang", "casusoverleg")) {
            Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas(schema).createSchemas(true)
                    .locations("classpath:db/migration/" + schema).placeholders(Map.of("appRol", APP_ROL))
                    .failOnMissingLocations(true).load().migrate();
        }
        emf = Persistence.createEntityManagerFactory("casusoverleg-test", Map.of(
                "jakarta.persistence.jdbc.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "jakarta.persistence.jdbc.user", APP_ROL,
                "jakarta.persistence.jdbc.password", APP_WACHTWOORD));
        vul();
    }

    @AfterAll
    static void stop() throws Exception {
        if (emf != null) {
            emf.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void deZvhZietDeTriageMetEenVerlopenTermijnEnHaarGeplandeOverleggen() {
        Map<String, Werkvoorraadtegel> tegels = tegels(zvh());

        assertThat(tegels.keySet()).containsExactly("aanmeldingen-triage", "inbreng-gevraagd", "acties-open", "aanmeldingen-eigen",
                "overleggen-gepland");
        assertThat(tegels.get("aanmeldingen-triage").aantal()).isEqualTo(2);
        assertThat(tegels.get("aanmeldingen-triage").vraagtAandacht()).as("een aanmelding van 30 dagen geleden").isTrue();
        assertThat(tegels.get("aanmeldingen-triage").scherm()).isEqualTo("#/casusoverleg/triage");
        assertThat(tegels.get("overleggen-gepland").aantal()).as("het overleg van vorige week telt niet").isEqualTo(1);
        assertThat(tegels.get("inbreng-gevraagd").aantal()).as("eigenaar van het overleg, niet uitgenodigd").isZero();
        assertThat(tegels.get("acties-open").aantal()).as("de acties van het overleg zijn van de politie").isZero();
        assertThat(tegels.values()).allSatisfy(t -> assertThat(t.stroom()).isEqualTo("casusoverleg"));
    }

    @Test
    void dePolitieZietHaarGevraagdeInbrengEnHaarOpenActiesMetEenVerlopen() {
        Map<String, Werkvoorraadtegel> tegels = tegels(medewerker("POL-RR", Rol.POLITIEMEDEWERKER));

        assertThat(tegels.keySet()).as("geen triage en geen overleggen voor de politie")
                .containsExactly("inbreng-gevraagd", "acties-open", "aanmeldingen-eigen");
        assertThat(tegels.get("inbreng-gevraagd").aantal()).as("punt A; op punt B deelde zij al").isEqualTo(1);
        assertThat(tegels.get("acties-open").aantal()).as("twee open, de afgeronde niet").isEqualTo(2);
        assertThat(tegels.get("acties-open").vraagtAandacht()).isTrue();
        assertThat(tegels.get("aanmeldingen-eigen").aantal()).isZero();
    }

    @Test
    void hetWijkteamZietZijnEigenAanmeldingenEnDatEenOpAanvullingWacht() {
        Map<String, Werkvoorraadtegel> tegels = tegels(wijkteam());

        assertThat(tegels.keySet()).containsExactly("inbreng-gevraagd", "acties-open", "aanmeldingen-eigen");
        assertThat(tegels.get("aanmeldingen-eigen").aantal()).as("twee ingediend, één met een vraag; de geaccepteerde niet").isEqualTo(3);
        assertThat(tegels.get("aanmeldingen-eigen").vraagtAandacht()).isTrue();
        assertThat(tegels.get("inbreng-gevraagd").aantal()).isZero();
        assertThat(tegels.get("acties-open").aantal()).isZero();
    }

    @Test
    void eenWijkteamZonderToegangTeltNiets() {
        Map<String, Werkvoorraadtegel> tegels = tegels(medewerker("WT-RDAM-CHAR", Rol.WIJKTEAMMEDEWERKER));
        assertThat(tegels.values()).extracting(Werkvoorraadtegel::aantal).containsOnly(0L);
    }

    // ---- the bean, with the real policy; the filter is the core's own (Toegangsdienst.telfilter) over the real grants table

    private static Map<String, Werkvoorraadtegel> tegels(Medewerker medewerker) {
        return inTransactie(em -> {
            CasusoverlegWerkvoorraad bron = new CasusoverlegWerkvoorraad();
            bron.toegang = TelfilterBuitenContainer.met(BELEID, Clock.systemUTC());
            bron.tellingen = new WerkvoorraadRepository(em);
            bron.tafels = new OverlegtafelRepository(em);
            return bron.tegelsVoor(medewerker).stream().collect(Collectors.toMap(Werkvoorraadtegel::code, t -> t,
                    (a, b) -> a, java.util.LinkedHashMap::new));
        });
    }

    // ---- the data: fictional, as the flow would have made it

    private static void vul() throws SQLException {
        Medewerker zvh = zvh();
        Medewerker wt = wijkteam();
        // the wijkteam's aanmeldingen: two submitted (one 30 days ago), one with a question back, one accepted
        UUID ingediend = meldAan(wt, a -> a);
        UUID oud = meldAan(wt, a -> a);
        UUID vraag = meldAan(wt, a -> {
            a.vraagAanvulling("Welke school?", zvh, NU);
            return a;
        });
        UUID geaccepteerd = meldAan(wt, a -> {
            a.accepteer(zvh, NU);
            return a;
        });
        UUID geaccepteerdB = meldAan(wt, a -> {
            a.accepteer(zvh, NU);
            return a;
        });
        for (UUID id : List.of(ingediend, oud, vraag, geaccepteerd, geaccepteerdB)) {
            grant("AANMELDING", id, "WT-RDAM-FEIJ", "EIGENAAR", null);
            grant("AANMELDING", id, "ZVHRR", "ONTVANGER", null);
        }
        sql("update casusoverleg.aanmelding set ingediend_op = now() - interval '30 days' where id = ?", oud);

        // a meeting next week with items A (police invited) and B (police invited, shared), and one last week
        UUID overleg = inTransactie(em -> {
            Overleg o = Overleg.plan(tafel(em), planning(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(7)), zvh, NU);
            new OverlegRepository(em).voegToe(o);
            return o.id();
        });
        UUID vorige = inTransactie(em -> {
            Overleg o = Overleg.plan(tafel(em), planning(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))), zvh, NU);
            new OverlegRepository(em).voegToe(o);
            return o.id();
        });
        sql("update casusoverleg.overleg set datum = current_date - 7 where id = ?", vorige);
        for (UUID id : List.of(overleg, vorige)) {
            grant("OVERLEG", id, "ZVHRR", "EIGENAAR", null);
            grant("OVERLEG", id, "VTRR", "EIGENAAR", null);
        }
        List<UUID> punten = inTransactie(em -> {
            OverlegRepository repository = new OverlegRepository(em);
            Overleg o = repository.overleg(overleg).orElseThrow();
            Agenda agenda = new Agenda(o, List.of());
            AanmeldingRepository aanmeldingen = new AanmeldingRepository(em);
            List<UUID> ids = new ArrayList<>();
            for (UUID aanmelding : List.of(geaccepteerd, geaccepteerdB)) {
                Agendapunt punt = agenda.zetOp(aanmeldingen.aanmelding(aanmelding).orElseThrow(), zvh, NU);
                repository.voegToe(punt);
                ids.add(punt.id());
            }
            repository.bewaarAgenda(o);
            return ids;
        });
        for (UUID punt : punten) {
            grant("AGENDAPUNT", punt, "POL-RR", "UITGENODIGD", NU.plus(30, ChronoUnit.DAYS));
            sql("insert into casusoverleg.uitnodiging (id, agendapunt_id, organisatie_code, categorieen, toegang_id, geldig_tot,"
                    + " uitgenodigd_door, uitgenodigd_door_naam, uitgenodigd_op) values (gen_random_uuid(), ?, 'POL-RR', 'IDENTITEIT',"
                    + " gen_random_uuid(), now() + interval '30 days', 'zvh', 'Test ZVH', now())", punt);
        }
        sql("insert into casusoverleg.inbreng (id, versie, laatst_gewijzigd, agendapunt_id, organisatie_code, status, aangemaakt_door,"
                + " aangemaakt_op, gedeeld_op) values (gen_random_uuid(), 1, now(), ?, 'POL-RR', 'GEDEELD', 'pol', now(), now())",
                punten.get(1));

        // the police's actions: one open, one open and overdue, one done
        for (int i = 0; i < 3; i++) {
            int n = i;
            UUID actie = inTransactie(em -> {
                Agendapunt punt = new OverlegRepository(em).agendapunt(punten.get(0)).orElseThrow();
                Actie a = Actie.wijsToe(punt, new Actiegegevens("POL-RR", "Huisbezoek " + n + " (fictief)", LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(5)),
                        Set.of("POL-RR", "ZVHRR", "VTRR"), zvh, NU);
                if (n == 2) {
                    a.rondAf(ActieStatus.GEDAAN, null, zvh, NU);
                }
                new ActieRepository(em).voegToe(a);
                return a.id();
            });
            grant("ACTIE", actie, "POL-RR", "ACTIEHOUDER", null);
            if (n == 1) {
                sql("update casusoverleg.actie set uiterlijk = current_date - 1 where id = ?", actie);
            }
        }
    }

    private static UUID meldAan(Medewerker door, Function<Aanmelding, Aanmelding> stap) {
        return inTransactie(em -> {
            Aanmelding a = stap.apply(Aanmelding.meldAan(tafel(em), "WT-RDAM-FEIJ", aanmelding(), door, NU));
            new AanmeldingRepository(em).voegToe(a);
            return a.id();
        });
    }

    private static void grant(String type, UUID bron, String organisatie, String reden, Instant tot) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into toegang.toegang (id, bron_type, bron_id, organisatie_code, doel, categorieen, reden, geldig_van, geldig_tot,"
                        + " verleend_door, verleend_op) values (gen_random_uuid(), ?, ?, ?, 'CASUSOVERLEG', 'IDENTITEIT', ?,"
                        + " now() - interval '1 hour', ?, 'test', now())")) {
            s.setString(1, type);
            s.setObject(2, bron);
            s.setString(3, organisatie);
            s.setString(4, reden);
            s.setObject(5, tot == null ? null : tot.atOffset(java.time.ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    private static void sql(String sql, UUID id) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static Overlegtafel tafel(EntityManager em) {
        return new OverlegtafelRepository(em).tafel(TAFEL).orElseThrow();
    }

    private static Overlegplanning planning(LocalDate datum) {
        return new Overlegplanning(TAFEL, datum, LocalTime.of(13, 30), null, "Vergaderzaal 2", null, "A. Voorzitter", "B. Notulist");
    }

    private static <T> T inTransactie(Function<EntityManager, T> werk) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T resultaat = werk.apply(em);
            em.getTransaction().commit();
            return resultaat;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
