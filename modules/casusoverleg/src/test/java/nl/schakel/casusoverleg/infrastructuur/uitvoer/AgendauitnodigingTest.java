package nl.schakel.casusoverleg.infrastructuur.uitvoer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import nl.schakel.casusoverleg.domein.Agendaoverzicht;
import nl.schakel.casusoverleg.domein.AgendapuntStatus;
import org.junit.jupiter.api.Test;

/** The invitation read back with ical4j's own parser, as a calendar would. */
class AgendauitnodigingTest {

    private static final UUID OVERLEG = UUID.fromString("0f000000-0000-4000-8000-000000000001");

    @Test
    void eenUitnodigingInNederlandseTijdMetAlleenDeNummersVanDeEigenPunten() throws Exception {
        Agendaoverzicht overzicht = new Agendaoverzicht(OVERLEG, "Casusoverleg Huiselijk Geweld", LocalDate.of(2026, 12, 15),
                LocalTime.of(9, 30), Optional.of(LocalTime.of(11, 0)), Optional.of("Zorg- en Veiligheidshuis, zaal 2"),
                Optional.empty(), "POL-RR", false, 7,
                List.of(new Agendaoverzicht.Regel(3, "C-ABCDEF12", LocalDate.of(2026, 12, 11), AgendapuntStatus.OPEN)));

        String ics = Agendauitnodiging.maak(overzicht, Instant.parse("2026-12-02T10:00:00Z"), "https://schakel.example");
        Calendar kalender = new CalendarBuilder().build(new StringReader(ics));

        assertThat(kalender.getComponents(VTimeZone.VTIMEZONE)).hasSize(1);
        List<VEvent> gebeurtenissen = kalender.getComponents(VEvent.VEVENT);
        assertThat(gebeurtenissen).hasSize(1);
        VEvent gebeurtenis = gebeurtenissen.get(0);
        DtStart<Temporal> begin = gebeurtenis.getDateTimeStart();
        assertThat(begin.getParameter("TZID").map(Object::toString)).contains("TZID=Europe/Amsterdam");
        assertThat(ZonedDateTime.from(begin.getDate()).withZoneSameInstant(ZoneId.of("UTC")).toLocalTime())
                .isEqualTo(LocalTime.of(8, 30)); // winter time: UTC+1
        assertThat(waarde(gebeurtenis, "UID")).isEqualTo("casusoverleg-" + OVERLEG + "-pol-rr@schakel");
        assertThat(waarde(gebeurtenis, "SEQUENCE")).isEqualTo("7");
        assertThat(waarde(gebeurtenis, "SUMMARY")).isEqualTo("Casusoverleg Huiselijk Geweld");
        assertThat(waarde(gebeurtenis, "LOCATION")).isEqualTo("Zorg- en Veiligheidshuis, zaal 2");
        assertThat(waarde(gebeurtenis, "DESCRIPTION")).startsWith("Agendapunten voor uw organisatie: 3.")
                .doesNotContain("C-ABCDEF12");
        assertThat(waarde(kalender.getProperties(), "VERSION")).isEqualTo("2.0");
        assertThat(kalender.validate().hasErrors()).isFalse();
        assertThat(ics).doesNotContain("C-ABCDEF12");
    }

    @Test
    void zonderPlaatsIsDeOnlineLinkDePlaatsEnDeUrl() throws Exception {
        Agendaoverzicht overzicht = new Agendaoverzicht(OVERLEG, "Tafel", LocalDate.of(2026, 7, 1), LocalTime.of(14, 0),
                Optional.empty(), Optional.empty(), Optional.of("https://vergader.example/abc"), "ZVHRR", true, 1, List.of());

        Calendar kalender = new CalendarBuilder().build(new StringReader(
                Agendauitnodiging.maak(overzicht, Instant.parse("2026-06-01T10:00:00Z"), "https://schakel.example")));

        VEvent gebeurtenis = kalender.<VEvent>getComponents(VEvent.VEVENT).get(0);
        assertThat(waarde(gebeurtenis, "LOCATION")).isEqualTo("https://vergader.example/abc");
        assertThat(waarde(gebeurtenis, "URL")).isEqualTo("https://vergader.example/abc");
        assertThat(ZonedDateTime.from(gebeurtenis.getDateTimeStart().getDate()).withZoneSameInstant(ZoneId.of("UTC"))
                .toLocalTime()).isEqualTo(LocalTime.of(12, 0)); // summer time: UTC+2
        assertThat(waarde(gebeurtenis, "DESCRIPTION")).startsWith("Nog geen agendapunten.");
        assertThat(gebeurtenis.getProperty("DTEND")).isEmpty();
    }

    private static String waarde(VEvent gebeurtenis, String naam) {
        return gebeurtenis.getProperty(naam).map(Property::getValue).orElseThrow();
    }

    private static String waarde(List<Property> eigenschappen, String naam) {
        return eigenschappen.stream().filter(p -> p.getName().equals(naam)).findFirst().map(Property::getValue).orElseThrow();
    }
}
