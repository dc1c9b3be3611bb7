package nl.schakel.casusoverleg.domein;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.gedeeld.kalender.Werkdagkalender;

/**
 * A meeting as one organisation may take it out of Schakel (agenda PDF, calendar invitation): the table's name, when
 * and where, and only the items its grants open, each by number, the case's short reference and the inbreng deadline.
 * No names, no BSN, no address, no case words: the files travel outside the platform (mail, calendar servers).
 *
 * @param organisatie the organisation the file is made for (the caller's)
 * @param volledig    whether the organisation owns the meeting (organiser or chair) and so sees every item
 * @param volgnummer  the calendar SEQUENCE: it only ever grows (see {@link #volgnummer(Overleg, long, long)})
 */
public record Agendaoverzicht(UUID overlegId, String tafelnaam, LocalDate datum, LocalTime aanvang, Optional<LocalTime> einde,
        Optional<String> plaats, Optional<String> onlineLink, String organisatie, boolean volledig, int volgnummer,
        List<Regel> regels) {

    /** Working days before the meeting day by which a partner shares its inbreng, so the chair can prepare. */
    public static final int INBRENG_WERKDAGEN_VOOR_OVERLEG = 2;

    public Agendaoverzicht {
        Objects.requireNonNull(overlegId);
        regels = List.copyOf(regels);
    }

    /** One agenda item: its number, the case's short reference, and until when inbreng is expected. */
    public record Regel(int volgnummer, String kenmerk, LocalDate inbrengUiterlijk, AgendapuntStatus status) {}

    public static Regel regel(Agendapunt punt, Overleg overleg, Werkdagkalender kalender) {
        return new Regel(punt.volgnummer(), kenmerk(punt.aanmeldingId()), inbrengUiterlijk(overleg.datum(), kalender), punt.status());
    }

    /**
     * The case's short reference: the first eight hex digits of its aanmelding's id, in capitals ("C-3F2A9C1B"). It
     * says nothing about the case; a reader with a grant finds the case by it in Schakel, a reader without does not.
     */
    public static String kenmerk(UUID aanmeldingId) {
        return "C-" + aanmeldingId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** {@link #INBRENG_WERKDAGEN_VOOR_OVERLEG} working days before the meeting day (weekends and holidays skipped). */
    public static LocalDate inbrengUiterlijk(LocalDate overlegdatum, Werkdagkalender kalender) {
        LocalDate dag = overlegdatum;
        for (int geteld = 0; geteld < INBRENG_WERKDAGEN_VOOR_OVERLEG; ) {
            dag = dag.minusDays(1);
            if (kalender.isWerkdag(dag)) {
                geteld++;
            }
        }
        return dag;
    }

    /**
     * The calendar SEQUENCE for one organisation: the meeting's version (every change of the meeting or its agenda
     * moves it), plus every invitation its organisation ever had to an item of this meeting, plus every item that was
     * closed. Each part only grows (invitations are never deleted, a closed item never reopens), so the sum does: a
     * calendar that already has the event takes the new file as an update, never as an older copy.
     */
    public static int volgnummer(Overleg overleg, long uitnodigingenVanOrganisatie, long afgeschaaldePunten) {
        return Math.toIntExact(overleg.versie() + uitnodigingenVanOrganisatie + afgeschaaldePunten);
    }
}
