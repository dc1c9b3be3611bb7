package nl.schakel.overdracht.domein;

import static nl.schakel.overdracht.domein.OverdrachtStatus.*;
import static nl.schakel.overdracht.domein.Voorbeelden.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.gedeeld.fout.VerbodenFout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OpschalingEnWarmeOverdrachtTest {

    private static final Termijnen TERMIJNEN = Termijnen.standaard();
    /** Sent Wednesday 25 November 2026: 5 working days → Wednesday 2 December is the last day in time. */
    private static final Instant LAATSTE_DAG = Instant.parse("2026-12-02T22:59:00Z");
    private static final Instant DAG_ERNA = Instant.parse("2026-12-02T23:00:00Z"); // 3 December 00:00 in Rotterdam

    @Test
    void opDeLaatsteDagWordtNietsOpgeschaaldDeDagErnaWelEnMaarEenKeer() {
        Overdracht overdracht = in(ONTVANGEN);

        assertThat(overdracht.schaalOp(TERMIJNEN, LAATSTE_DAG)).isFalse();
        assertThat(overdracht.opgeschaaldOp()).isEmpty();

        assertThat(overdracht.schaalOp(TERMIJNEN, DAG_ERNA)).isTrue();
        assertThat(overdracht.opgeschaaldOp()).contains(DAG_ERNA);
        assertThat(overdracht.schaalOp(TERMIJNEN, DAG_ERNA.plusSeconds(3600))).isFalse();
        assertThat(overdracht.opgeschaaldOp()).contains(DAG_ERNA);
        assertThat(overdracht.status()).as("opschalen verandert de status niet").isEqualTo(ONTVANGEN);
    }

    @ParameterizedTest
    @EnumSource(value = OverdrachtStatus.class, names = {"CONCEPT", "GEACCEPTEERD", "TERUGGELEGD", "INGETROKKEN"})
    void alleenEenOpenstaandeOverdrachtWordtOpgeschaald(OverdrachtStatus status) {
        Overdracht overdracht = in(status);

        assertThat(overdracht.schaalOp(TERMIJNEN, DAG_ERNA.plusSeconds(86_400 * 30L))).isFalse();
        assertThat(overdracht.opgeschaaldOp()).isEmpty();
    }

    @Test
    void deOntvangerPlantDeWarmeOverdrachtEnKanHemVerzetten() {
        Overdracht overdracht = in(ONTVANGEN);

        overdracht.planWarmeOverdracht(new WarmeOverdracht(LocalDate.of(2026, 12, 3), LocalTime.of(10, 30, 15),
                "  Wijkteamkantoor Feijenoord  "), WIJKTEAMMEDEWERKER, NU.plusSeconds(60));

        assertThat(overdracht.warmeOverdracht()).contains(
                new WarmeOverdracht(LocalDate.of(2026, 12, 3), LocalTime.of(10, 30), "Wijkteamkantoor Feijenoord"));

        overdracht.accepteer(WIJKTEAMMEDEWERKER, NU.plusSeconds(90));
        overdracht.planWarmeOverdracht(new WarmeOverdracht(LocalDate.of(2026, 12, 8), LocalTime.of(14, 0),
                "Bij het gezin thuis"), WIJKTEAMMEDEWERKER, NU.plusSeconds(120));
        assertThat(overdracht.warmeOverdracht()).map(WarmeOverdracht::datum).contains(LocalDate.of(2026, 12, 8));
    }

    @Test
    void veiligThuisPlantNietDatDoetDeOntvanger() {
        Overdracht overdracht = in(ONTVANGEN);

        assertThatThrownBy(() -> overdracht.planWarmeOverdracht(new WarmeOverdracht(LocalDate.of(2026, 12, 3),
                LocalTime.NOON, "Kantoor"), PROCESREGISSEUR, NU))
                .isInstanceOfSatisfying(VerbodenFout.class, f -> assertThat(f.code()).isEqualTo("OVD-015"));
        assertThat(overdracht.warmeOverdracht()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = OverdrachtStatus.class, names = {"CONCEPT", "VERZONDEN", "TERUGGELEGD", "INGETROKKEN"})
    void plannenKanAlleenNaOntvangstEnNietNaTeruggelegdOfIngetrokken(OverdrachtStatus status) {
        Overdracht overdracht = in(status);

        assertThatThrownBy(() -> overdracht.planWarmeOverdracht(new WarmeOverdracht(LocalDate.of(2026, 12, 3),
                LocalTime.NOON, "Kantoor"), WIJKTEAMMEDEWERKER, NU))
                .isInstanceOfSatisfying(ConflictFout.class, f -> assertThat(f.code()).isEqualTo("OVD-010"));
    }

    @Test
    void eenPlanningInHetVerledenOfZonderPlaatsIsOngeldigEnVeranderdtNiets() {
        Overdracht overdracht = in(ONTVANGEN);

        assertThatThrownBy(() -> overdracht.planWarmeOverdracht(new WarmeOverdracht(LocalDate.of(2026, 11, 24),
                LocalTime.NOON, " "), WIJKTEAMMEDEWERKER, NU))
                .isInstanceOfSatisfying(ValidatieFout.class, f -> {
                    assertThat(f.code()).isEqualTo("OVD-017");
                    assertThat(f.ongeldigeParameters()).extracting(OngeldigeParameter::name)
                            .containsExactlyInAnyOrder("plaats", "datum");
                });
        // today, but an hour that has passed (NU is 10:00 in Rotterdam)
        assertThatThrownBy(() -> overdracht.planWarmeOverdracht(new WarmeOverdracht(LocalDate.of(2026, 11, 25),
                LocalTime.of(9, 0), "Kantoor"), WIJKTEAMMEDEWERKER, NU))
                .isInstanceOfSatisfying(ValidatieFout.class, f -> assertThat(f.ongeldigeParameters())
                        .extracting(OngeldigeParameter::name).containsExactly("tijd"));
        assertThatThrownBy(() -> overdracht.planWarmeOverdracht(null, WIJKTEAMMEDEWERKER, NU))
                .isInstanceOfSatisfying(ValidatieFout.class, f -> assertThat(f.ongeldigeParameters())
                        .extracting(OngeldigeParameter::name).containsExactlyInAnyOrder("datum", "tijd", "plaats"));
        assertThat(overdracht.warmeOverdracht()).isEmpty();
    }
}
