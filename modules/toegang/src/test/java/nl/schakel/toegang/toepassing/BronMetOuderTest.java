package nl.schakel.toegang.toepassing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Gegevenscategorie;
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
import nl.schakel.toegang.infrastructuur.Zichtbaarheid;
import nl.schakel.toegang.infrastructuur.logboek.Logboek;
import nl.schakel.toegang.infrastructuur.logboek.LogboekLezer;
import nl.schakel.toegang.infrastructuur.logboek.Weigeringen;
import org.junit.jupiter.api.Test;

/**
 * Resources inside another (agenda items of a meeting, here a test type of its own): the list filter follows the gate
 * (a grant on the parent lists every child, a grant on a child lists that child alone), and a child whose parent
 * cannot be found is refused as a missing id, with its logboek row.
 */
class BronMetOuderTest {

    private static final Brontype OUDER = Brontype.van("PROEFOUDER");
    private static final Brontype KIND = Brontype.binnen("PROEFKIND", OUDER);

    private final DataSource app = TestDatabase.app();
    private final ToegangRepository toegangen = new ToegangRepository(app);
    private final Instant nu = Instant.now();

    private final Bron ouder = new Bron(OUDER, UUID.randomUUID());
    private final Bron eerste = Bron.binnen(KIND, UUID.randomUUID(), ouder);
    private final Bron tweede = Bron.binnen(KIND, UUID.randomUUID(), ouder);

    @Test
    void eenToegangOpDeOuderToontElkKindEenToegangOpEenKindAlleenDatKind() throws SQLException {
        Medewerker eigenaar = medewerker("ZVHRR", Rol.ZVH_PROCESREGISSEUR);
        Medewerker genodigde = medewerker("POL-RR", Rol.POLITIEMEDEWERKER);
        Medewerker buitenstaander = medewerker("OM-RDAM", Rol.OFFICIER_VAN_JUSTITIE);
        verleen(ouder, "ZVHRR", ToegangReden.EIGENAAR);
        verleen(eerste, "POL-RR", ToegangReden.UITGENODIGD);

        assertThat(zichtbaar(eigenaar)).containsExactlyInAnyOrder(eerste.id(), tweede.id());
        assertThat(zichtbaar(genodigde)).containsExactly(eerste.id());
        assertThat(zichtbaar(buitenstaander)).isEmpty();
    }

    @Test
    void eenRedenBuitenDeRegelToontNiets() throws SQLException {
        Medewerker genodigde = medewerker("RN-RDAM", Rol.RECLASSERINGSWERKER);
        verleen(eerste, "RN-RDAM", ToegangReden.UITGENODIGD);

        assertThat(zichtbaar(genodigde, EnumSet.of(ToegangReden.EIGENAAR))).isEmpty();
        assertThat(zichtbaar(genodigde, EnumSet.of(ToegangReden.EIGENAAR, ToegangReden.UITGENODIGD))).containsExactly(eerste.id());
    }

    @Test
    void deToegangOpDeBronZelfSpreektVoorDieOpHaarOuders() {
        Brontype kleinkind = Brontype.binnen("PROEFKLEINKIND", KIND);
        Bron deel = Bron.binnen(kleinkind, UUID.randomUUID(), eerste);
        // the invitation to the item came first; the contributor's own grant on its part came later
        toegangen.bewaar(Toegang.verleen(eerste, "POL-RR", Doel.CASUSOVERLEG, Set.of(Gegevenscategorie.IDENTITEIT),
                ToegangReden.UITGENODIGD, Optional.empty(), "zvh-1", nu.minusSeconds(120)));
        toegangen.bewaar(Toegang.verleen(deel, "POL-RR", Doel.CASUSOVERLEG, Set.of(Gegevenscategorie.IDENTITEIT),
                ToegangReden.EIGENAAR, Optional.empty(), "pol-1", nu.minusSeconds(60)));
        toegangen.bewaar(Toegang.verleen(ouder, "POL-RR", Doel.CASUSOVERLEG, Set.of(Gegevenscategorie.IDENTITEIT),
                ToegangReden.EIGENAAR, Optional.empty(), "zvh-1", nu.minusSeconds(180)));

        List<Toegang> levend = toegangen.levend(deel, medewerker("POL-RR", Rol.POLITIEMEDEWERKER), nu);

        assertThat(levend).extracting(t -> t.bron().id()).containsExactly(deel.id(), eerste.id(), ouder.id());
    }

    @Test
    void hetAantalOuderkolommenMoetKloppen() {
        Zichtbaarheid zichtbaarheid = new Zichtbaarheid(KIND.naam(), medewerker("ZVHRR", Rol.ZVH_PROCESREGISSEUR),
                EnumSet.of(ToegangReden.EIGENAAR), nu, List.of(OUDER.naam()));

        assertThatThrownBy(() -> zichtbaarheid.sql("k.id")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PROEFOUDER");
        assertThatThrownBy(() -> zichtbaarheid.sql("k.id", "k.ouder_id", "k.grootouder_id"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eenKindZonderGevondenOuderBestaatNietEnDePogingStaatInHetLogboek() {
        Bron onbekend = Bron.metOnbekendeOuder(KIND, UUID.randomUUID());
        assertThat(onbekend.ouder()).hasValueSatisfying(o -> {
            assertThat(o.type()).isEqualTo(OUDER);
            assertThat(o.id()).isEqualTo(Bron.ONBEKEND);
        });
        // the owner of every real parent still finds no grant on it
        verleen(new Bron(OUDER, Bron.ONBEKEND), "ZZZ-NIEMAND", ToegangReden.EIGENAAR);
        Medewerker eigenaar = medewerker("ZVHRR", Rol.ZVH_PROCESREGISSEUR);
        Toegangspoort poort = poort();

        assertThatThrownBy(() -> poort.beslis(eigenaar, onbekend, ProefHandeling.h("overdracht.lezen"),
                () -> new NietGevondenFout("CSO-404", "bestaat niet"))).isInstanceOf(NietGevondenFout.class);
        Logboekregel regel = laatsteVan(eigenaar);
        assertThat(regel.uitkomst()).isEqualTo(Uitkomst.GEWEIGERD);
        assertThat(regel.bronType()).contains("PROEFKIND");
        assertThat(regel.bronId()).contains(onbekend.id());
    }

    @Test
    void eenWeigeringNaDePoortKanMetDeEigenFoutAntwoorden() {
        Medewerker genodigde = medewerker("POL-RR", Rol.POLITIEMEDEWERKER);
        NietGevondenFout fout = new NietGevondenFout("CSO-404", "Deze inbreng bestaat niet.");

        NietGevondenFout gegeven = poort().weiger(genodigde, ProefHandeling.h("overdracht.lezen"), Optional.of(eerste), fout);

        assertThat(gegeven).isSameAs(fout);
        assertThat(laatsteVan(genodigde)).satisfies(regel -> {
            assertThat(regel.uitkomst()).isEqualTo(Uitkomst.GEWEIGERD);
            assertThat(regel.bronId()).contains(eerste.id());
        });
    }

    @Test
    void eenTypeZonderOuderBlijftGewoon() {
        Bron bron = Bron.metOnbekendeOuder(OUDER, ouder.id());
        assertThat(bron).isEqualTo(ouder);
    }

    private List<UUID> zichtbaar(Medewerker medewerker) throws SQLException {
        return zichtbaar(medewerker, EnumSet.of(ToegangReden.EIGENAAR, ToegangReden.UITGENODIGD));
    }

    /** The children of this test's parent that the predicate lets through, as a search over them would. */
    private List<UUID> zichtbaar(Medewerker medewerker, Set<ToegangReden> redenen) throws SQLException {
        Zichtbaarheid zichtbaarheid = new Zichtbaarheid(KIND.naam(), medewerker, redenen, nu, List.of(OUDER.naam()));
        String sql = "select k.id from (values (?::uuid, ?::uuid), (?::uuid, ?::uuid)) as k(id, ouder_id) where "
                + zichtbaarheid.sql("k.id", "k.ouder_id");
        List<UUID> ids = new ArrayList<>();
        try (Connection c = app.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, eerste.id());
            s.setObject(2, ouder.id());
            s.setObject(3, tweede.id());
            s.setObject(4, ouder.id());
            zichtbaarheid.bind(s, 5);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    private void verleen(Bron bron, String organisatie, ToegangReden reden) {
        toegangen.bewaar(Toegang.verleen(bron, organisatie, Doel.CASUSOVERLEG, Set.of(Gegevenscategorie.IDENTITEIT), reden,
                Optional.empty(), "zvh-1", nu.minusSeconds(60)));
    }

    private Logboekregel laatsteVan(Medewerker medewerker) {
        return new LogboekLezer(app).zoek(new LogboekZoekvraag(Optional.empty(), Optional.of(medewerker.id()), Optional.empty(),
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
