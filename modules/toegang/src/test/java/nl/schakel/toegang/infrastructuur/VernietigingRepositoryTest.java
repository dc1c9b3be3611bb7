package nl.schakel.toegang.infrastructuur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.schakel.toegang.domein.bewaren.Bewaarplicht;
import nl.schakel.toegang.domein.bewaren.Vernietigbaar;
import nl.schakel.toegang.domein.bewaren.Vernietigingslijst;
import org.junit.jupiter.api.Test;

/**
 * Access's own part of a destruction on real PostgreSQL with the real migrations, as the runtime role (toegang V7): the
 * role cannot delete grants or break-glass verdicts itself (42501); the owner's function {@code toegang.verwijder_toegang}
 * deletes the grants, verdicts and betrokkenen of a resource only while it stands on an approved list, not destroyed and
 * not held, and refuses (42501, nothing deleted) a resource on no list, on a proposed list, under a legal hold, or
 * already destroyed.
 */
class VernietigingRepositoryTest {

    private static final String BRONTYPE = "OVERDRACHT";
    private static final Instant NU = Instant.parse("2026-12-03T09:00:00Z");

    private final DataSource app = TestDatabase.app();
    private final VernietigingRepository repository = new VernietigingRepository(app);

    @Test
    void deRuntimeRolMagGeenToegangEnGeenOordelenWissen() throws SQLException {
        UUID bron = UUID.randomUUID();
        UUID grant = legToegangVast(bron);
        for (String sql : List.of("delete from toegang.noodtoegang_oordeel where toegang_id = ?", "delete from toegang.toegang where id = ?")) {
            try (Connection c = app.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, grant);
                assertThatThrownBy(s::executeUpdate).as(sql).isInstanceOf(SQLException.class)
                        .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
            }
        }
        assertThat(aantallen(bron)).containsExactly(2L, 1L, 1L);
    }

    @Test
    void eenBronOpGeenLijstWordtGeweigerdEnErGaatNietsWeg() throws SQLException {
        UUID bron = UUID.randomUUID();
        legToegangVast(bron);

        assertGeweigerd(bron);
        assertThat(aantallen(bron)).containsExactly(2L, 1L, 1L);
    }

    @Test
    void eenBronOpEenVoorgesteldeLijstWordtGeweigerd() throws SQLException {
        UUID bron = UUID.randomUUID();
        legToegangVast(bron);
        stelLijstOp(bron);

        assertGeweigerd(bron);
        assertThat(aantallen(bron)).containsExactly(2L, 1L, 1L);
    }

    @Test
    void eenBronMetEenBewaarplichtWordtGeweigerdOokAlStondHijOpEenGoedgekeurdeLijst() throws SQLException {
        UUID bron = UUID.randomUUID();
        legToegangVast(bron);
        keurGoed(stelLijstOp(bron));
        // the hold takes the item off its list; an item put back by hand (as an attacker with insert could) stays refused
        assertThat(repository.legBewaarplichtOp(new Bewaarplicht(BRONTYPE, bron, "lopende procedure", "fg-1", "F. Gegevens", NU))).isTrue();
        UUID lijst = stelLijstOp(bron);
        keurGoed(lijst);

        assertGeweigerd(bron);
        assertThat(aantallen(bron)).containsExactly(2L, 1L, 1L);
    }

    @Test
    void eenBronOpEenGoedgekeurdeLijstVerliestZijnToegangOordelenEnBetrokkenenEnAlleenDie() throws SQLException {
        UUID bron = UUID.randomUUID();
        UUID ander = UUID.randomUUID();
        legToegangVast(bron);
        legToegangVast(ander);
        Vernietigingslijst lijst = keurGoed(stelLijstOp(bron));

        repository.verwijderToegang(BRONTYPE, bron);

        assertThat(aantallen(bron)).as("de grant, die van wat erin zit, het oordeel en de betrokkene").containsExactly(0L, 0L, 0L);
        assertThat(aantallen(ander)).as("een andere bron houdt alles").containsExactly(2L, 1L, 1L);

        // once destroyed, the function refuses it again: a second call cannot reach a later grant on the same id
        repository.begraaf(lijst, lijst.items().get(0), NU);
        legToegangVast(bron);
        assertGeweigerd(bron);
        assertThat(aantallen(bron)).containsExactly(2L, 1L, 1L);
    }

    private void assertGeweigerd(UUID bron) {
        assertThatThrownBy(() -> repository.verwijderToegang(BRONTYPE, bron)).isInstanceOf(IllegalStateException.class)
                .cause().isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
    }

    private UUID stelLijstOp(UUID bron) {
        UUID lijst = UUID.randomUUID();
        repository.voegToe(lijst, NU, LocalDate.of(2026, 12, 3), List.of(new Vernietigbaar(BRONTYPE, bron, "VT", "VEILIG_THUIS",
                Instant.parse("2006-01-01T00:00:00Z"), LocalDate.of(2026, 1, 1))), v -> "20 jaar na afsluiting");
        return lijst;
    }

    private Vernietigingslijst keurGoed(UUID id) {
        Vernietigingslijst lijst = repository.lijst(id).orElseThrow();
        assertThat(repository.keurGoed(id, lijst.versie(), "fg-1", "F. Gegevens", NU)).isTrue();
        return repository.lijst(id).orElseThrow();
    }

    /** A grant on the resource, a grant on something inside it, a verdict on the first, and one betrokkene. */
    private UUID legToegangVast(UUID bron) throws SQLException {
        UUID grant = UUID.randomUUID();
        try (Connection c = app.getConnection()) {
            String insert = "insert into toegang.toegang (id, bron_type, bron_id, organisatie_code, doel, categorieen, reden, noodtoegang, "
                    + "geldig_van, verleend_door, verleend_op, ouder_type, ouder_id) values (?, ?, ?, 'VT', 'CRISIS', 'IDENTITEIT', ?, ?, ?, 'test', ?, ?, ?)";
            try (PreparedStatement s = c.prepareStatement(insert)) {
                zet(s, grant, BRONTYPE, bron, "NOODTOEGANG", true, NU.atOffset(ZoneOffset.UTC), NU.atOffset(ZoneOffset.UTC), null, null);
                s.executeUpdate();
                zet(s, UUID.randomUUID(), "AGENDAPUNT", UUID.randomUUID(), "EIGENAAR", false, NU.atOffset(ZoneOffset.UTC),
                        NU.atOffset(ZoneOffset.UTC), BRONTYPE, bron);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into toegang.noodtoegang_oordeel (toegang_id, beoordelaar) values (?, 'FG')")) {
                s.setObject(1, grant);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into toegang.bron_betrokkene (bron_type, bron_id, betrokkene_id) values (?, ?, ?)")) {
                zet(s, BRONTYPE, bron, UUID.randomUUID());
                s.executeUpdate();
            }
        }
        return grant;
    }

    /** Grants on or inside the resource, verdicts on them, betrokkenen of it. */
    private List<Long> aantallen(UUID bron) throws SQLException {
        String grants = "select id from toegang.toegang where (bron_type = ? and bron_id = ?) or (ouder_type = ? and ouder_id = ?)";
        return List.of(
                tel("select count(*) from (" + grants + ") g", BRONTYPE, bron, BRONTYPE, bron),
                tel("select count(*) from toegang.noodtoegang_oordeel where toegang_id in (" + grants + ")", BRONTYPE, bron, BRONTYPE, bron),
                tel("select count(*) from toegang.bron_betrokkene where bron_type = ? and bron_id = ?", BRONTYPE, bron));
    }

    private long tel(String sql, Object... waarden) throws SQLException {
        try (Connection c = app.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            zet(s, waarden);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void zet(PreparedStatement s, Object... waarden) throws SQLException {
        for (int i = 0; i < waarden.length; i++) {
            s.setObject(i + 1, waarden[i]);
        }
    }
}
