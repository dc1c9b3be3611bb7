package nl.schakel.toegang.domein.bewaren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The destruction date: the Dutch date of the start moment plus the rule's term; unknown combinations are refused. */
class VernietigingskalenderTest {

    private final Vernietigingskalender kalender = new Vernietigingskalender(new Bewaartermijnen());

    @Test
    void eenOverdrachtVanVeiligThuisGaatTwintigJaarNaAfsluiting() {
        assertThat(kalender.vernietigingsdatum("OVERDRACHT", "VEILIG_THUIS", Instant.parse("2026-05-14T09:00:00Z")))
                .isEqualTo(LocalDate.of(2046, 5, 14));
    }

    @Test
    void deTermijnTeltVanafDeNederlandseDatum() {
        // 31 March 22:30 UTC is 1 April 00:30 in the Netherlands (summer time): the case was closed on 1 April
        assertThat(kalender.vernietigingsdatum("AANMELDING", "ZORG_EN_VEILIGHEIDSHUIS", Instant.parse("2027-03-31T22:30:00Z")))
                .isEqualTo(LocalDate.of(2028, 4, 1));
    }

    @Test
    void eenSchrikkeldagEindigtOpDeLaatsteDagVanFebruari() {
        assertThat(kalender.vernietigingsdatum("INBRENG", "POLITIE", Instant.parse("2028-02-29T12:00:00Z")))
                .isEqualTo(LocalDate.of(2033, 2, 28));
    }

    @Test
    void elkePartnerHoudtZijnEigenTermijnVoorDezelfdeSoortBron() {
        Instant afschaling = Instant.parse("2027-01-10T10:00:00Z");
        assertThat(kalender.vernietigingsdatum("INBRENG", "POLITIE", afschaling)).isEqualTo(LocalDate.of(2032, 1, 10));
        assertThat(kalender.vernietigingsdatum("INBRENG", "VEILIG_THUIS", afschaling)).isEqualTo(LocalDate.of(2047, 1, 10));
        assertThat(kalender.vernietigingsdatum("INBRENG", "ZORG_EN_VEILIGHEIDSHUIS", afschaling)).isEqualTo(LocalDate.of(2028, 1, 10));
    }

    @Test
    void eenCombinatieZonderRegelWordtGeweigerdInPlaatsVanGeraden() {
        assertThatThrownBy(() -> kalender.vernietigingsdatum("OVERDRACHT", "POLITIE", Instant.parse("2026-05-14T09:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bewaartermijnen.json heeft geen regel voor OVERDRACHT van POLITIE.");
    }

    @Test
    void eenLogboekregelGaatNooitEerderWegDanDeBronDieHijBeschrijft() {
        Instant vastgelegd = Instant.parse("2026-05-14T09:00:00Z");
        assertThat(kalender.vernietigingsdatumLogboekregel(vastgelegd, Optional.empty())).isEqualTo(LocalDate.of(2046, 5, 14));
        // read at creation, the overdracht closed two years later: the row stays until the overdracht goes
        assertThat(kalender.vernietigingsdatumLogboekregel(vastgelegd, Optional.of(LocalDate.of(2048, 6, 1))))
                .isEqualTo(LocalDate.of(2048, 6, 1));
        assertThat(kalender.vernietigingsdatumLogboekregel(vastgelegd, Optional.of(LocalDate.of(2028, 1, 1))))
                .as("een korter bewaarde bron verkort het logboek niet").isEqualTo(LocalDate.of(2046, 5, 14));
    }

    @Test
    void eenAndereRegelInHetBestandGeeftEenAndereDatum() {
        Bewaartermijnen korter = BewaartermijnenTest.uit(BewaartermijnenTest.regel(0,
                r -> r.add("termijn", Json.createObjectBuilder().add("jaren", 15))));
        assertThat(new Vernietigingskalender(korter).vernietigingsdatum("OVERDRACHT", "VEILIG_THUIS", Instant.parse("2026-05-14T09:00:00Z")))
                .isEqualTo(LocalDate.of(2041, 5, 14));
    }
}
