package nl.schakel.gedeeld.kalender;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import nl.schakel.gedeeld.kalender.Werkdagkalender.Bevrijdingsdag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WerkdagkalenderTest {

    private final Werkdagkalender kalender = Werkdagkalender.NEDERLAND;

    @ParameterizedTest(name = "Pasen {0} is {1}")
    @CsvSource({
        "1818, 1818-03-22", // the earliest possible date
        "2000, 2000-04-23",
        "2008, 2008-03-23",
        "2019, 2019-04-21",
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2028, 2028-04-16",
        "2029, 2029-04-01",
        "2030, 2030-04-21",
        "2038, 2038-04-25", // the latest possible date
        "2285, 2285-03-22"})
    void eerstePaasdag(int jaar, LocalDate pasen) {
        assertThat(Pasen.eerstePaasdag(jaar)).isEqualTo(pasen);
    }

    @Test
    void deFeestdagenVan2026() {
        assertThat(kalender.feestdagen(2026)).containsExactly(
                entry(of(2026, 1, 1), "Nieuwjaarsdag"),
                entry(of(2026, 4, 5), "Eerste Paasdag"),
                entry(of(2026, 4, 6), "Tweede Paasdag"),
                entry(of(2026, 4, 27), "Koningsdag"),
                entry(of(2026, 5, 5), "Bevrijdingsdag"),
                entry(of(2026, 5, 14), "Hemelvaartsdag"),
                entry(of(2026, 5, 24), "Eerste Pinksterdag"),
                entry(of(2026, 5, 25), "Tweede Pinksterdag"),
                entry(of(2026, 12, 25), "Eerste Kerstdag"),
                entry(of(2026, 12, 26), "Tweede Kerstdag"));
    }

    @Test
    void feestdagenOpEenDoordeweekseDagZijnGeenWerkdag() {
        assertThat(kalender.isWerkdag(of(2026, 1, 1))).isFalse();   // Thursday
        assertThat(kalender.isWerkdag(of(2026, 4, 6))).isFalse();   // Tweede Paasdag, Monday
        assertThat(kalender.isWerkdag(of(2026, 4, 27))).isFalse();  // Koningsdag, Monday
        assertThat(kalender.isWerkdag(of(2026, 5, 5))).isFalse();   // Bevrijdingsdag, Tuesday
        assertThat(kalender.isWerkdag(of(2026, 5, 14))).isFalse();  // Hemelvaartsdag, Thursday
        assertThat(kalender.isWerkdag(of(2026, 5, 25))).isFalse();  // Tweede Pinksterdag, Monday
        assertThat(kalender.isWerkdag(of(2026, 12, 25))).isFalse(); // Friday
        assertThat(kalender.isWerkdag(of(2026, 11, 25))).isTrue();  // an ordinary Wednesday
        assertThat(kalender.isWerkdag(of(2026, 11, 28))).isFalse(); // Saturday
        assertThat(kalender.isWerkdag(of(2026, 11, 29))).isFalse(); // Sunday
    }

    @Test
    void goedeVrijdagIsEenWerkdag() {
        assertThat(kalender.isWerkdag(of(2026, 4, 3))).isTrue();
        assertThat(kalender.isFeestdag(of(2025, 4, 18))).isFalse();
    }

    @Test
    void koningsdagOpZondagWordtDeZaterdagErvoor() {
        assertThat(kalender.feestdagen(2025)).containsEntry(of(2025, 4, 26), "Koningsdag").doesNotContainKey(of(2025, 4, 27));
        assertThat(kalender.feestdagen(2014)).containsEntry(of(2014, 4, 26), "Koningsdag");
        assertThat(kalender.feestdagen(2031)).containsEntry(of(2031, 4, 26), "Koningsdag");
        assertThat(kalender.feestdagen(2027)).containsEntry(of(2027, 4, 27), "Koningsdag"); // a Tuesday
        assertThat(kalender.feestdagen(2013)).containsEntry(of(2013, 4, 30), "Koninginnedag");
        // a holiday on a weekend is not moved to a weekday
        assertThat(kalender.isWerkdag(of(2025, 4, 28))).isTrue();
    }

    @Test
    void bevrijdingsdagElkJaarOfAlleenInLustrumjaren() {
        Werkdagkalender lustrum = new Werkdagkalender(Bevrijdingsdag.LUSTRUM);
        assertThat(kalender.isWerkdag(of(2026, 5, 5))).isFalse();
        assertThat(lustrum.isWerkdag(of(2026, 5, 5))).isTrue();
        assertThat(lustrum.isWerkdag(of(2030, 5, 6))).isTrue();
        assertThat(lustrum.isFeestdag(of(2030, 5, 5))).isTrue();
        assertThat(lustrum.isWerkdag(of(2025, 5, 5))).isFalse(); // Monday, lustrum year
        assertThat(kalender.plusWerkdagen(of(2026, 5, 4), 1)).isEqualTo(of(2026, 5, 6));
        assertThat(lustrum.plusWerkdagen(of(2026, 5, 4), 1)).isEqualTo(of(2026, 5, 5));
    }

    @Test
    void plusWerkdagenOverDeJaarwisseling() {
        // Thu 24 Dec; 25-27 holiday and weekend; 28-31 are four; 1 Jan holiday, 2-3 weekend; Mon 4 Jan is the fifth
        assertThat(kalender.plusWerkdagen(of(2026, 12, 24), 5)).isEqualTo(of(2027, 1, 4));
        assertThat(kalender.plusWerkdagen(of(2025, 12, 24), 5)).isEqualTo(of(2026, 1, 5));
        assertThat(kalender.plusWerkdagen(of(2026, 12, 31), 1)).isEqualTo(of(2027, 1, 4));
    }

    @Test
    void plusWerkdagenTeltDeDagZelfNietEnSlaatWeekendsEnFeestdagenOver() {
        assertThat(kalender.plusWerkdagen(of(2026, 11, 25), 5)).isEqualTo(of(2026, 12, 2));  // Wed -> Wed
        assertThat(kalender.plusWerkdagen(of(2026, 11, 27), 1)).isEqualTo(of(2026, 11, 30)); // Fri -> Mon
        assertThat(kalender.plusWerkdagen(of(2026, 11, 28), 1)).isEqualTo(of(2026, 11, 30)); // from a Saturday
        assertThat(kalender.plusWerkdagen(of(2026, 11, 25), 0)).isEqualTo(of(2026, 11, 25));
        // Easter 2026: Good Friday counts, Tweede Paasdag does not
        assertThat(kalender.plusWerkdagen(of(2026, 4, 2), 2)).isEqualTo(of(2026, 4, 7));
        // Koningsdag Mon 27 April and Bevrijdingsdag Tue 5 May 2026
        assertThat(kalender.plusWerkdagen(of(2026, 4, 24), 5)).isEqualTo(of(2026, 5, 4));
        assertThat(kalender.plusWerkdagen(of(2026, 5, 1), 5)).isEqualTo(of(2026, 5, 11));
        // Hemelvaart Thu 14 May and Tweede Pinksterdag Mon 25 May 2026
        assertThat(kalender.plusWerkdagen(of(2026, 5, 13), 1)).isEqualTo(of(2026, 5, 15));
        assertThat(kalender.plusWerkdagen(of(2026, 5, 22), 1)).isEqualTo(of(2026, 5, 26));
    }

    @Test
    void eenNegatiefAantalWerkdagenIsEenFout() {
        assertThatThrownBy(() -> kalender.plusWerkdagen(of(2026, 1, 1), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
