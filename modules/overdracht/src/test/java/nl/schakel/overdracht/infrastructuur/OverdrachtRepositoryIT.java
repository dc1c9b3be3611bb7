package nl.schakel.overdracht.infrastructuur;

import static nl.schakel.overdracht.domein.OverdrachtStatus.*;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.toegang.domein.Gegevenscategorie;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.gedeeld.gebeurtenis.GebeurtenisSchrijver;
import nl.schakel.gedeeld.pagina.Pagina;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.overdracht.domein.OverdrachtVersie;
import nl.schakel.overdracht.domein.Overgang;
import nl.schakel.overdracht.domein.Uitvoerder;
import nl.schakel.overdracht.domein.Voorbeelden;
import nl.schakel.overdracht.domein.inhoud.OverdrachtInhoud;
import nl.schakel.overdracht.toepassing.OverdrachtDienst;
import nl.schakel.overdracht.toepassing.Overdrachttelling;
import nl.schakel.gedeeld.sql.SqlPredicaat;
import nl.schakel.overdracht.toepassing.ZoekVraag;
import nl.schakel.toegang.domein.Medewerker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The persistence of overdrachten on real PostgreSQL 15 with the real migrations, EclipseLink 4.0 and Yasson
 * as Payara 6 ships them, the shared cache off, connected as the runtime role with only the migrations' grants
 * and WITHOUT {@code stringtype=unspecified}: the jsonb columns must work on any pool.
 */
class OverdrachtRepositoryIT {

    private static final String APP_ROL = "schakel_app";
    private static final String APP_WACHTWOORD = "alleen-voor-de-test";
    private static final String VT = Voorbeelden.VT;

    private static EmbeddedPostgres postgres;
    private static EntityManagerFactory emf;
    private static String appUrl;
    private final Klok klok = new Klok(Instant.parse("2026-11-25T09:00:00.123456Z"));

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role " + APP_ROL + " login password '" + APP_WACHTWOORD + "'");
            // stands in for the lead's grants table, to show how the access filter plugs into the search
            s.execute("create schema toegang");
            s.execute("create table toegang.toegang (bron_type varchar(30) not null, bron_id uuid not null,"
                    + " organisatie_code varchar(32) not null, geldig_van timestamptz not null, geldig_tot timestamptz,"
                    + " ingetrokken_op timestamptz)");
            s.execute("grant usage on schema toegang to " + APP_ROL);
            s.execute("grant select on toegang.toegang to " + APP_ROL);
        }
        Schemas.migreer(postgres.getPostgresDatabase(), APP_ROL);
        appUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        emf = Persistence.createEntityManagerFactory("overdracht-test", Map.of(
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

    // ---- jsonb ----

    @Test
    void deInhoudGaatAlsJsonbHeenEnTerug() throws SQLException {
        Overdracht opgesteld = inTransactie(d -> d.stelOp(VT, Voorbeelden.volledigeInhoud(), medewerker(VT)));

        Overdracht gelezen = inTransactie(d -> d.overdracht(opgesteld.id()));

        assertThat(gelezen).isNotSameAs(opgesteld);
        assertThat(gelezen.inhoud()).isEqualTo(Voorbeelden.volledigeInhoud());
        assertThat(gelezen.versie()).isEqualTo(1);
        assertThat(gelezen.laatstGewijzigd()).isEqualTo(opgesteld.laatstGewijzigd());
        // really jsonb, queryable in SQL, not a string in a text column
        try (Connection c = app(); PreparedStatement s = c.prepareStatement(
                "select jsonb_typeof(inhoud), inhoud -> 'betrokkenen' -> 0 ->> 'bsn', pg_typeof(inhoud)::text"
                        + " from overdracht.overdracht where id = ?")) {
            s.setObject(1, opgesteld.id());
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("object");
                assertThat(r.getString(2)).isEqualTo("111222333");
                assertThat(r.getString(3)).isEqualTo("jsonb");
            }
        }
    }

    @Test
    void eenKaleStringInEenJsonbKolomFaaltZonderStringtypeUnspecified() throws SQLException {
        // the pitfall the converter avoids: what EclipseLink does with an AttributeConverter<T, String>
        try (Connection c = app(); PreparedStatement s = c.prepareStatement(
                "update overdracht.overdracht set inhoud = ? where id = ?")) {
            s.setString(1, "{}");
            s.setObject(2, UUID.randomUUID());
            assertThatThrownBy(s::executeUpdate).isInstanceOf(SQLException.class)
                    .hasMessageContaining("jsonb").hasMessageContaining("character varying");
        }
    }

    @Test
    void ookMetStringtypeUnspecifiedWerktHet() {
        // the Payara pools carry stringtype=unspecified; the PGobject binding does not care
        try (EntityManagerFactory metUnspecified = Persistence.createEntityManagerFactory("overdracht-test", Map.of(
                "jakarta.persistence.jdbc.url", appUrl + "?stringtype=unspecified",
                "jakarta.persistence.jdbc.user", APP_ROL,
                "jakarta.persistence.jdbc.password", APP_WACHTWOORD))) {
            Overdracht opgesteld = inTransactie(metUnspecified,
                    d -> d.stelOp(VT, Voorbeelden.volledigeInhoud(), medewerker(VT)));
            assertThat(inTransactie(metUnspecified, d -> d.overdracht(opgesteld.id())).inhoud())
                    .isEqualTo(Voorbeelden.volledigeInhoud());
        }
    }

    // ---- versions, transitions, optimistic lock ----

    @Test
    void deRedenOmHetAfgeschermdeAdresTeDelenWordtBijDeVerzendingBewaard() {
        UUID id = inTransactie(d -> d.stelOp(VT, Voorbeelden.volledigeInhoud(), medewerker(VT))).id();
        inTransactie(d -> d.verzend(id, 1, "WT-RDAM-FEIJ",
                java.util.EnumSet.of(Gegevenscategorie.IDENTITEIT, Gegevenscategorie.ADRES_AFGESCHERMD),
                "Huisbezoek op de opvanglocatie.", Voorbeelden.CONTACT, medewerker(VT)));

        List<Overgang> overgangen = inTransactie(d -> d.overdracht(id).overgangen());
        assertThat(overgangen.get(overgangen.size() - 1).naar()).isEqualTo(VERZONDEN);
        assertThat(overgangen.get(overgangen.size() - 1).reden())
                .contains("Afgeschermd adres gedeeld: Huisbezoek op de opvanglocatie.");
    }

    @Test
    void elkeWijzigingEnElkeOvergangSchrijftEenVersie() {
        UUID id = inTransactie(d -> d.stelOp(VT, OverdrachtInhoud.leeg(), medewerker(VT))).id();
        inTransactie(d -> d.wijzig(id, 1, Voorbeelden.volledigeInhoud(), medewerker(VT)));
        inTransactie(d -> d.verzend(id, 2, "WT-RDAM-FEIJ", Voorbeelden.WIJKTEAMCATEGORIEEN, Voorbeelden.CONTACT, medewerker(VT)));
        inTransactie(d -> d.bevestigOntvangst(id, 3, medewerker("WT-RDAM-FEIJ")));
        Overdracht geaccepteerd = inTransactie(d -> d.accepteer(id, 4, medewerker("WT-RDAM-FEIJ")));

        assertThat(geaccepteerd.versie()).isEqualTo(5);
        List<OverdrachtVersie> versies = versies(id);
        assertThat(versies).extracting(OverdrachtVersie::versie).containsExactly(1, 2, 3, 4, 5);
        assertThat(versies).extracting(OverdrachtVersie::status)
                .containsExactly(CONCEPT, CONCEPT, VERZONDEN, ONTVANGEN, GEACCEPTEERD);
        assertThat(versies.get(0).inhoud()).isEqualTo(OverdrachtInhoud.leeg());
        assertThat(versies.get(1).inhoud()).isEqualTo(Voorbeelden.volledigeInhoud());
        assertThat(versies.get(2).ontvangendeOrganisatie()).contains("WT-RDAM-FEIJ");
        assertThat(versies.get(2).gedeeldeCategorieen()).isEqualTo(Voorbeelden.WIJKTEAMCATEGORIEEN);
        assertThat(versies.get(4).gewijzigdDoor()).isEqualTo("sub-WT-RDAM-FEIJ");
        assertThat(versies.get(4).gewijzigdOp()).isEqualTo(geaccepteerd.laatstGewijzigd());

        OverdrachtVersie tweede = inTransactie(d -> d.versie(id, 2));
        assertThat(tweede.inhoud()).isEqualTo(Voorbeelden.volledigeInhoud());

        List<Overgang> overgangen = inTransactie(d -> d.overdracht(id).overgangen());
        assertThat(overgangen).extracting(Overgang::naar).containsExactly(CONCEPT, VERZONDEN, ONTVANGEN, GEACCEPTEERD);
        assertThat(overgangen.get(0).betrokkenen().betrokkenen()).isEmpty();
        assertThat(overgangen.get(1).betrokkenen().betrokkenen()).hasSize(3);
        assertThat(overgangen.get(3).door()).isEqualTo(new Uitvoerder("sub-WT-RDAM-FEIJ", "Test WT-RDAM-FEIJ",
                "WT-RDAM-FEIJ"));
    }

    @Test
    void redenenWordenBewaard() {
        UUID id = verzonden("WT-RDAM-CHAR").id();
        inTransactie(d -> d.bevestigOntvangst(id, 2, medewerker("WT-RDAM-CHAR")));
        inTransactie(d -> d.legTerug(id, 3, "Buiten ons werkgebied.", medewerker("WT-RDAM-CHAR")));
        inTransactie(d -> d.trekIn(id, 4, "Wordt opnieuw overgedragen.", medewerker(VT)));

        Overdracht ingetrokken = inTransactie(d -> d.overdracht(id));
        assertThat(ingetrokken.status()).isEqualTo(INGETROKKEN);
        assertThat(ingetrokken.overgangen()).extracting(o -> o.reden().orElse(null))
                .containsExactly(null, null, null, "Buiten ons werkgebied.", "Wordt opnieuw overgedragen.");
    }

    @Test
    void eenVerouderdeVersieIsApi412() {
        UUID id = inTransactie(d -> d.stelOp(VT, OverdrachtInhoud.leeg(), medewerker(VT))).id();
        inTransactie(d -> d.wijzig(id, 1, Voorbeelden.volledigeInhoud(), medewerker(VT)));

        assertThatThrownBy(() -> inTransactie(d -> d.wijzig(id, 1, OverdrachtInhoud.leeg(), medewerker(VT))))
                .isInstanceOfSatisfying(VersieConflictFout.class, fout -> {
                    assertThat(fout.code()).isEqualTo("API-412");
                    assertThat(fout.status()).isEqualTo(412);
                });
        assertThat(versies(id)).hasSize(2);
    }

    @Test
    void eenGelijktijdigeWijzigingVerliestHetOptimisticLock() {
        UUID id = inTransactie(d -> d.stelOp(VT, OverdrachtInhoud.leeg(), medewerker(VT))).id();
        Uitvoerder door = Uitvoerder.van(medewerker(VT));
        EntityManager eerste = emf.createEntityManager();
        EntityManager tweede = emf.createEntityManager();
        try {
            eerste.getTransaction().begin();
            tweede.getTransaction().begin();
            Overdracht inEerste = eerste.find(Overdracht.class, id);
            Overdracht inTweede = tweede.find(Overdracht.class, id);
            inEerste.wijzig(Voorbeelden.volledigeInhoud(), Voorbeelden.IDS_ZOALS_GEGEVEN, door, klok.instant());
            inTweede.wijzig(OverdrachtInhoud.leeg(), Voorbeelden.IDS_ZOALS_GEGEVEN, door, klok.instant());

            new OverdrachtRepository(eerste).bewaarWijziging(inEerste, door);
            eerste.getTransaction().commit();

            assertThatThrownBy(() -> new OverdrachtRepository(tweede).bewaarWijziging(inTweede, door))
                    .isInstanceOfSatisfying(VersieConflictFout.class, fout -> assertThat(fout.code()).isEqualTo("API-412"));
        } finally {
            if (tweede.getTransaction().isActive()) {
                tweede.getTransaction().rollback();
            }
            eerste.close();
            tweede.close();
        }
        assertThat(versies(id)).extracting(OverdrachtVersie::versie).containsExactly(1, 2);
        assertThat(inTransactie(d -> d.overdracht(id)).inhoud()).isEqualTo(Voorbeelden.volledigeInhoud());
    }

    @Test
    void onbekendIsOvd404() {
        UUID id = inTransactie(d -> d.stelOp(VT, OverdrachtInhoud.leeg(), medewerker(VT))).id();

        assertThatThrownBy(() -> inTransactie(d -> d.overdracht(UUID.randomUUID())))
                .isInstanceOfSatisfying(NietGevondenFout.class, fout -> assertThat(fout.code()).isEqualTo("OVD-404"));
        assertThatThrownBy(() -> inTransactie(d -> d.versie(id, 7))).isInstanceOf(NietGevondenFout.class);
        assertThatThrownBy(() -> inTransactie(d -> d.versies(UUID.randomUUID()))).isInstanceOf(NietGevondenFout.class);
    }

    @Test
    void deRuntimeRolMagVersiesEnOvergangenNietWijzigenOfWissen() throws SQLException {
        UUID id = inTransactie(d -> d.stelOp(VT, OverdrachtInhoud.leeg(), medewerker(VT))).id();
        for (String sql : List.of(
                "update overdracht.overdracht_versie set status = 'INGETROKKEN' where overdracht_id = ?",
                "delete from overdracht.overdracht_versie where overdracht_id = ?",
                "update overdracht.overgang set reden = 'x' where overdracht_id = ?",
                "delete from overdracht.overgang where overdracht_id = ?",
                "delete from overdracht.overdracht where id = ?")) {
            try (Connection c = app(); PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, id);
                assertThatThrownBy(s::executeUpdate).as(sql).hasMessageContaining("permission denied");
            }
        }
        // destruction goes through the owner's function, which deletes only what an approved destruction list holds
        try (Connection c = app(); PreparedStatement s = c.prepareStatement("select overdracht.vernietig(?)")) {
            s.setObject(1, id);
            assertThatThrownBy(s::executeQuery).hasMessageContaining("vernietigingslijst");
        }
        try (Connection c = app(); PreparedStatement s = c.prepareStatement("select count(*) from overdracht.overdracht_versie where overdracht_id = ?")) {
            s.setObject(1, id);
            try (var rij = s.executeQuery()) {
                rij.next();
                assertThat(rij.getLong(1)).as("niets gewist").isPositive();
            }
        }
    }

    // ---- search ----

    @Test
    void deInboxPagineertNieuwsteEerst() {
        String ontvanger = nieuweOrganisatie();
        List<UUID> verzonden = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            verzonden.add(verzonden(ontvanger).id());
        }
        verzonden(nieuweOrganisatie()); // someone else's inbox
        inTransactie(d -> d.stelOp(VT, OverdrachtInhoud.leeg(), medewerker(VT))); // a concept: in nobody's inbox
        UUID ontvangen = verzonden.get(0);
        inTransactie(d -> d.bevestigOntvangst(ontvangen, 2, medewerker(ontvanger)));

        ZoekVraag inbox = ZoekVraag.binnen(SqlPredicaat.ZONDER_BEPERKING)
                .voorOntvanger(ontvanger)
                .metStatussen(EnumSet.of(VERZONDEN))
                .pagina(null, 2);
        List<UUID> gevonden = new ArrayList<>();
        Pagina<Overdracht> pagina = inTransactie(d -> d.zoek(inbox));
        int paginas = 1;
        gevonden.addAll(ids(pagina));
        while (pagina.volgende().isPresent()) {
            String cursor = pagina.volgende().get();
            pagina = inTransactie(d -> d.zoek(inbox.pagina(cursor, 2)));
            gevonden.addAll(ids(pagina));
            paginas++;
        }

        assertThat(paginas).isEqualTo(2);
        assertThat(gevonden).containsExactly(verzonden.get(4), verzonden.get(3), verzonden.get(2), verzonden.get(1));

        Pagina<Overdracht> alles = inTransactie(d -> d.zoek(ZoekVraag.binnen(SqlPredicaat.ZONDER_BEPERKING)
                .voorOntvanger(ontvanger)));
        assertThat(ids(alles)).first().isEqualTo(ontvangen); // the newest change
        assertThat(alles.items()).hasSize(5).allSatisfy(o -> assertThat(o.inhoud()).isEqualTo(Voorbeelden.volledigeInhoud()));
        assertThat(alles.volgende()).isEmpty();
    }

    @Test
    void deLijstVanDeEigenaarEnGewijzigdNa() {
        String eigenaar = nieuweOrganisatie();
        Overdracht oud = inTransactie(d -> d.stelOp(eigenaar, OverdrachtInhoud.leeg(), medewerker(eigenaar)));
        Overdracht nieuw = inTransactie(d -> d.stelOp(eigenaar, OverdrachtInhoud.leeg(), medewerker(eigenaar)));

        ZoekVraag lijst = ZoekVraag.binnen(SqlPredicaat.ZONDER_BEPERKING).vanEigenaar(eigenaar);
        assertThat(ids(inTransactie(d -> d.zoek(lijst)))).containsExactly(nieuw.id(), oud.id());
        assertThat(ids(inTransactie(d -> d.zoek(lijst.gewijzigdNa(oud.laatstGewijzigd()))))).containsExactly(nieuw.id());
        assertThat(ids(inTransactie(d -> d.zoek(lijst.alleen(Set.of(oud.id())))))).containsExactly(oud.id());
        assertThat(ids(inTransactie(d -> d.zoek(lijst.alleen(Set.of()))))).isEmpty();
    }

    @Test
    void hetToegangsfilterWordtAlsExistsInDeSqlGestoken() throws SQLException {
        String eigenaar = nieuweOrganisatie();
        String lezer = nieuweOrganisatie();
        Overdracht geldig = inTransactie(d -> d.stelOp(eigenaar, OverdrachtInhoud.leeg(), medewerker(eigenaar)));
        Overdracht verlopen = inTransactie(d -> d.stelOp(eigenaar, OverdrachtInhoud.leeg(), medewerker(eigenaar)));
        Overdracht ingetrokken = inTransactie(d -> d.stelOp(eigenaar, OverdrachtInhoud.leeg(), medewerker(eigenaar)));
        inTransactie(d -> d.stelOp(eigenaar, OverdrachtInhoud.leeg(), medewerker(eigenaar))); // no grant at all
        try (Connection c = postgres.getPostgresDatabase().getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into toegang.toegang values ('OVERDRACHT', ?, ?, now() - interval '1 day', ?, ?)")) {
            grant(s, geldig.id(), lezer, null, null);
            grant(s, verlopen.id(), lezer, "now() - interval '1 hour'", null);
            grant(s, ingetrokken.id(), lezer, null, "now() - interval '1 minute'");
        }
        SqlPredicaat toegang = SqlPredicaat.van("""
                exists (select 1 from toegang.toegang t
                         where t.bron_type = 'OVERDRACHT' and t.bron_id = o.id and t.organisatie_code = ?
                           and t.geldig_van <= now() and (t.geldig_tot is null or t.geldig_tot > now())
                           and t.ingetrokken_op is null)""", lezer);

        Pagina<Overdracht> gezien = inTransactie(d -> d.zoek(ZoekVraag.binnen(toegang).vanEigenaar(eigenaar)));

        assertThat(ids(gezien)).containsExactly(geldig.id());
    }

    // ---- the counts of "Mijn werk" ----

    /**
     * Per status only what the access filter lets through; sent strictly before the boundary counts as overdue (one
     * microsecond before it does, the boundary itself does not); escalated separately; a status without rows is absent.
     */
    @Test
    void deTellingenVanMijnWerkTellenInDeDatabaseBinnenHetToegangsfilter() throws SQLException {
        String lezer = nieuweOrganisatie();
        Instant grens = Instant.parse("2026-11-18T23:00:00Z");
        UUID teLaat = verzonden(lezer).id();
        UUID opDeGrens = verzonden(lezer).id();
        UUID opgeschaald = verzonden(lezer).id();
        UUID ontvangen = verzonden(lezer).id();
        inTransactie(d -> d.bevestigOntvangst(ontvangen, 2, medewerker(lezer)));
        UUID zonderToegang = verzonden(lezer).id();
        UUID ingetrokken = verzonden(lezer).id();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "update overdracht.overdracht set verzonden_op = ?, opgeschaald_op = ? where id = ?")) {
                zet(s, teLaat, grens.minusNanos(1_000), null);
                zet(s, opDeGrens, grens, null);
                zet(s, opgeschaald, grens.minusSeconds(86_400), grens);
                zet(s, zonderToegang, grens.minusSeconds(86_400), grens);
                zet(s, ingetrokken, grens.minusSeconds(86_400), null);
            }
            try (PreparedStatement s = c.prepareStatement(
                    "insert into toegang.toegang values ('OVERDRACHT', ?, ?, now() - interval '1 day', ?, ?)")) {
                for (UUID id : List.of(teLaat, opDeGrens, opgeschaald, ontvangen)) {
                    grant(s, id, lezer, null, null);
                }
                grant(s, ingetrokken, lezer, null, "now() - interval '1 minute'");
            }
        }
        SqlPredicaat toegang = SqlPredicaat.van("""
                exists (select 1 from toegang.toegang t
                         where t.bron_type = 'OVERDRACHT' and t.bron_id = o.id and t.organisatie_code = ?
                           and t.geldig_van <= now() and (t.geldig_tot is null or t.geldig_tot > now())
                           and t.ingetrokken_op is null)""", lezer);

        Map<nl.schakel.overdracht.domein.OverdrachtStatus, Overdrachttelling> tellingen =
                inRepository(r -> r.tellingen(toegang, EnumSet.of(VERZONDEN, ONTVANGEN, GEACCEPTEERD), grens));

        assertThat(tellingen).containsOnlyKeys(VERZONDEN, ONTVANGEN)
                .containsEntry(VERZONDEN, new Overdrachttelling(3, 2, 1))
                .containsEntry(ONTVANGEN, new Overdrachttelling(1, 0, 0));
        Map<nl.schakel.overdracht.domein.OverdrachtStatus, Overdrachttelling> concepten =
                inRepository(r -> r.tellingen(toegang, EnumSet.of(CONCEPT), grens));
        assertThat(concepten).isEmpty();
    }

    @Test
    void deMonitoringtegelTeltTeDoenEnAchterstalligInEenQueryBinnenHetToegangsfilter() throws SQLException {
        String eigenaar = nieuweOrganisatie();
        java.time.LocalDate vandaag = java.time.LocalDate.of(2026, 12, 7);
        UUID gisteren = verzonden("WT-RDAM-FEIJ").id();
        UUID vandaagGepland = verzonden("WT-RDAM-FEIJ").id();
        UUID morgen = verzonden("WT-RDAM-FEIJ").id();
        UUID uitgevoerd = verzonden("WT-RDAM-FEIJ").id();
        UUID zonderToegang = verzonden("WT-RDAM-FEIJ").id();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            try (PreparedStatement s = c.prepareStatement("""
                    insert into overdracht.monitoringmoment (id, versie, laatst_gewijzigd, overdracht_id, eigenaar_organisatie,
                        maanden_na_acceptatie, gepland_op, score_directbetrokkene, score_professional, uitgevoerd_op,
                        uitgevoerd_door, uitgevoerd_door_naam)
                    values (gen_random_uuid(), 1, now(), ?, ?, 3, ?, ?, ?, ?, ?, ?)""")) {
                moment(s, gisteren, eigenaar, vandaag.minusDays(1), false);
                moment(s, vandaagGepland, eigenaar, vandaag, false);
                moment(s, morgen, eigenaar, vandaag.plusDays(1), false);
                moment(s, uitgevoerd, eigenaar, vandaag.minusDays(1), true);
                moment(s, zonderToegang, eigenaar, vandaag.minusDays(1), false);
            }
            try (PreparedStatement s = c.prepareStatement(
                    "insert into toegang.toegang values ('OVERDRACHT', ?, ?, now() - interval '1 day', ?, ?)")) {
                for (UUID id : List.of(gisteren, vandaagGepland, morgen, uitgevoerd)) {
                    grant(s, id, eigenaar, null, null);
                }
            }
        }
        SqlPredicaat toegang = SqlPredicaat.van("""
                exists (select 1 from toegang.toegang t
                         where t.bron_type = 'OVERDRACHT' and t.bron_id = m.overdracht_id and t.organisatie_code = ?
                           and t.geldig_van <= now() and (t.geldig_tot is null or t.geldig_tot > now())
                           and t.ingetrokken_op is null)""", eigenaar);

        EntityManager em = emf.createEntityManager();
        try {
            MonitoringmomentRepository momenten = new MonitoringmomentRepository(em);
            // planned yesterday and today, open, with a grant: two to do, one of them overdue
            assertThat(momenten.telOpen(toegang, vandaag)).isEqualTo(new MonitoringmomentRepository.Monitoringtelling(2, 1));
            // a day later tomorrow's is due too and today's is overdue
            assertThat(momenten.telOpen(toegang, vandaag.plusDays(1)))
                    .isEqualTo(new MonitoringmomentRepository.Monitoringtelling(3, 2));
            assertThat(momenten.telOpen(toegang, vandaag.minusDays(2)))
                    .isEqualTo(new MonitoringmomentRepository.Monitoringtelling(0, 0));
        } finally {
            em.close();
        }
    }

    private static void moment(PreparedStatement s, UUID overdracht, String eigenaar, java.time.LocalDate gepland,
            boolean uitgevoerd) throws SQLException {
        s.setObject(1, overdracht);
        s.setString(2, eigenaar);
        s.setObject(3, gepland);
        s.setObject(4, uitgevoerd ? 7 : null, java.sql.Types.SMALLINT);
        s.setObject(5, uitgevoerd ? 8 : null, java.sql.Types.SMALLINT);
        s.setObject(6, uitgevoerd ? Instant.now().atOffset(java.time.ZoneOffset.UTC) : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
        s.setString(7, uitgevoerd ? "sub-fictief" : null);
        s.setString(8, uitgevoerd ? "Fictieve medewerker" : null);
        assertThat(s.executeUpdate()).isEqualTo(1);
    }

    private static void zet(PreparedStatement s, UUID id, Instant verzondenOp, Instant opgeschaaldOp) throws SQLException {
        s.setObject(1, verzondenOp.atOffset(java.time.ZoneOffset.UTC));
        s.setObject(2, opgeschaaldOp == null ? null : opgeschaaldOp.atOffset(java.time.ZoneOffset.UTC));
        s.setObject(3, id);
        assertThat(s.executeUpdate()).isEqualTo(1);
    }

    // ---- contact person at Veilig Thuis, and the returns an organisation made ----

    @Test
    void deContactpersoonVeiligThuisWordtBijDeVerzendingBewaardEnMagNietHalf() throws SQLException {
        Overdracht verzonden = verzonden("WT-RDAM-FEIJ");

        Overdracht gelezen = inTransactie(d -> d.overdracht(verzonden.id()));
        assertThat(gelezen.contactpersoonVeiligThuis()).contains(Voorbeelden.CONTACT);
        Overdracht concept = inTransactie(d -> d.stelOp(VT, Voorbeelden.volledigeInhoud(), medewerker(VT)));
        assertThat(inTransactie(d -> d.overdracht(concept.id())).contactpersoonVeiligThuis()).as("nog niet verzonden").isEmpty();
        // a name without a number (or the reverse) cannot be stored, whatever writes it
        try (Connection c = postgres.getPostgresDatabase().getConnection(); PreparedStatement s = c.prepareStatement(
                "update overdracht.overdracht set contactpersoon_telefoon = null where id = ?")) {
            s.setObject(1, verzonden.id());
            assertThatThrownBy(s::executeUpdate).isInstanceOf(SQLException.class).hasMessageContaining("overdracht_contactpersoon_heel");
        }
    }

    @Test
    void terugleggingenZijnDeEigenStappenVanEenOrganisatieNieuwsteEerstMetEenCursor() {
        String wijkteam = nieuweOrganisatie();
        String ander = nieuweOrganisatie();
        List<UUID> eigen = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            eigen.add(teruggelegd(wijkteam, "Reden " + i + "."));
        }
        teruggelegd(ander, "Niet van ons.");
        verzonden(wijkteam); // sent to it, not returned: not in its list

        List<nl.schakel.overdracht.toepassing.Teruglegging> eerste = inRepository(r -> r.terugleggingen(wijkteam, Optional.empty(), 2));
        assertThat(eerste.size()).isEqualTo(3); // one more than the page: there is a next page
        assertThat(eerste).extracting(nl.schakel.overdracht.toepassing.Teruglegging::overdracht)
                .containsExactly(eigen.get(2), eigen.get(1), eigen.get(0));
        assertThat(eerste.get(0).reden()).isEqualTo("Reden 2.");
        assertThat(eerste.get(0).door()).isEqualTo("Test " + wijkteam);
        assertThat(eerste.get(0).veiligThuis()).isEqualTo(VT);
        assertThat(eerste.get(0).zaaknummer()).isEqualTo(eigen.get(2).toString().substring(0, 8));

        var positie = nl.schakel.overdracht.toepassing.Teruglegging.Positie.uitCursor(eerste.get(1).alsCursor());
        List<nl.schakel.overdracht.toepassing.Teruglegging> tweede = inRepository(r -> r.terugleggingen(wijkteam, positie, 2));
        assertThat(tweede).extracting(nl.schakel.overdracht.toepassing.Teruglegging::overdracht).containsExactly(eigen.get(0));
        Instant ooit = Instant.parse("2000-01-01T00:00:00Z");
        long eigenAantal = inRepository(r -> r.telTerugleggingen(wijkteam, ooit));
        long anderAantal = inRepository(r -> r.telTerugleggingen(ander, ooit));
        long geen = inRepository(r -> r.telTerugleggingen(nieuweOrganisatie(), ooit));
        assertThat(List.of(eigenAantal, anderAantal, geen)).containsExactly(3L, 1L, 0L);
        // the window counts from its start, inclusive: from the second newest return on, two; from after the newest, none
        Instant tweedeNieuwste = eerste.get(1).op();
        Instant naDeNieuwste = eerste.get(0).op().plusMillis(1);
        assertThat(List.of(inRepository(r -> r.telTerugleggingen(wijkteam, tweedeNieuwste)),
                inRepository(r -> r.telTerugleggingen(wijkteam, naDeNieuwste)))).containsExactly(2L, 0L);
    }

    private UUID teruggelegd(String ontvanger, String reden) {
        UUID id = verzonden(ontvanger).id();
        inTransactie(d -> d.bevestigOntvangst(id, 2, medewerker(ontvanger)));
        inTransactie(d -> d.legTerug(id, 3, reden, medewerker(ontvanger)));
        return id;
    }

    private <T> T inRepository(Function<OverdrachtRepository, T> werk) {
        EntityManager em = emf.createEntityManager();
        try {
            return werk.apply(new OverdrachtRepository(em));
        } finally {
            em.close();
        }
    }

    // ---- helpers ----

    private static void grant(PreparedStatement s, UUID bron, String organisatie, String tot, String ingetrokken)
            throws SQLException {
        s.setObject(1, bron);
        s.setString(2, organisatie);
        s.setObject(3, tot == null ? null : Instant.now().minusSeconds(3600).atOffset(java.time.ZoneOffset.UTC));
        s.setObject(4, ingetrokken == null ? null : Instant.now().minusSeconds(60).atOffset(java.time.ZoneOffset.UTC));
        s.executeUpdate();
    }

    private Overdracht verzonden(String ontvanger) {
        UUID id = inTransactie(d -> d.stelOp(VT, Voorbeelden.volledigeInhoud(), medewerker(VT))).id();
        return inTransactie(d -> d.verzend(id, 1, ontvanger, Voorbeelden.WIJKTEAMCATEGORIEEN, Voorbeelden.CONTACT, medewerker(VT)));
    }

    private List<OverdrachtVersie> versies(UUID id) {
        return inTransactie(d -> d.versies(id));
    }

    private static List<UUID> ids(Pagina<Overdracht> pagina) {
        return pagina.items().stream().map(Overdracht::id).toList();
    }

    private static String nieuweOrganisatie() {
        return "WT-IT-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
    }

    private static Medewerker medewerker(String organisatie) {
        return new Medewerker("sub-" + organisatie, "Test " + organisatie, "test", Optional.of(organisatie),
                Optional.empty(), Set.of(), "schakel-web");
    }

    private static Connection app() throws SQLException {
        return DriverManager.getConnection(appUrl, APP_ROL, APP_WACHTWOORD);
    }

    private <T> T inTransactie(Function<OverdrachtDienst, T> werk) {
        return inTransactie(emf, werk);
    }

    /** One transaction with a fresh persistence context, as a JTA call in Payara gets. */
    private <T> T inTransactie(EntityManagerFactory factory, Function<OverdrachtDienst, T> werk) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T resultaat = werk.apply(new OverdrachtDienst(new OverdrachtRepository(em),
                    new GebeurtenisSchrijver(Transactieverbinding.van(em)), Voorbeelden.IDS_ZOALS_GEGEVEN, klok));
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
