package nl.schakel.toegang.domein.bewaren;

import java.time.LocalDate;

/** A retention term in whole years and months (a calendar term: 20 years from 29 February ends on 28 February). */
public record Termijn(int jaren, int maanden) {

    public Termijn {
        if (jaren < 0 || maanden < 0 || jaren * 12 + maanden == 0) {
            throw new IllegalArgumentException("Een bewaartermijn is ten minste een maand: " + jaren + " jaar, " + maanden + " maanden.");
        }
    }

    public int inMaanden() {
        return jaren * 12 + maanden;
    }

    public LocalDate na(LocalDate begin) {
        return begin.plusYears(jaren).plusMonths(maanden);
    }

    public boolean isKorterDan(Termijn andere) {
        return inMaanden() < andere.inMaanden();
    }

    /** "20 jaar", "12 maanden", "1 jaar en 6 maanden". */
    public String omschrijving() {
        String j = jaren == 0 ? "" : jaren + " jaar";
        String m = maanden == 0 ? "" : maanden + (maanden == 1 ? " maand" : " maanden");
        return j.isEmpty() ? m : m.isEmpty() ? j : j + " en " + m;
    }
}
