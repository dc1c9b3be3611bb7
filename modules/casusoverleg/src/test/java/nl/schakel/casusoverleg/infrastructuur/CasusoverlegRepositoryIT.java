package nl.schakel.casusoverleg.infrastructuur;

import static nl.schakel.casusoverleg.domein.Voorbeelden.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.schakel.casusoverleg.domein.Aanmelding;
import nl.schakel.casusoverleg.domein.AanmeldingStatus;
import nl.schakel.casusoverleg.domein.Aanmeldingsovergang;
import nl.schakel.casusoverleg.domein.Agenda;
import nl.schakel.casusoverleg.domein.Agendapunt;
import nl.schakel.casusoverleg.domein.Bronnen;
import nl.schakel.casusoverleg.domein.Inbreng;
import nl.schakel.casusoverleg.domein.Inbrenggegevens;
import nl.schakel.casusoverleg.domein.Overleg;
import nl.schakel.casusoverleg.domein.Overlegplanning;
import nl.schakel.casusoverleg.domein.Overlegtafel;
import nl.schakel.casusoverleg.domein.Uitnodiging;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.gedeeld.sql.SqlPredicaat;
import nl.schakel.toegang.domein.Afbakening;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.Toegang;
import nl.schakel.toegang.domein.ToegangReden;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The persistence of flow 2 on real PostgreSQL 15 with the real migrations (the table's configuration included), EclipseLink
 * 4.0 as Payara 6 ships it, the shared cache off, connected as the runtime role with only the migrations' grants.
 */
class CasusoverlegRepositoryIT {

    private static final String APP_ROL = "schakel_app";
    private static final String APP_WACHTWOORD = "alleen-voor-de-test";
    private static final Instant NU = Instant.now().truncatedTo(ChronoUnit.MICROS);

    private static EmbeddedPostgres postgres;
    private static EntityManagerFactory emf;
    private static String appUrl;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role " + APP_ROL + " login password '" + APP_WACHTWOORD + "'");
        }
        Flyway.configure()
                .dataSource(postgres.getPostgresDatabase())
                .schemas("casusoverleg")
                .createSchemas(true)
                .locations("classpath:db/migration/casusoverleg")
                .placeholders(Map.of("appRol", APP_ROL))
                .failOnMissingLocations(true)
                .load()
                .migrate();
        // the access core's destruction lists as toegang V5 has them (only what the owner's functions read): the functions
        // run as the owner, so the runtime role needs no grant on them
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create schema toegang");
            s.execute("create table toegang.vernietigingslijst (id uuid primary key, status varchar(20) not null)");
            s.execute("create table toegang.vernietigingsitem (brontype varchar(40) not null, bron_id uuid not null, "
                    + "lijst_id uuid not null references toegang.vernietigingslijst (id), vernietigd_op timestamptz, primary key (brontype, bron_id))");
            s.execute("create table toegang.bewaarplicht (brontype varchar(40) not null, bron_id uuid not null, primary key (brontype, bron_id))");
        }
        appUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        emf = Persistence.createEntityManagerFactory("casusoverleg-test", Map.of(
                "jakarta.persistence.jdbc.url", appUrl,
                "jakarta.persistence.jdbc.user", APP_ROL,
                "jakarta.persistence.jdbc.password", APP_WACHTWOORD));
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
    void deOverlegtafelStaatInDeConfiguratieMetLedenCriteriaEnTermijnen() {
        Overlegtafel tafel = inTransactie(em -> new OverlegtafelRepository(em).tafel(TAFEL).orElseThrow());

        assertThat(tafel.naam()).isEqualTo("Casusoverleg Huiselijk Geweld Rotterdam-Rijnmond");
        assertThat(tafel.voorzitterOrganisatie()).isEqualTo("VTRR");
        assertThat(tafel.organisatorOrganisatie()).isEqualTo("ZVHRR");
        assertThat(tafel.criteriumcodes()).containsExactlyElementsOf(CRITERIA);
        assertThat(tafel.leden()).contains("VTRR", "ZVHRR", "POL-RR", "OM-RDAM", "RN-RDAM", "RVDK-RR", "WT-RDAM-FEIJ", "LT-GOEREE")
                .doesNotContain("FIL", "CIT-JBRR", "SCHAKEL");
        assertThat(tafel.toegangsvensterDagen()).isEqualTo(14);
        assertThat(tafel.triagetermijnWerkdagen()).isEqualTo(5);
        assertThat(tafel.grondslag()).contains("WGS");
        assertThat(tafel.bewaarregel()).contains("twaalf maanden");
    }

    @Test
    void eenAanmeldingGaatMetBetrokkenenCriteriaEnOvergangenHeenEnTerug() {
        Aanmelding nieuw = inTransactie(em -> {
            Aanmelding a = Aanmelding.meldAan(tafel(em), "WT-RDAM-FEIJ", aanmelding(), wijkteam(), NU);
            new AanmeldingRepository(em).voegToe(a);
            return a;
        });

        Aanmelding gelezen = inTransactie(em -> new AanmeldingRepository(em).aanmelding(nieuw.id()).orElseThrow());

        assertThat(gelezen).isNotSameAs(nieuw);
        assertThat(gelezen.versie()).isEqualTo(1);
        assertThat(gelezen.ingediendOp()).isEqualTo(NU);
        assertThat(gelezen.betrokkeneIds()).containsExactlyElementsOf(nieuw.betrokkeneIds());
        assertThat(gelezen.betrokkenen().get(2).voornaam()).isEqualTo("Noor");
        assertThat(gelezen.criteria()).extracting(c -> c.criterium()).containsExactlyElementsOf(CRITERIA);
        assertThat(gelezen.voorgesteldePartners()).containsExactly("POL-RR", "OM-RDAM");
        assertThat(gelezen.overgangen()).extracting(Aanmeldingsovergang::naar).containsExactly(AanmeldingStatus.INGEDIEND);
    }

    @Test
    void eenWijzigingVanDeLijstenVerhoogtDeVersieEnEenVerouderdeVersieVerliest() {
        Aanmelding nieuw = inTransactie(em -> {
            Aanmelding a = Aanmelding.meldAan(tafel(em), "WT-RDAM-FEIJ", aanmelding(), wijkteam(), NU);
            new AanmeldingRepository(em).voegToe(a);
            return a;
        });

        EntityManager eerste = emf.createEntityManager();
        EntityManager tweede = emf.createEntityManager();
        try {
            eerste.getTransaction().begin();
            tweede.getTransaction().begin();
            Aanmelding doorEerste = new AanmeldingRepository(eerste).aanmelding(nieuw.id()).orElseThrow();
            Aanmelding doorTweede = new AanmeldingRepository(tweede).aanmelding(nieuw.id()).orElseThrow();
            doorEerste.vraagAanvulling("Welke school?", zvh(), NU);
            new AanmeldingRepository(eerste).bewaarWijziging();
            eerste.getTransaction().commit();

            doorTweede.accepteer(zvh(), NU);
            assertThatThrownBy(() -> new AanmeldingRepository(tweede).bewaarWijziging()).isInstanceOf(VersieConflictFout.class);
            tweede.getTransaction().rollback();
        } finally {
            eerste.close();
            tweede.close();
        }
        Aanmelding gelezen = inTransactie(em -> new AanmeldingRepository(em).aanmelding(nieuw.id()).orElseThrow());
        assertThat(gelezen.status()).isEqualTo(AanmeldingStatus.AANVULLING_GEVRAAGD);
        assertThat(gelezen.versie()).isEqualTo(2);

        inTransactie(em -> {
            Aanmelding a = new AanmeldingRepository(em).aanmelding(nieuw.id()).orElseThrow();
            a.wijzig(tafel(em), aanmelding(), wijkteam(), NU.plusSeconds(5));
            new AanmeldingRepository(em).bewaarWijziging();
            return a;
        });
        assertThat(inTransactie(em -> new AanmeldingRepository(em).aanmelding(nieuw.id()).orElseThrow()).versie()).isEqualTo(3);
    }

    @Test
    void deLijstFiltertMetHetPredicaatEnBladertOpIndiening() {
        Instant begin = Instant.parse("2001-01-01T00:00:00Z");
        List<UUID> ids = inTransactie(em -> {
            AanmeldingRepository repository = new AanmeldingRepository(em);
            List<UUID> nieuw = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Aanmelding a = Aanmelding.meldAan(tafel(em), "WT-RDAM-FEIJ", aanmelding(), wijkteam(), begin.plusSeconds(i));
                repository.voegToe(a);
                nieuw.add(a.id());
            }
            return nieuw;
        });
        SqlPredicaat alleenDeze = new SqlPredicaat("a.id in (?, ?, ?)", List.of(ids.get(0), ids.get(1), ids.get(2)));

        List<Aanmelding> eerstePagina = inTransactie(em -> new AanmeldingRepository(em).zoek(alleenDeze, Set.of(), Optional.empty(), 2));
        assertThat(eerstePagina).extracting(Aanmelding::id).containsExactly(ids.get(0), ids.get(1), ids.get(2));
        List<Aanmelding> verder = inTransactie(em -> new AanmeldingRepository(em).zoek(alleenDeze, Set.of(AanmeldingStatus.INGEDIEND),
                Optional.of(AanmeldingRepository.Positie.na(eerstePagina.get(1))), 2));
        assertThat(verder).extracting(Aanmelding::id).containsExactly(ids.get(2));
        List<Aanmelding> geaccepteerd = inTransactie(em -> new AanmeldingRepository(em).zoek(alleenDeze,
                Set.of(AanmeldingStatus.GEACCEPTEERD), Optional.empty(), 2));
        assertThat(geaccepteerd).isEmpty();
    }

    @Test
    void eenAgendaWordtOpnieuwGeordendZonderDatDeUniekeVolgnummersInDeWegZitten() {
        UUID overlegId = inTransactie(em -> {
            Overleg overleg = Overleg.plan(tafel(em), planning(), zvh(), NU);
            new OverlegRepository(em).voegToe(overleg);
            return overleg.id();
        });
        inTransactie(em -> {
            OverlegRepository repository = new OverlegRepository(em);
            Overleg overleg = repository.overleg(overlegId).orElseThrow();
            Agenda agenda = new Agenda(overleg, List.of());
            for (int i = 0; i < 3; i++) {
                repository.voegToe(agenda.zetOp(geaccepteerd(em), zvh(), NU));
            }
            repository.bewaarAgenda(overleg);
            return overleg;
        });
        List<UUID> volgorde = inTransactie(em -> new OverlegRepository(em).agenda(overlegId).stream().map(Agendapunt::id).toList());
        int gevuld = inTransactie(em -> new OverlegRepository(em).overleg(overlegId).orElseThrow()).versie();
        assertThat(gevuld).as("elk punt erbij is een wijziging van het overleg").isGreaterThan(1);

        inTransactie(em -> {
            OverlegRepository repository = new OverlegRepository(em);
            Overleg overleg = repository.overleg(overlegId).orElseThrow();
            new Agenda(overleg, repository.agenda(overlegId)).orden(List.of(volgorde.get(2), volgorde.get(0), volgorde.get(1)), NU);
            repository.bewaarAgenda(overleg);
            return overleg;
        });

        List<UUID> herordend = inTransactie(em -> new OverlegRepository(em).agenda(overlegId).stream().map(Agendapunt::id).toList());
        assertThat(herordend).containsExactly(volgorde.get(2), volgorde.get(0), volgorde.get(1));
        Overleg gelezen = inTransactie(em -> new OverlegRepository(em).overleg(overlegId).orElseThrow());
        assertThat(gelezen.versie()).as("herordend is één wijziging, ook als de klok niet verschoof").isEqualTo(gevuld + 1);
        assertThat(gelezen.aanvang()).isEqualTo(LocalTime.of(13, 30));
        Optional<UUID> vanPunt = inTransactie(em -> new OverlegRepository(em).overlegVan(volgorde.get(0)));
        Optional<UUID> vanNiets = inTransactie(em -> new OverlegRepository(em).overlegVan(UUID.randomUUID()));
        assertThat(vanPunt).contains(overlegId);
        assertThat(vanNiets).isEmpty();
    }

    @Test
    void deUitnodigingenVanAlleAgendapuntenVanEenOverlegInEenVraagZoalsPerPunt() {
        UUID overlegId = overlegMetPunten(3);
        UUID anderOverleg = overlegMetPunten(1);
        List<Agendapunt> punten = inTransactie(em -> new OverlegRepository(em).agenda(overlegId));
        Agendapunt ander = inTransactie(em -> new OverlegRepository(em).agenda(anderOverleg)).get(0);
        // the police on items 1 and 3, the wijkteam on 1 (later), Charlois on the other meeting; item 2 nobody
        nodigUit(punten.get(0), "POL-RR", NU);
        nodigUit(punten.get(0), "WT-RDAM-FEIJ", NU.plusSeconds(60));
        nodigUit(punten.get(2), "POL-RR", NU);
        nodigUit(ander, "WT-RDAM-CHAR", NU);
        UUID beeindigd = inTransactie(em -> {
            Uitnodiging u = nieuweUitnodiging(punten.get(2), "RN-RDAM", NU.plusSeconds(30));
            u.beeindig(NU.plusSeconds(90));
            new UitnodigingRepository(em).voegToe(u);
            return u.id();
        });

        List<Uitnodiging> inEen = inTransactie(em -> new UitnodigingRepository(em).vanOverleg(overlegId));
        List<Uitnodiging> perPunt = inTransactie(em -> {
            UitnodigingRepository repository = new UitnodigingRepository(em);
            return punten.stream().flatMap(p -> repository.van(p.id()).stream()).toList();
        });

        assertThat(inEen).extracting(Uitnodiging::id).as("dezelfde als punt voor punt, in dezelfde volgorde")
                .containsExactlyElementsOf(perPunt.stream().map(Uitnodiging::id).toList());
        assertThat(inEen).extracting(Uitnodiging::organisatieCode).containsExactly("POL-RR", "WT-RDAM-FEIJ", "POL-RR", "RN-RDAM");
        assertThat(inEen).extracting(Uitnodiging::id).as("ook een beëindigde uitnodiging").contains(beeindigd);
        List<Uitnodiging> vanAnder = inTransactie(em -> new UitnodigingRepository(em).vanOverleg(anderOverleg));
        List<Uitnodiging> vanNiets = inTransactie(em -> new UitnodigingRepository(em).vanOverleg(UUID.randomUUID()));
        assertThat(vanAnder).extracting(Uitnodiging::organisatieCode).containsExactly("WT-RDAM-CHAR");
        assertThat(vanNiets).isEmpty();
    }

    @Test
    void eenUitnodigingBewaartHaarAfbakeningEnHaarEindeVerschuiftMetHetOverleg() {
        Agendapunt punt = inTransactie(em -> new OverlegRepository(em).agenda(overlegMetPunten(1))).get(0);
        Bron bron = Bron.binnen(Bronnen.AGENDAPUNT, punt.id(), new Bron(Bronnen.OVERLEG, punt.overlegId()));
        Instant einde = NU.plus(30, ChronoUnit.DAYS);
        UUID team = inTransactie(em -> {
            Uitnodiging u = Uitnodiging.van(punt, Toegang.verleen(bron, "WT-RDAM-FEIJ", Afbakening.team("Afrikaanderwijk"),
                    Doel.CASUSOVERLEG, Set.of(Gegevenscategorie.IDENTITEIT), ToegangReden.UITGENODIGD, Optional.of(einde), "zvh-1", NU),
                    zvh(), NU);
            new UitnodigingRepository(em).voegToe(u);
            return u.id();
        });
        inTransactie(em -> {
            new UitnodigingRepository(em).voegToe(Uitnodiging.van(punt, Toegang.verleen(bron, "POL-RR",
                    Afbakening.gebruikersnaam("politie.wijkagent"), Doel.CASUSOVERLEG, Set.of(Gegevenscategorie.IDENTITEIT),
                    ToegangReden.UITGENODIGD, Optional.of(einde), "zvh-1", NU), zvh(), NU.plusSeconds(60)));
            return null;
        });
        Instant later = einde.plus(10, ChronoUnit.DAYS);
        inTransactie(em -> {
            new UitnodigingRepository(em).van(punt.id()).stream().filter(u -> u.id().equals(team)).findFirst().orElseThrow()
                    .verplaatsEinde(later);
            return null;
        });

        List<Uitnodiging> gelezen = inTransactie(em -> new UitnodigingRepository(em).van(punt.id()));
        assertThat(gelezen).extracting(Uitnodiging::afbakening)
                .containsExactly(Afbakening.team("Afrikaanderwijk"), Afbakening.gebruikersnaam("politie.wijkagent"));
        assertThat(gelezen).extracting(Uitnodiging::geldigTot).containsExactly(later, einde);
    }

    @Test
    void elkeWijzigingVanEenInbrengLaatEenVersieAchterMetDeDelenAlsJsonb() throws SQLException {
        Inbreng inbreng = inTransactie(em -> {
            Overleg overleg = Overleg.plan(tafel(em), planning(), zvh(), NU);
            OverlegRepository overleggen = new OverlegRepository(em);
            overleggen.voegToe(overleg);
            Agendapunt punt = new Agenda(overleg, List.of()).zetOp(geaccepteerd(em), zvh(), NU);
            overleggen.voegToe(punt);
            overleggen.bewaarAgenda(overleg);
            Inbreng nieuw = Inbreng.lever(punt, "POL-RR", politie(), politiemedewerker(), NU);
            new InbrengRepository(em).voegToe(nieuw, politiemedewerker(), NU);
            return nieuw;
        });
        inTransactie(em -> {
            InbrengRepository repository = new InbrengRepository(em);
            Inbreng gelezen = repository.inbreng(inbreng.id()).orElseThrow();
            gelezen.deel(new OverlegRepository(em).agendapunt(gelezen.agendapuntId()).orElseThrow(), NU);
            repository.bewaarWijziging(gelezen, politiemedewerker(), NU);
            return gelezen;
        });

        Inbreng gelezen = inTransactie(em -> new InbrengRepository(em).inbreng(inbreng.id()).orElseThrow());
        assertThat(gelezen.versie()).isEqualTo(2);
        assertThat(gelezen.delen()).extracting(Inbreng.Deel::tekst).containsExactly("Twee aangiftes (fictief).", "Geen wapens bekend.");
        Optional<UUID> punt = inTransactie(em -> new InbrengRepository(em).agendapuntVan(inbreng.id()));
        assertThat(punt).contains(inbreng.agendapuntId());
        List<nl.schakel.casusoverleg.domein.Inbrengversie> versies = inTransactie(em -> new InbrengRepository(em).versies(gelezen));
        assertThat(versies).extracting(v -> v.status().name()).containsExactly("CONCEPT", "GEDEELD");
        assertThat(versies.get(0).delen()).extracting(Inbreng.Deel::tekst).containsExactly("Twee aangiftes (fictief).", "Geen wapens bekend.");
        assertThat(versies.get(0).delen()).allSatisfy(d -> assertThat(d.eigenaar()).isEqualTo("POL-RR"));
        assertThat(versies.get(1).gewijzigdOp()).isEqualTo(NU);
        try (Connection c = app(); PreparedStatement s = c.prepareStatement("select versie, status, delen -> 0 ->> 'categorie',"
                + " jsonb_array_length(delen) from casusoverleg.inbreng_versie where inbreng_id = ? order by versie")) {
            s.setObject(1, inbreng.id());
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getInt(1)).isEqualTo(1);
                assertThat(r.getString(2)).isEqualTo("CONCEPT");
                assertThat(r.getString(3)).isEqualTo("JUSTITIEEL");
                assertThat(r.getInt(4)).isEqualTo(2);
                assertThat(r.next()).isTrue();
                assertThat(r.getInt(1)).isEqualTo(2);
                assertThat(r.getString(2)).isEqualTo("GEDEELD");
                assertThat(r.next()).isFalse();
            }
        }
    }

    @Test
    void deRuntimeRolVerandertGeenConfiguratieEnGeenGeschiedenis() throws SQLException {
        try (Connection c = app(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update casusoverleg.overlegtafel set toegangsvenster_dagen = 90"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("delete from casusoverleg.overlegtafel_lid"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("update casusoverleg.aanmelding_overgang set reden = 'anders'"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("delete from casusoverleg.inbreng_versie"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("delete from casusoverleg.aanmelding"))
                    .hasMessageContaining("permission denied");
        }
    }

    // ---- destruction (issue 15) ----

    @Test
    void deRuntimeRolWistNietsVanEenCasusZelfEnDeFunctiesWeigerenWatNietGoedgekeurdIs() throws SQLException {
        Casus casus = afgeschaaldeCasus();
        for (String sql : List.of("delete from casusoverleg.aanmelding where id = ?",
                "delete from casusoverleg.aanmelding_overgang where aanmelding_id = ?",
                "delete from casusoverleg.agendapunt where aanmelding_id = ?",
                "delete from casusoverleg.actie where aanmelding_id = ?",
                "delete from casusoverleg.uitnodiging where agendapunt_id in (select id from casusoverleg.agendapunt where aanmelding_id = ?)",
                "delete from casusoverleg.inbreng where agendapunt_id in (select id from casusoverleg.agendapunt where aanmelding_id = ?)",
                "delete from casusoverleg.inbreng_versie where inbreng_id in (select id from casusoverleg.inbreng)"
                        + " and ?::uuid is not null",
                "delete from casusoverleg.geheimhoudingsverklaring where overleg_id in (select overleg_id from casusoverleg.agendapunt"
                        + " where aanmelding_id = ?)",
                "delete from casusoverleg.overleg where id in (select overleg_id from casusoverleg.agendapunt where aanmelding_id = ?)",
                "update casusoverleg.inbreng set afschaling_op = now() where id in (select id from casusoverleg.inbreng) and ?::uuid is not null")) {
            try (Connection c = app(); PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, casus.aanmelding());
                assertThatThrownBy(s::executeUpdate).as(sql).hasMessageContaining("permission denied");
            }
        }
        // not on a list; on a list not yet approved; approved but under a legal hold: 42501 each, nothing deleted
        assertThat(sqlState("select casusoverleg.vernietig_aanmelding(?)", casus.aanmelding())).isEqualTo("42501");
        assertThat(sqlState("select casusoverleg.vernietig_inbreng(?)", casus.politie())).isEqualTo("42501");
        UUID lijst = lijst("VOORGESTELD", "AANMELDING", casus.aanmelding());
        assertThat(sqlState("select casusoverleg.vernietig_aanmelding(?)", casus.aanmelding())).isEqualTo("42501");
        beheer("update toegang.vernietigingslijst set status = 'GOEDGEKEURD' where id = ?", lijst);
        beheer("insert into toegang.bewaarplicht values ('AANMELDING', ?)", casus.aanmelding());
        assertThat(sqlState("select casusoverleg.vernietig_aanmelding(?)", casus.aanmelding())).isEqualTo("42501");
        // the hold on the case holds the inbreng on its items too, even when the inbreng itself stands approved
        lijst("GOEDGEKEURD", "INBRENG", casus.zvh());
        assertThat(sqlState("select casusoverleg.vernietig_inbreng(?)", casus.zvh())).isEqualTo("42501");
        // the check itself is the owner's, not the runtime role's
        assertThat(sqlState("select casusoverleg.vernietiging_goedgekeurd('AANMELDING', ?)", casus.aanmelding())).isEqualTo("42501");
        assertThat(tel("select count(*) from casusoverleg.aanmelding where id = ?", casus.aanmelding())).isEqualTo(1);
        assertThat(tel("select count(*) from casusoverleg.inbreng where id = ?", casus.zvh())).isEqualTo(1);
    }

    @Test
    void eenGoedgekeurdeCasusGaatHeelWegEnDeInbrengMetEenLangereTermijnVerhuistMetHaarKlok() throws SQLException {
        Casus casus = afgeschaaldeCasus();
        lijst("GOEDGEKEURD", "AANMELDING", casus.aanmelding());
        lijst("GOEDGEKEURD", "INBRENG", casus.zvh());

        try (Connection c = app(); PreparedStatement s = c.prepareStatement("select casusoverleg.vernietig_aanmelding(?)")) {
            s.setObject(1, casus.aanmelding());
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getBoolean(1)).isTrue();
            }
        }

        for (String tabel : List.of("aanmelding where id", "aanmelding_betrokkene where aanmelding_id",
                "aanmelding_criterium where aanmelding_id", "aanmelding_overgang where aanmelding_id", "agendapunt where aanmelding_id",
                "actie where aanmelding_id")) {
            assertThat(tel("select count(*) from casusoverleg." + tabel + " = ?", casus.aanmelding())).as(tabel).isZero();
        }
        assertThat(tel("select count(*) from casusoverleg.uitnodiging where agendapunt_id = ?", casus.punt())).isZero();
        assertThat(tel("select count(*) from casusoverleg.aanwezigheid where agendapunt_id = ?", casus.punt())).isZero();
        assertThat(tel("select count(*) from casusoverleg.overleg where id = ?", casus.overleg())).as("leeg en over de termijn").isZero();
        assertThat(tel("select count(*) from casusoverleg.geheimhoudingsverklaring where overleg_id = ?", casus.overleg())).isZero();
        for (String tabel : List.of("inbreng where id", "inbreng_deel where inbreng_id", "inbreng_versie where inbreng_id")) {
            assertThat(tel("select count(*) from casusoverleg." + tabel + " = ?", casus.zvh())).as("ZVH: " + tabel).isZero();
            assertThat(tel("select count(*) from casusoverleg." + tabel + " = ?", casus.politie())).as("politie: " + tabel).isPositive();
        }
        assertThat(tel("select count(*) from casusoverleg.inbreng where id = ? and agendapunt_id is null and afschaling_op = "
                + "timestamptz '2024-03-01 10:00:00+00'", casus.politie())).as("verhuisd met de afschaling als klok").isEqualTo(1);
        Inbreng bewaard = inTransactie(em -> new InbrengRepository(em).inbreng(casus.politie()).orElseThrow());
        assertThat(bewaard.isBewaardNaAfschaling()).isTrue();
        assertThat(bewaard.afschalingOp()).contains(Instant.parse("2024-03-01T10:00:00Z"));
        Optional<UUID> geenPunt = inTransactie(em -> new InbrengRepository(em).agendapuntVan(casus.politie()));
        assertThat(geenPunt).isEmpty();

        // the kept inbreng goes by its own approved item, and only then
        assertThat(sqlState("select casusoverleg.vernietig_inbreng(?)", casus.politie())).isEqualTo("42501");
        lijst("GOEDGEKEURD", "INBRENG", casus.politie());
        try (Connection c = app(); PreparedStatement s = c.prepareStatement("select casusoverleg.vernietig_inbreng(?)")) {
            s.setObject(1, casus.politie());
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getBoolean(1)).isTrue();
            }
        }
        assertThat(tel("select count(*) from casusoverleg.inbreng_versie where inbreng_id = ?", casus.politie())).isZero();
        assertThat(tel("select count(*) from casusoverleg.inbreng where id = ?", casus.politie())).isZero();
    }

    private record Casus(UUID aanmelding, UUID overleg, UUID punt, UUID zvh, UUID politie) {}

    /** A case afgeschaald on 1 March 2024 on a meeting of two years ago, with everything a case at the table holds. */
    private static Casus afgeschaaldeCasus() throws SQLException {
        Agendapunt punt = inTransactie(em -> {
            Overleg overleg = Overleg.plan(tafel(em), planning(), zvh(), NU);
            OverlegRepository overleggen = new OverlegRepository(em);
            overleggen.voegToe(overleg);
            Agendapunt nieuw = new Agenda(overleg, List.of()).zetOp(geaccepteerd(em), zvh(), NU);
            overleggen.voegToe(nieuw);
            overleggen.bewaarAgenda(overleg);
            return nieuw;
        });
        nodigUit(punt, "POL-RR", NU);
        UUID zvh = inbreng(punt, "ZVHRR", zvh());
        UUID politie = inbreng(punt, "POL-RR", politiemedewerker());
        beheer("update casusoverleg.overleg set datum = current_date - 730 where id = ?", punt.overlegId());
        beheer("update casusoverleg.aanmelding set status = 'AFGESCHAALD', afgeschaald_op = timestamptz '2024-03-01 10:00:00+00', "
                + "bewaren_tot = date '2025-03-01' where id = ?", punt.aanmeldingId());
        beheer("insert into casusoverleg.aanwezigheid values (?, 0, 'POL-RR', true)", punt.id());
        beheer("insert into casusoverleg.geheimhoudingsverklaring values (?, 'pol-1', 'POL-RR', now())", punt.overlegId());
        beheer("insert into casusoverleg.actie (id, versie, laatst_gewijzigd, agendapunt_id, overleg_id, aanmelding_id, eigenaar_organisatie, "
                + "omschrijving, uiterlijk, status, toegewezen_door, toegewezen_op) select gen_random_uuid(), 1, now(), p.id, p.overleg_id, "
                + "p.aanmelding_id, 'POL-RR', 'Huisbezoek (fictief).', current_date, 'OPEN', 'zvh-1', now() from casusoverleg.agendapunt p "
                + "where p.id = ?", punt.id());
        return new Casus(punt.aanmeldingId(), punt.overlegId(), punt.id(), zvh, politie);
    }

    private static UUID inbreng(Agendapunt punt, String organisatie, Medewerker door) {
        return inTransactie(em -> {
            Agendapunt open = new OverlegRepository(em).agendapunt(punt.id()).orElseThrow();
            Inbreng nieuw = Inbreng.lever(open, organisatie, politie(), door, NU);
            new InbrengRepository(em).voegToe(nieuw, door, NU);
            return nieuw.id();
        });
    }

    private static UUID lijst(String status, String brontype, UUID bron) throws SQLException {
        UUID lijst = UUID.randomUUID();
        beheer("insert into toegang.vernietigingslijst values (?, '" + status + "')", lijst);
        beheer("insert into toegang.vernietigingsitem (brontype, bron_id, lijst_id) values ('" + brontype + "', ?, '" + lijst + "')", bron);
        return lijst;
    }

    /** As the schema owner, the way the test arranges what the API would have done or what time would have passed. */
    private static void beheer(String sql, UUID id) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            s.executeUpdate();
        }
    }

    private static long tel(String sql, UUID id) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The SQLSTATE the runtime role gets for {@code sql}; fails the test when it succeeds. */
    private static String sqlState(String sql, UUID id) throws SQLException {
        try (Connection c = app(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            s.executeQuery();
            throw new AssertionError("verwacht geweigerd: " + sql);
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    private static UUID overlegMetPunten(int aantal) {
        UUID overlegId = inTransactie(em -> {
            Overleg overleg = Overleg.plan(tafel(em), planning(), zvh(), NU);
            new OverlegRepository(em).voegToe(overleg);
            return overleg.id();
        });
        inTransactie(em -> {
            OverlegRepository repository = new OverlegRepository(em);
            Overleg overleg = repository.overleg(overlegId).orElseThrow();
            Agenda agenda = new Agenda(overleg, List.of());
            for (int i = 0; i < aantal; i++) {
                repository.voegToe(agenda.zetOp(geaccepteerd(em), zvh(), NU));
            }
            repository.bewaarAgenda(overleg);
            return overleg;
        });
        return overlegId;
    }

    private static void nodigUit(Agendapunt punt, String organisatie, Instant op) {
        inTransactie(em -> {
            new UitnodigingRepository(em).voegToe(nieuweUitnodiging(punt, organisatie, op));
            return null;
        });
    }

    private static Uitnodiging nieuweUitnodiging(Agendapunt punt, String organisatie, Instant op) {
        Bron bron = Bron.binnen(Bronnen.AGENDAPUNT, punt.id(), new Bron(Bronnen.OVERLEG, punt.overlegId()));
        Toegang toegang = Toegang.verleen(bron, organisatie, Doel.CASUSOVERLEG, Set.of(Gegevenscategorie.IDENTITEIT),
                ToegangReden.UITGENODIGD, Optional.of(op.plus(30, ChronoUnit.DAYS)), "zvh-1", op);
        return Uitnodiging.van(punt, toegang, zvh(), op);
    }

    private static Overlegtafel tafel(EntityManager em) {
        return new OverlegtafelRepository(em).tafel(TAFEL).orElseThrow();
    }

    private static Aanmelding geaccepteerd(EntityManager em) {
        Aanmelding a = Aanmelding.meldAan(tafel(em), "WT-RDAM-FEIJ", aanmelding(), wijkteam(), NU);
        a.accepteer(zvh(), NU);
        new AanmeldingRepository(em).voegToe(a);
        return a;
    }

    private static Overlegplanning planning() {
        return new Overlegplanning(TAFEL, LocalDate.now().plusDays(7), LocalTime.of(13, 30), null, "Vergaderzaal 2", null,
                "A. Voorzitter", "B. Notulist");
    }

    private static Inbrenggegevens politie() {
        return new Inbrenggegevens(List.of(new Inbrenggegevens.Deel("JUSTITIEEL", "Wpg art. 19", "Twee aangiftes (fictief)."),
                new Inbrenggegevens.Deel("VEILIGHEID", "Wpg art. 19", "Geen wapens bekend.")));
    }

    private static Medewerker politiemedewerker() {
        return medewerker("POL-RR", Rol.POLITIEMEDEWERKER);
    }

    private static Connection app() throws SQLException {
        return DriverManager.getConnection(appUrl, APP_ROL, APP_WACHTWOORD);
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
