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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.gedeeld.sql.SqlPredicaat;
import nl.schakel.partners.domein.Organisatie;
import nl.schakel.partners.domein.OrganisatieGegevens;
import nl.schakel.toegang.domein.Afbakening;
import nl.schakel.toegang.domein.Beslissing;
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
import nl.schakel.toegang.domein.logboek.Logboekregel;
import nl.schakel.toegang.domein.logboek.Uitkomst;
import nl.schakel.toegang.infrastructuur.BronBetrokkeneRepository;
import nl.schakel.toegang.infrastructuur.TestDatabase;
import nl.schakel.toegang.infrastructuur.ToegangRepository;
import nl.schakel.toegang.infrastructuur.logboek.Logboek;
import nl.schakel.toegang.infrastructuur.logboek.LogboekLezer;
import nl.schakel.toegang.infrastructuur.logboek.Weigeringen;
import org.junit.jupiter.api.Test;

/**
 * Grants narrowed to a team or one person, and moving a grant's end, on the real core: the policy file, the gate, the
 * access service and grant rows in PostgreSQL. A colleague outside a narrowed grant finds the resource nowhere — not at
 * the gate (the 404 of a missing id, logged as a refusal), not in a list, not in a count — and moving an end moves only
 * live grants with an end, of the reason asked, on the resource and its children, each logged.
 */
class AfgebakendeToegangTest {

    private static final Brontype OVERLEG = Brontype.van("AFBAKENINGOVERLEG");
    private static final Brontype PUNT = Brontype.binnen("AFBAKENINGPUNT", OVERLEG);
    private static final Handeling LEZEN = handeling("casusoverleg.agendapunt-lezen", PUNT);
    private static final Handeling ZOEKEN = handeling("casusoverleg.agendapunten-zoeken", PUNT);
    private static final Handeling VERPLAATSEN = handeling("casusoverleg.overleg-verplaatsen", OVERLEG);

    private final DataSource app = TestDatabase.app();
    private final ToegangRepository toegangen = new ToegangRepository(app);
    private final Instant nu = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private final Toegangsdienst dienst = dienst(nu);
    private final Organisatie wijkteam = Organisatie.registreer(new OrganisatieGegevens("WT-RDAM-FEIJ", "Wijkteam Feijenoord",
            "WIJKTEAM", List.of(), null, null), nu);

    private final Bron overleg = new Bron(OVERLEG, UUID.randomUUID());
    private final Bron punt = Bron.binnen(PUNT, UUID.randomUUID(), overleg);

    @Test
    void eenUitnodigingVoorEenTeamOpentHetPuntAlleenVoorDatTeam() throws SQLException {
        Medewerker afrikaanderwijk = medewerker("wt.a", Optional.of("Afrikaanderwijk"));
        Medewerker tarwewijk = medewerker("wt.t", Optional.of("Tarwewijk"));
        Medewerker zonderTeam = medewerker("wt.z", Optional.empty());
        dienst.verleenBinnenBeleid(punt, wijkteam, Afbakening.team("Afrikaanderwijk"), Doel.CASUSOVERLEG,
                Set.of(Gegevenscategorie.IDENTITEIT), ToegangReden.UITGENODIGD, Optional.of(nu.plus(Duration.ofDays(20))), zvh());

        Beslissing toegestaan = dienst.poort.beslis(afrikaanderwijk, punt, LEZEN, () -> new NietGevondenFout("CSO-404", "x"));
        assertThat(toegestaan.grondslag().team()).contains("Afrikaanderwijk");
        assertThat(toegestaan.categorieen()).containsExactly(Gegevenscategorie.IDENTITEIT);
        for (Medewerker collega : List.of(tarwewijk, zonderTeam)) {
            assertThatThrownBy(() -> dienst.poort.beslis(collega, punt, LEZEN, () -> new NietGevondenFout("CSO-404", "bestaat niet")))
                    .as("dezelfde 404 als een ontbrekend id").isInstanceOfSatisfying(NietGevondenFout.class,
                            fout -> assertThat(fout.code()).isEqualTo("CSO-404"));
            assertThat(logboekVan(collega)).singleElement().satisfies(regel -> {
                assertThat(regel.uitkomst()).isEqualTo(Uitkomst.GEWEIGERD);
                assertThat(regel.handeling()).isEqualTo("casusoverleg.agendapunt-lezen");
                assertThat(regel.bronId()).contains(punt.id());
                assertThat(regel.toegangReden()).as("geen toegang gevonden, dus geen reden").isEmpty();
            });
        }

        assertThat(punten(dienst.zoekfilter(afrikaanderwijk, ZOEKEN, "k.id", "k.ouder_id"))).containsExactly(punt.id());
        assertThat(punten(dienst.zoekfilter(tarwewijk, ZOEKEN, "k.id", "k.ouder_id"))).as("de lijst").isEmpty();
        assertThat(punten(dienst.telfilter(zonderTeam, ZOEKEN, "k.id", "k.ouder_id").orElseThrow())).as("de telling").isEmpty();
        assertThat(punten(dienst.telfilter(afrikaanderwijk, ZOEKEN, "k.id", "k.ouder_id").orElseThrow())).containsExactly(punt.id());
    }

    @Test
    void eenUitnodigingVoorEenPersoonOpentHetPuntAlleenVoorDieGebruiker() throws SQLException {
        Medewerker fatima = medewerker("wt.feijenoord", Optional.of("Afrikaanderwijk"));
        Medewerker collega = medewerker("wt.collega", Optional.of("Afrikaanderwijk"));
        Toegang toegang = dienst.verleenBinnenBeleid(punt, wijkteam, Afbakening.gebruikersnaam("WT.Feijenoord"), Doel.CASUSOVERLEG,
                Set.of(Gegevenscategorie.IDENTITEIT), ToegangReden.UITGENODIGD, Optional.of(nu.plus(Duration.ofDays(20))), zvh());
        assertThat(toegangen.metId(toegang.id()).orElseThrow().gebruikersnaam()).as("zoals bewaard").contains("wt.feijenoord");

        assertThat(dienst.poort.beslis(fatima, punt, LEZEN, () -> new NietGevondenFout("CSO-404", "x")).grondslag().id())
                .isEqualTo(toegang.id());
        assertThatThrownBy(() -> dienst.poort.beslis(collega, punt, LEZEN, () -> new NietGevondenFout("CSO-404", "bestaat niet")))
                .as("een collega van hetzelfde team").isInstanceOf(NietGevondenFout.class);
        assertThat(logboekVan(collega)).singleElement().satisfies(regel -> assertThat(regel.uitkomst()).isEqualTo(Uitkomst.GEWEIGERD));
        assertThat(punten(dienst.zoekfilter(fatima, ZOEKEN, "k.id", "k.ouder_id"))).containsExactly(punt.id());
        assertThat(punten(dienst.zoekfilter(collega, ZOEKEN, "k.id", "k.ouder_id"))).isEmpty();
    }

    @Test
    void hetEindeVerplaatstMetHetOverlegLaterEnEerderEnAlleenVoorLevendeToegangMetEenEinde() throws SQLException {
        Bron anderPunt = Bron.binnen(PUNT, UUID.randomUUID(), overleg);
        Bron elders = Bron.binnen(PUNT, UUID.randomUUID(), new Bron(OVERLEG, UUID.randomUUID()));
        UUID betrokkene = UUID.randomUUID();
        new BronBetrokkeneRepository(app).vervang(punt, List.of(betrokkene));
        Instant oudEinde = nu.plus(Duration.ofDays(20));
        Toegang politie = uitnodiging(punt, "POL-RR", Optional.of(oudEinde));
        Toegang om = uitnodiging(anderPunt, "OM-RDAM", Optional.of(oudEinde));
        Toegang zonderEinde = toegang(punt, "WT-RDAM-IJSS", ToegangReden.ACTIEHOUDER, Optional.empty());
        Toegang andereReden = toegang(punt, "RVDK-RR", ToegangReden.ACTIEHOUDER, Optional.of(oudEinde));
        Toegang verlopen = uitnodiging(punt, "RN-RDAM", Optional.of(nu.minusSeconds(1)));
        Toegang ingetrokken = uitnodiging(punt, "JBRR", Optional.of(oudEinde));
        toegangen.trekIn(punt, "JBRR", ToegangReden.UITGENODIGD, "zvh-1", nu.minusSeconds(5));
        Toegang anderOverleg = uitnodiging(elders, "POL-RR", Optional.of(oudEinde));
        Beslissing beslissing = eigenaarsbeslissing();

        Instant later = nu.plus(Duration.ofDays(45));
        List<Toegang> verplaatst = dienst.verplaatsEinde(beslissing, ToegangReden.UITGENODIGD, later);

        assertThat(verplaatst).extracting(Toegang::id).containsExactlyInAnyOrder(politie.id(), om.id());
        assertThat(verplaatst).allSatisfy(t -> assertThat(t.geldigTot()).contains(later));
        assertThat(einde(politie)).contains(later);
        assertThat(einde(zonderEinde)).as("een toegang zonder einde krijgt er geen").isEmpty();
        assertThat(einde(andereReden)).as("een andere reden").contains(oudEinde);
        assertThat(einde(verlopen)).as("wat verlopen is, blijft verlopen").contains(nu.minusSeconds(1));
        assertThat(einde(ingetrokken)).as("ingetrokken blijft ingetrokken").contains(oudEinde);
        assertThat(einde(anderOverleg)).as("een punt van een ander overleg").contains(oudEinde);
        // as the clock passes the old end: the invitation is still live
        assertThat(dienst(oudEinde.plus(Duration.ofDays(1))).poort.beslis(medewerker("POL-RR", "politie.p", Rol.POLITIEMEDEWERKER),
                punt, LEZEN, () -> new NietGevondenFout("CSO-404", "x")).grondslag().id()).isEqualTo(politie.id());

        List<Logboekregel> rijen = logboekVan(beslissing.medewerker());
        assertThat(rijen).hasSize(2).allSatisfy(regel -> {
            assertThat(regel.handeling()).isEqualTo("casusoverleg.overleg-verplaatsen");
            assertThat(regel.uitkomst()).isEqualTo(Uitkomst.TOEGESTAAN);
            assertThat(regel.toegangReden()).contains("EIGENAAR");
        });
        assertThat(rijen).extracting(r -> r.bronId().orElseThrow()).containsExactlyInAnyOrder(punt.id(), anderPunt.id());
        assertThat(rijen).filteredOn(r -> r.bronId().orElseThrow().equals(punt.id())).singleElement()
                .satisfies(r -> assertThat(r.betrokkenen()).as("wiens gegevens langer of korter zichtbaar zijn").containsExactly(betrokkene));

        Instant eerder = nu.plus(Duration.ofDays(3));
        assertThat(dienst.verplaatsEinde(beslissing, ToegangReden.UITGENODIGD, eerder)).hasSize(2);
        assertThat(einde(om)).contains(eerder);
        Instant naHetNieuweEinde = eerder.plusSeconds(1);
        assertThatThrownBy(() -> dienst(naHetNieuweEinde).poort.beslis(medewerker("POL-RR", "politie.q", Rol.POLITIEMEDEWERKER),
                punt, LEZEN, () -> new NietGevondenFout("CSO-404", "x"))).as("de toegang eindigt op het nieuwe einde")
                .isInstanceOf(NietGevondenFout.class);
        assertThat(einde(zonderEinde)).as("ook eerder: een actiehouder wordt niet ingekort").isEmpty();

        assertThatThrownBy(() -> dienst.verplaatsEinde(beslissing, ToegangReden.UITGENODIGD, nu))
                .as("nu beëindigen is beeindig").isInstanceOf(IllegalArgumentException.class);
    }

    private Beslissing eigenaarsbeslissing() {
        toegang(overleg, "ZVHRR", ToegangReden.EIGENAAR, Optional.empty());
        return dienst.poort.beslis(zvh(), overleg, VERPLAATSEN, () -> new NietGevondenFout("CSO-404", "x"));
    }

    private Toegang uitnodiging(Bron bron, String organisatie, Optional<Instant> tot) {
        return toegang(bron, organisatie, ToegangReden.UITGENODIGD, tot);
    }

    private Toegang toegang(Bron bron, String organisatie, ToegangReden reden, Optional<Instant> tot) {
        Toegang toegang = Toegang.verleen(bron, organisatie, Doel.CASUSOVERLEG, Set.of(Gegevenscategorie.IDENTITEIT), reden, tot,
                "zvh-1", nu.minus(Duration.ofHours(1)));
        toegangen.bewaar(toegang);
        return toegang;
    }

    private Optional<Instant> einde(Toegang toegang) {
        return toegangen.metId(toegang.id()).orElseThrow().geldigTot();
    }

    /** Which of the meeting's items the predicate lets through, as the flow's list over its own table would. */
    private List<UUID> punten(SqlPredicaat filter) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = app.getConnection(); PreparedStatement s = c.prepareStatement(
                "select k.id from (values (?::uuid, ?::uuid)) as k(id, ouder_id) where " + filter.sql())) {
            s.setObject(1, punt.id());
            s.setObject(2, overleg.id());
            int i = 3;
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

    private List<Logboekregel> logboekVan(Medewerker medewerker) {
        return new LogboekLezer(app).zoek(new LogboekZoekvraag(Optional.empty(), Optional.of(medewerker.id()), Optional.empty(),
                Optional.empty(), Optional.empty(), 10));
    }

    private final Medewerker zvh = medewerker("ZVHRR", "zvh", Rol.ZVH_PROCESREGISSEUR);

    private Medewerker zvh() {
        return zvh;
    }

    private static Medewerker medewerker(String gebruikersnaam, Optional<String> team) {
        return new Medewerker(UUID.randomUUID().toString(), "Test", gebruikersnaam, Optional.of("WT-RDAM-FEIJ"), team,
                Set.of(Rol.WIJKTEAMMEDEWERKER), "schakel-web");
    }

    private static Medewerker medewerker(String organisatie, String gebruikersnaam, Rol rol) {
        return new Medewerker(UUID.randomUUID().toString(), "Test", gebruikersnaam, Optional.of(organisatie), Optional.empty(),
                Set.of(rol), "schakel-web");
    }

    private static Handeling handeling(String naam, Brontype type) {
        return new Handeling() {
            @Override
            public String naam() {
                return naam;
            }

            @Override
            public Optional<Brontype> brontype() {
                return Optional.of(type);
            }
        };
    }

    /** The real service on the real gate, wired by hand as the gate's own tests do; its clock stands at {@code op}. */
    private Toegangsdienst dienst(Instant op) {
        Toegangspoort poort = new Toegangspoort();
        poort.toegangen = toegangen;
        poort.beleid = new Toegangsbeleid();
        poort.logboek = new Logboek(app, TestDatabase.LOGBOEKSLEUTEL);
        poort.weigeringen = new Weigeringen(poort.logboek);
        poort.betrokkenen = new BronBetrokkeneRepository(app);
        poort.klok = Clock.fixed(op, ZoneOffset.UTC);
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
        dienst.betrokkenen = poort.betrokkenen;
        dienst.klok = Clock.fixed(op, ZoneOffset.UTC);
        return dienst;
    }
}
