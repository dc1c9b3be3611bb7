package nl.schakel.toegang.toepassing;

import nl.schakel.toegang.infrastructuur.Zichtbaarheid;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.infrastructuur.NoodtoegangRepository;
import nl.schakel.toegang.infrastructuur.TestDatabase;
import nl.schakel.toegang.domein.Toegang;
import nl.schakel.toegang.domein.ToegangReden;
import nl.schakel.toegang.infrastructuur.ToegangRepository;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Break-glass grants (one person, short, flagged, queued for review) and the list predicate as JPA values. */
class NoodtoegangEnZichtbaarheidTest {

    private final DataSource app = TestDatabase.app();
    private final ToegangRepository toegangen = new ToegangRepository(app);
    private final Bron bron = new Bron(ProefHandeling.PROEFBRON, UUID.randomUUID());
    private final Instant nu = Instant.now();

    @Test
    void noodtoegangGeldtAlleenVoorDeAanvragerEnStaatTerBeoordeling() throws SQLException {
        Medewerker aanvrager = medewerker("cit-1", "CIT-JBRR", Rol.CIT_MEDEWERKER);
        Medewerker collega = medewerker("cit-2", "CIT-JBRR", Rol.CIT_MEDEWERKER);
        Toegang nood = Toegang.noodtoegang(bron, "CIT-JBRR", aanvrager.id(), Set.of(Gegevenscategorie.IDENTITEIT),
                "Kind alleen thuis.", Duration.ofHours(4), nu.minusSeconds(1));

        toegangen.bewaar(nood);
        new NoodtoegangRepository(app, toegangen).zetTerBeoordeling(nood, "Cit Eén", List.of("FG", "VTRR"));

        List<Toegang> levend = toegangen.levend(bron, aanvrager, nu);
        assertThat(levend).singleElement().satisfies(t -> {
            assertThat(t.noodtoegang()).isTrue();
            assertThat(t.reden()).isEqualTo(ToegangReden.NOODTOEGANG);
            assertThat(t.doel()).isEqualTo(Doel.CRISIS);
            assertThat(t.toelichting()).contains("Kind alleen thuis.");
            assertThat(t.medewerkerId()).contains("cit-1");
            assertThat(t.geldigTot()).hasValueSatisfying(tot -> assertThat(tot).isAfter(nu.plus(Duration.ofHours(3))));
        });
        assertThat(toegangen.levend(bron, collega, nu)).isEmpty();
        assertThat(toegangen.levend(bron, aanvrager, nu.plus(Duration.ofHours(5)))).as("verloopt vanzelf").isEmpty();
        try (Connection c = app.getConnection(); PreparedStatement s = c.prepareStatement(
                "select beoordelaar, status from toegang.noodtoegang_oordeel where toegang_id = ? order by beoordelaar")) {
            s.setObject(1, nood.id());
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString("beoordelaar")).as("de functionaris gegevensbescherming").isEqualTo("FG");
                assertThat(r.getString("status")).isEqualTo("OPEN");
                assertThat(r.next()).isTrue();
                assertThat(r.getString("beoordelaar")).as("de eigenaar").isEqualTo("VTRR");
                assertThat(r.getString("status")).isEqualTo("OPEN");
                assertThat(r.next()).isFalse();
            }
        }
    }

    @Test
    void deParametersVanDeZichtbaarheidPassenBijHaarSql() throws SQLException {
        Medewerker wijkteam = medewerker("wt-1", "WT-RDAM-FEIJ", Rol.WIJKTEAMMEDEWERKER);
        toegangen.bewaar(Toegang.verleen(bron, "WT-RDAM-FEIJ", Doel.OVERDRACHT, Set.of(Gegevenscategorie.IDENTITEIT),
                ToegangReden.ONTVANGER, Optional.empty(), "vt-1", nu.minusSeconds(1)));
        Zichtbaarheid zichtbaarheid = new Zichtbaarheid(ProefHandeling.PROEFBRON.naam(), wijkteam,
                EnumSet.of(ToegangReden.EIGENAAR, ToegangReden.ONTVANGER, ToegangReden.NOODTOEGANG), nu);

        String sql = "select b.id from (values (?::uuid)) as b(id) where " + zichtbaarheid.sql("b.id");
        List<Object> waarden = zichtbaarheid.parameters();
        assertThat(sql.chars().filter(c -> c == '?').count()).isEqualTo(waarden.size() + 1);
        try (Connection c = app.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, bron.id());
            for (int i = 0; i < waarden.size(); i++) {
                s.setObject(i + 2, waarden.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("de eigen toegang maakt de bron zichtbaar").isTrue();
            }
        }
    }

    private static Medewerker medewerker(String id, String organisatie, Rol rol) {
        return new Medewerker(id, "Test " + id, id, Optional.of(organisatie), Optional.empty(), Set.of(rol), "schakel-web");
    }
}
