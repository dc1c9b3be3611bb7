package nl.schakel.gedeeld.kalender;

import java.time.LocalDate;

/**
 * Easter Sunday in the Gregorian calendar, by the "anonymous Gregorian algorithm" (Meeus/Jones/Butcher; J. Meeus,
 * Astronomical Algorithms, ch. 8): integer arithmetic only, valid for every year from 1583 on. The dates of
 * Hemelvaart and Pinksteren follow from it.
 */
final class Pasen {

    private Pasen() {}

    static LocalDate eerstePaasdag(int jaar) {
        if (jaar < 1583) {
            throw new IllegalArgumentException("de Gregoriaanse paasregel geldt vanaf 1583, niet voor " + jaar);
        }
        int a = jaar % 19;              // place in the 19-year Metonic cycle
        int b = jaar / 100;
        int c = jaar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;         // the lunar correction
        int h = (19 * a + b - d - g + 15) % 30; // days from 21 March to the paschal full moon (epact)
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7; // days from the full moon to the next Sunday
        int m = (a + 11 * h + 22 * l) / 451;
        int maand = (h + l - 7 * m + 114) / 31;
        int dag = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(jaar, maand, dag);
    }
}
