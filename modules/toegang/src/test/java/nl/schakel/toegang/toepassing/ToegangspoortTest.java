package nl.schakel.toegang.toepassing;

import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.infrastructuur.BronBetrokkeneRepository;
import nl.schakel.toegang.infrastructuur.TestDatabase;
import nl.schakel.toegang.domein.Toegang;
import nl.schakel.toegang.domein.ToegangReden;
import nl.schakel.toegang.infrastructuur.ToegangRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.gedeeld.fout.VerbodenFout;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import nl.schakel.toegang.infrastructuur.logboek.Logboek;
import nl.schakel.toegang.infrastructuur.logboek.LogboekLezer;
import nl.schakel.toegang.domein.logboek.LogboekZoekvraag;
import nl.schakel.toegang.domein.logboek.Logboekregel;
import nl.schakel.toegang.domein.logboek.Uitkomst;
import nl.schakel.toegang.infrastructuur.logboek.Weigeringen;
import org.junit.jupiter.api.Test;

/** Decisions from real grant rows and the real policy; every refusal leaves its logboek row. */
class ToegangspoortTest {

    private final DataSource app = TestDatabase.app();
    private final ToegangRepository toegangen = new ToegangRepository(app);
    private final LogboekLezer lezer = new LogboekLezer(app);
    private final Toegangspoort poort = poort();

    private final Bron bron = new Bron(ProefHandeling.PROEFBRON, UUID.randomUUID());
    private final Instant nu = Instant.now();

    @Test
    void zonderToegangBestaatDeBronNietEnDeWeigeringStaatInHetLogboek() {
        Medewerker politie = medewerker("POL-RR", Rol.POLITIEMEDEWERKER);
        verleen("WT-RDAM-FEIJ", ToegangReden.ONTVANGER, Optional.empty());

        assertThatThrownBy(() -> poort.beslis(politie, bron, ProefHandeling.h("overdracht.lezen"), () -> new NietGevondenFout("OVD-404", "bestaat niet")))
                .isInstanceOf(NietGevondenFout.class);
        assertThat(laatsteVan(politie)).satisfies(regel -> {
            assertThat(regel.uitkomst()).isEqualTo(Uitkomst.GEWEIGERD);
            assertThat(regel.handeling()).isEqualTo("overdracht.lezen");
            assertThat(regel.bronId()).contains(bron.id());
        });
    }

    @Test
    void eenToegangOpDeOuderOpentDeKinderenEenToegangOpEenKindAlleenDatKind() {
        Brontype kindtype = Brontype.binnen("PROEFKIND", ProefHandeling.PROEFBRON);
        Bron eenKind = Bron.binnen(kindtype, UUID.randomUUID(), bron);
        Bron anderKind = Bron.binnen(kindtype, UUID.randomUUID(), bron);
        Medewerker wijkteam = medewerker("WT-RDAM-FEIJ", Rol.WIJKTEAMMEDEWERKER);
        Medewerker charlois = medewerker("WT-RDAM-CHAR", Rol.WIJKTEAMMEDEWERKER);
        verleen("WT-RDAM-FEIJ", ToegangReden.ONTVANGER, Optional.empty());
        toegangen.bewaar(Toegang.verleen(eenKind, "WT-RDAM-CHAR", Doel.CASUSOVERLEG, Set.of(Gegevenscategorie.JUSTITIEEL),
                ToegangReden.ONTVANGER, Optional.empty(), "vt-1", nu.minus(Duration.ofMinutes(5))));

        assertThat(poort.beslis(wijkteam, anderKind, ProefHandeling.h("overdracht.lezen"), () -> new NietGevondenFout("X-404", "x"))
                .grondslag().bron()).as("via de ouder").isEqualTo(bron);
        Beslissing kind = poort.beslis(charlois, eenKind, ProefHandeling.h("overdracht.lezen"), () -> new NietGevondenFout("X-404", "x"));
        assertThat(kind.grondslag().bron()).isEqualTo(eenKind);
        assertThat(kind.categorieen()).containsExactly(Gegevenscategorie.JUSTITIEEL);
        assertThatThrownBy(() -> poort.beslis(charlois, anderKind, ProefHandeling.h("overdracht.lezen"), () -> new NietGevondenFout("X-404", "x")))
                .as("een ander kind van dezelfde ouder").isInstanceOf(NietGevondenFout.class);
        assertThatThrownBy(() -> poort.beslis(charlois, bron, ProefHandeling.h("overdracht.lezen"), () -> new NietGevondenFout("X-404", "x")))
                .as("de ouder zelf").isInstanceOf(NietGevondenFout.class);
        assertThat(laatsteVan(charlois).bronType()).contains("PROEFBRON");
    }

    @Test
    void eenOntvangerMagLezenMaarNietWijzigen() {
        Medewerker wijkteam = medewerker("WT-RDAM-FEIJ", Rol.WIJKTEAMMEDEWERKER);
        verleen("WT-RDAM-FEIJ", ToegangReden.ONTVANGER, Optional.empty());

        Beslissing lezen = poort.beslis(wijkteam, bron, ProefHandeling.h("overdracht.lezen"), () -> new NietGevondenFout("OVD-404", "x"));
        assertThat(lezen.categorieen()).containsExactlyInAnyOrder(Gegevenscategorie.IDENTITEIT, Gegevenscategorie.VEILIGHEID);
        assertThat(lezen.grondslag().reden()).isEqualTo(ToegangReden.ONTVANGER);

        assertThatThrownBy(() -> poort.beslis(wijkteam, bron, ProefHandeling.h("overdracht.wijzigen"), () -> new NietGevondenFout("OVD-404", "x")))
                .isInstanceOfSatisfying(VerbodenFout.class, fout -> {
                    assertThat(fout.code()).isEqualTo("TGN-002");
                    assertThat(fout.detail()).contains("overdracht.wijzigen").contains("EIGENAAR");
                });
        assertThat(laatsteVan(wijkteam).uitkomst()).isEqualTo(Uitkomst.GEWEIGERD);
        assertThat(laatsteVan(wijkteam).toegangReden()).contains("ONTVANGER");
    }

    @Test
    void eenVerlopenOfIngetrokkenToegangTeltNietMeer() {
        Medewerker wijkteam = medewerker("WT-RDAM-CHAR", Rol.WIJKTEAMMEDEWERKER);
        verleen("WT-RDAM-CHAR", ToegangReden.ONTVANGER, Optional.of(nu.minus(Duration.ofMinutes(1))).map(t -> t));
        assertThatThrownBy(() -> poort.beslis(wijkteam, bron, ProefHandeling.h("overdracht.lezen"), () -> new NietGevondenFout("OVD-404", "x")))
                .isInstanceOf(NietGevondenFout.class);

        Bron andere = new Bron(ProefHandeling.PROEFBRON, UUID.randomUUID());
        toegangen.bewaar(Toegang.verleen(andere, "WT-RDAM-CHAR", Doel.OVERDRACHT, Set.of(Gegevenscategorie.IDENTITEIT),
                ToegangReden.ONTVANGER, Optional.empty(), "vt-1", nu.minusSeconds(60)));
        assertThat(poort.beslis(wijkteam, andere, ProefHandeling.h("overdracht.lezen"), () -> new NietGevondenFout("OVD-404", "x"))).isNotNull();

        assertThat(toegangen.trekIn(andere, "WT-RDAM-CHAR", ToegangReden.ONTVANGER, "wt-1", Instant.now())).isEqualTo(1);
        assertThatThrownBy(() -> poort.beslis(wijkteam, andere, ProefHandeling.h("overdracht.lezen"), () -> new NietGevondenFout("OVD-404", "x")))
                .isInstanceOf(NietGevondenFout.class);
    }

    @Test
    void eenRolZonderRechtOpDeHandelingKrijgt403() {
        Medewerker fg = medewerker("VTRR", Rol.FUNCTIONARIS_GEGEVENSBESCHERMING);
        verleen("VTRR", ToegangReden.EIGENAAR, Optional.empty());

        assertThatThrownBy(() -> poort.beslis(fg, bron, ProefHandeling.h("overdracht.verzenden"), () -> new NietGevondenFout("OVD-404", "x")))
                .isInstanceOf(VerbodenFout.class);
        assertThatThrownBy(() -> poort.vereisRol(medewerker("VTRR", Rol.PROCESREGISSEUR), ProefHandeling.h("logboek.lezen"), Optional.empty()))
                .isInstanceOf(VerbodenFout.class);
    }

    @Test
    void eenToegestaneLezingWordtGelogdMetDeBetrokkenen() {
        Medewerker vt = medewerker("VTRR", Rol.PROCESREGISSEUR);
        verleen("VTRR", ToegangReden.EIGENAAR, Optional.empty());
        UUID betrokkene = UUID.randomUUID();

        Beslissing beslissing = poort.beslis(vt, bron, ProefHandeling.h("overdracht.lezen"), () -> new NietGevondenFout("OVD-404", "x"));
        poort.registreer(beslissing, List.of(betrokkene));

        Logboekregel regel = laatsteVan(vt);
        assertThat(regel.uitkomst()).isEqualTo(Uitkomst.TOEGESTAAN);
        assertThat(regel.betrokkenen()).containsExactly(betrokkene);
        assertThat(regel.doel()).contains("OVERDRACHT");
        assertThat(regel.grondslag()).hasValueSatisfying(g -> assertThat(g).contains("Wmo 2015"));
        assertThat(regel.bronAdres()).isEqualTo("192.0.2.10");
        assertThat(regel.correlatieId()).isEqualTo("test-correlatie");
    }

    @Test
    void deRijenVanEenLijstWordenSamenBeslistEnElkeGetoondeRijKrijgtZijnLogboekregel() {
        Medewerker wijkteam = medewerker("WT-RDAM-FEIJ", Rol.WIJKTEAMMEDEWERKER);
        Bron ontvangen = bron;
        Bron verlopen = new Bron(ProefHandeling.PROEFBRON, UUID.randomUUID());
        Bron uitgenodigd = new Bron(ProefHandeling.PROEFBRON, UUID.randomUUID());
        Bron vanEenAnder = new Bron(ProefHandeling.PROEFBRON, UUID.randomUUID());
        Bron zonderToegang = new Bron(ProefHandeling.PROEFBRON, UUID.randomUUID());
        verleen("WT-RDAM-FEIJ", ToegangReden.ONTVANGER, Optional.empty());
        toegangen.bewaar(Toegang.verleen(verlopen, "WT-RDAM-FEIJ", Doel.OVERDRACHT, Set.of(Gegevenscategorie.IDENTITEIT),
                ToegangReden.ONTVANGER, Optional.of(nu.minusSeconds(1)), "vt-1", nu.minus(Duration.ofMinutes(5))));
        // a reason the search does not list by (overdracht.zoeken: EIGENAAR, ONTVANGER, NOODTOEGANG)
        toegangen.bewaar(Toegang.verleen(uitgenodigd, "WT-RDAM-FEIJ", Doel.OVERDRACHT, Set.of(Gegevenscategorie.IDENTITEIT),
                ToegangReden.UITGENODIGD, Optional.empty(), "vt-1", nu.minus(Duration.ofMinutes(5))));
        toegangen.bewaar(Toegang.verleen(vanEenAnder, "WT-RDAM-CHAR", Doel.OVERDRACHT, Set.of(Gegevenscategorie.IDENTITEIT),
                ToegangReden.ONTVANGER, Optional.empty(), "vt-1", nu.minus(Duration.ofMinutes(5))));

        var beslist = poort.beslisLijst(wijkteam, ProefHandeling.PROEFBRON, List.of(zonderToegang.id(), verlopen.id(),
                uitgenodigd.id(), vanEenAnder.id(), ontvangen.id()), ProefHandeling.h("overdracht.zoeken"));
        assertThat(beslist).containsOnlyKeys(ontvangen.id());
        Beslissing rij = beslist.get(ontvangen.id());
        assertThat(rij.bron()).isEqualTo(ontvangen);
        assertThat(rij.grondslag().reden()).isEqualTo(ToegangReden.ONTVANGER);
        assertThat(rij.categorieen()).containsExactlyInAnyOrder(Gegevenscategorie.IDENTITEIT, Gegevenscategorie.VEILIGHEID);
        // the same answer, one by one, as the gate gives for each
        for (Bron geweigerd : List.of(zonderToegang, verlopen, vanEenAnder)) {
            assertThatThrownBy(() -> poort.beslis(wijkteam, geweigerd, ProefHandeling.h("overdracht.zoeken"),
                    () -> new NietGevondenFout("X-404", "x"))).isInstanceOf(NietGevondenFout.class);
        }
        assertThatThrownBy(() -> poort.beslis(wijkteam, uitgenodigd, ProefHandeling.h("overdracht.zoeken"),
                () -> new NietGevondenFout("X-404", "x"))).isInstanceOf(VerbodenFout.class);

        UUID genoemd = UUID.randomUUID();
        Medewerker lijster = medewerker("WT-RDAM-FEIJ", Rol.WIJKTEAMMEDEWERKER);
        poort.registreerLijst(lijster, ProefHandeling.h("overdracht.zoeken"), List.of(
                new Toegangspoort.Vermelding(ontvangen, List.of(genoemd)), new Toegangspoort.Vermelding(verlopen, List.of())),
                Doel.OVERDRACHT);
        List<Logboekregel> regels = lezer.zoek(new LogboekZoekvraag(Optional.empty(), Optional.of(lijster.id()), Optional.empty(),
                Optional.empty(), Optional.empty(), 10));
        assertThat(regels).hasSize(2).allSatisfy(regel -> {
            assertThat(regel.uitkomst()).isEqualTo(Uitkomst.TOEGESTAAN);
            assertThat(regel.handeling()).isEqualTo("overdracht.zoeken");
            assertThat(regel.doel()).contains("OVERDRACHT");
            assertThat(regel.grondslag()).hasValueSatisfying(g -> assertThat(g).contains("Wmo 2015"));
            assertThat(regel.correlatieId()).isEqualTo("test-correlatie");
        });
        assertThat(regels).extracting(r -> r.bronId().orElseThrow()).containsExactlyInAnyOrder(ontvangen.id(), verlopen.id());
        assertThat(regels).filteredOn(r -> r.bronId().orElseThrow().equals(ontvangen.id())).singleElement()
                .satisfies(r -> assertThat(r.betrokkenen()).containsExactly(genoemd));
    }

    @Test
    void eenLijstVanEenRolZonderRechtKrijgt403EnEenTypeMetOuderWordtPerBronBeslist() {
        Medewerker fg = medewerker("VTRR", Rol.FUNCTIONARIS_GEGEVENSBESCHERMING);
        verleen("VTRR", ToegangReden.EIGENAAR, Optional.empty());
        assertThatThrownBy(() -> poort.beslisLijst(fg, ProefHandeling.PROEFBRON, List.of(bron.id()), ProefHandeling.h("overdracht.zoeken")))
                .isInstanceOf(VerbodenFout.class);
        assertThat(laatsteVan(fg).uitkomst()).isEqualTo(Uitkomst.GEWEIGERD);
        assertThat(laatsteVan(fg).handeling()).isEqualTo("overdracht.zoeken");

        Medewerker vt = medewerker("VTRR", Rol.PROCESREGISSEUR);
        assertThatThrownBy(() -> poort.beslisLijst(vt, Brontype.binnen("PROEFKIND", ProefHandeling.PROEFBRON), List.of(UUID.randomUUID()),
                ProefHandeling.h("overdracht.zoeken"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vraag per bron");
        assertThat(poort.beslisLijst(vt, ProefHandeling.PROEFBRON, List.of(), ProefHandeling.h("overdracht.zoeken"))).isEmpty();
    }

    private void verleen(String organisatie, ToegangReden reden, Optional<Instant> tot) {
        toegangen.bewaar(Toegang.verleen(bron, organisatie, Doel.OVERDRACHT,
                Set.of(Gegevenscategorie.IDENTITEIT, Gegevenscategorie.VEILIGHEID), reden, tot, "vt-1", nu.minus(Duration.ofMinutes(5))));
    }

    private Logboekregel laatsteVan(Medewerker medewerker) {
        return lezer.zoek(new LogboekZoekvraag(Optional.empty(), Optional.of(medewerker.id()), Optional.empty(),
                Optional.empty(), Optional.empty(), 1)).get(0);
    }

    private static Medewerker medewerker(String organisatie, Rol rol) {
        return new Medewerker(UUID.randomUUID().toString(), "Test", "test", Optional.of(organisatie), Optional.empty(),
                Set.of(rol), "schakel-web");
    }

    private Toegangspoort poort() {
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
        return poort;
    }
}
