package nl.schakel.toegang.toepassing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.schakel.gedeeld.fout.VerbodenFout;
import nl.schakel.gedeeld.sql.SqlPredicaat;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Handeling;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.Toegang;
import nl.schakel.toegang.domein.ToegangReden;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import nl.schakel.toegang.domein.logboek.LogboekZoekvraag;
import nl.schakel.toegang.infrastructuur.BronBetrokkeneRepository;
import nl.schakel.toegang.infrastructuur.TestDatabase;
import nl.schakel.toegang.infrastructuur.ToegangRepository;
import nl.schakel.toegang.infrastructuur.logboek.Logboek;
import nl.schakel.toegang.infrastructuur.logboek.LogboekLezer;
import nl.schakel.toegang.infrastructuur.logboek.Weigeringen;
import org.junit.jupiter.api.Test;

/**
 * {@link Toegangsdienst#telfilter}, the filter behind every count on "Mijn werk": the real policy, the real gate and real
 * grant rows in PostgreSQL. A role the action's rule does not name gets no filter and no logged refusal (every page asks
 * every flow); otherwise the count is of exactly what the caller's live grants with the rule's reasons open, at the
 * service's clock, and a grant on a parent counts its children.
 */
class ToegangsdienstTelfilterTest {

    private static final Brontype OUDER = Brontype.van("TELOUDER");
    private static final Brontype KIND = Brontype.binnen("TELKIND", OUDER);

    private final DataSource app = TestDatabase.app();
    private final ToegangRepository toegangen = new ToegangRepository(app);
    private final Instant nu = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private final Toegangsdienst dienst = dienst(nu);

    @Test
    void eenRolZonderDeelAanDeHandelingKrijgtGeenFilterEnGeenWeigeringInHetLogboek() {
        Medewerker politie = medewerker("POL-RR", Rol.POLITIEMEDEWERKER);

        assertThat(dienst.telfilter(politie, ProefHandeling.h("overdracht.zoeken"), "b.id")).isEmpty();
        assertThat(logboekVan(politie)).as("geen geweigerde toegang: de politie heeft geen deel aan overdrachten").isZero();

        // the list behind it does refuse, and logs it: the count is the quiet one of the two
        assertThatThrownBy(() -> dienst.zoekfilter(politie, ProefHandeling.h("overdracht.zoeken"), "b.id"))
                .isInstanceOfSatisfying(VerbodenFout.class, f -> assertThat(f.code()).isEqualTo("TGN-002"));
        assertThat(logboekVan(politie)).isEqualTo(1);
    }

    @Test
    void hetFilterTeltAlleenWatDeLevendeToegangenMetDeRedenenVanDeRegelOpenen() throws SQLException {
        Medewerker wijkteam = medewerker("WT-RDAM-FEIJ", Rol.WIJKTEAMMEDEWERKER);
        Bron ontvangen = proefbron();
        Bron vanEenAnder = proefbron();
        Bron verlopen = proefbron();
        Bron ingetrokken = proefbron();
        Bron andereReden = proefbron();
        Bron zonderToegang = proefbron();
        verleen(ontvangen, "WT-RDAM-FEIJ", ToegangReden.ONTVANGER, Optional.empty());
        verleen(vanEenAnder, "WT-RDAM-CHAR", ToegangReden.ONTVANGER, Optional.empty());
        verleen(verlopen, "WT-RDAM-FEIJ", ToegangReden.ONTVANGER, Optional.of(nu.minusSeconds(1)));
        verleen(ingetrokken, "WT-RDAM-FEIJ", ToegangReden.ONTVANGER, Optional.empty());
        toegangen.trekIn(ingetrokken, "WT-RDAM-FEIJ", ToegangReden.ONTVANGER, "vt-1", nu.minusSeconds(10));
        // overdracht.zoeken counts EIGENAAR, ONTVANGER and NOODTOEGANG, not an invitation
        verleen(andereReden, "WT-RDAM-FEIJ", ToegangReden.UITGENODIGD, Optional.empty());
        List<Bron> alle = List.of(ontvangen, vanEenAnder, verlopen, ingetrokken, andereReden, zonderToegang);

        SqlPredicaat filter = dienst.telfilter(wijkteam, ProefHandeling.h("overdracht.zoeken"), "b.id").orElseThrow();

        assertThat(zichtbaar(filter, alle)).containsExactly(ontvangen.id());
        assertThat(zichtbaar(dienst.telfilter(medewerker("WT-RDAM-CHAR", Rol.WIJKTEAMMEDEWERKER),
                ProefHandeling.h("overdracht.zoeken"), "b.id").orElseThrow(), alle)).containsExactly(vanEenAnder.id());
        assertThat(logboekVan(wijkteam)).as("een telling wordt niet gelogd").isZero();
    }

    @Test
    void deTellingGebruiktDeKlokVanDeDienst() throws SQLException {
        Medewerker wijkteam = medewerker("WT-RDAM-FEIJ", Rol.WIJKTEAMMEDEWERKER);
        Bron tijdelijk = proefbron();
        verleen(tijdelijk, "WT-RDAM-FEIJ", ToegangReden.ONTVANGER, Optional.of(nu.plus(Duration.ofHours(1))));

        assertThat(zichtbaar(dienst.telfilter(wijkteam, ProefHandeling.h("overdracht.zoeken"), "b.id").orElseThrow(),
                List.of(tijdelijk))).containsExactly(tijdelijk.id());
        assertThat(zichtbaar(dienst(nu.plus(Duration.ofHours(2))).telfilter(wijkteam, ProefHandeling.h("overdracht.zoeken"), "b.id")
                .orElseThrow(), List.of(tijdelijk))).as("twee uur later is de toegang verlopen").isEmpty();
    }

    @Test
    void eenToegangOpDeOuderTeltElkKindEenToegangOpEenKindAlleenDatKind() throws SQLException {
        Handeling agendapunten = new Handeling() {
            @Override
            public String naam() {
                return "casusoverleg.agendapunten-zoeken";
            }

            @Override
            public Optional<Brontype> brontype() {
                return Optional.of(KIND);
            }
        };
        Bron overleg = new Bron(OUDER, UUID.randomUUID());
        Bron eerste = Bron.binnen(KIND, UUID.randomUUID(), overleg);
        Bron tweede = Bron.binnen(KIND, UUID.randomUUID(), overleg);
        verleen(overleg, "ZVHRR", ToegangReden.EIGENAAR, Optional.empty());
        verleen(eerste, "POL-RR", ToegangReden.UITGENODIGD, Optional.of(nu.plus(Duration.ofDays(30))));

        SqlPredicaat zvh = dienst.telfilter(medewerker("ZVHRR", Rol.ZVH_PROCESREGISSEUR), agendapunten, "k.id", "k.ouder_id")
                .orElseThrow();
        SqlPredicaat politie = dienst.telfilter(medewerker("POL-RR", Rol.POLITIEMEDEWERKER), agendapunten, "k.id", "k.ouder_id")
                .orElseThrow();

        assertThat(kinderen(zvh, overleg, eerste, tweede)).containsExactlyInAnyOrder(eerste.id(), tweede.id());
        assertThat(kinderen(politie, overleg, eerste, tweede)).containsExactly(eerste.id());
        assertThat(dienst.telfilter(medewerker("FIL", Rol.FILOMENA_MEDEWERKER), agendapunten, "k.id", "k.ouder_id"))
                .as("Filomena heeft geen deel aan het casusoverleg").isEmpty();
        assertThatThrownBy(() -> dienst.telfilter(medewerker("ZVHRR", Rol.ZVH_PROCESREGISSEUR), agendapunten, "k.id"))
                .as("een vergeten ouderkolom verbergt wat de eigenaar mag zien: geweigerd").isInstanceOf(IllegalArgumentException.class);
    }

    /** Which of these resources the predicate lets through, as a count over a flow's own table would. */
    private List<UUID> zichtbaar(SqlPredicaat filter, List<Bron> bronnen) throws SQLException {
        String waarden = String.join(", ", bronnen.stream().map(b -> "(?::uuid)").toList());
        return ids("select b.id from (values " + waarden + ") as b(id) where " + filter.sql(),
                bronnen.stream().map(b -> (Object) b.id()).toList(), filter);
    }

    private List<UUID> kinderen(SqlPredicaat filter, Bron ouder, Bron... kinderen) throws SQLException {
        List<Object> waarden = new java.util.ArrayList<>();
        for (Bron kind : kinderen) {
            waarden.add(kind.id());
            waarden.add(ouder.id());
        }
        String rijen = String.join(", ", java.util.Collections.nCopies(kinderen.length, "(?::uuid, ?::uuid)"));
        return ids("select k.id from (values " + rijen + ") as k(id, ouder_id) where " + filter.sql(), waarden, filter);
    }

    private List<UUID> ids(String sql, List<Object> waarden, SqlPredicaat filter) throws SQLException {
        List<UUID> ids = new java.util.ArrayList<>();
        try (Connection c = app.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            for (Object waarde : waarden) {
                s.setObject(i++, waarde);
            }
            for (Object waarde : filter.parameters()) {
                s.setObject(i++, waarde);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    private void verleen(Bron bron, String organisatie, ToegangReden reden, Optional<Instant> tot) {
        toegangen.bewaar(Toegang.verleen(bron, organisatie, Doel.OVERDRACHT, Set.of(Gegevenscategorie.IDENTITEIT), reden, tot,
                "vt-1", nu.minusSeconds(60)));
    }

    private long logboekVan(Medewerker medewerker) {
        return new LogboekLezer(app).zoek(new LogboekZoekvraag(Optional.empty(), Optional.of(medewerker.id()), Optional.empty(),
                Optional.empty(), Optional.empty(), 10)).size();
    }

    private static Bron proefbron() {
        return new Bron(ProefHandeling.PROEFBRON, UUID.randomUUID());
    }

    private static Medewerker medewerker(String organisatie, Rol rol) {
        return new Medewerker(UUID.randomUUID().toString(), "Test", "test", Optional.of(organisatie), Optional.empty(),
                Set.of(rol), "schakel-web");
    }

    /** The real service on the real gate, wired by hand as the gate's own tests do; its clock stands at {@code op}. */
    private Toegangsdienst dienst(Instant op) {
        Toegangspoort poort = new Toegangspoort();
        poort.toegangen = toegangen;
        poort.beleid = new Toegangsbeleid();
        poort.logboek = new Logboek(app, TestDatabase.LOGBOEKSLEUTEL);
        poort.weigeringen = new Weigeringen(poort.logboek);
        poort.betrokkenen = new BronBetrokkeneRepository(app);
        poort.verzoek = new Verzoekcontext() {
            @Override
            public String bronAdres() {
                return "192.0.2.10";
            }

            @Override
            public String correlatieId() {
                return "test-correlatie";
            }
        };
        Toegangsdienst dienst = new Toegangsdienst();
        dienst.poort = poort;
        dienst.toegangen = toegangen;
        dienst.beleid = poort.beleid;
        dienst.klok = Clock.fixed(op, ZoneOffset.UTC);
        return dienst;
    }
}
