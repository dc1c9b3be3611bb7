package nl.schakel.platform.casusoverleg;

import static nl.schakel.platform.Logboekcontrole.*;
import static nl.schakel.platform.Probleemcontrole.isProbleem;
import static nl.schakel.platform.casusoverleg.Casusoverleggen.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The files of a meeting (issue 12): the calendar invitation and the agenda PDF, each for the caller's organisation with
 * only the items its grants open, read back with the real libraries (ical4j, PDFBox); a partner that is not invited gets
 * 404; every file leaves a logboek row per item, every refusal one on the meeting.
 */
@PlatformIT
@RunAsClient
class CasusoverlegUitvoerIT {

    /** What the aanmelding of {@link Casusoverleggen#aanmelding} holds that no calendar or agenda may show. */
    private static final List<String> PERSOONSGEGEVENS = List.of("Fatima", "Jansen", "Kees", "Noor", "1990-03-01", "2018-05-20",
            "zicht op veiligheid", "schulden", "kinderen", "SLACHTOFFER", "de Voorzitter", "de Notulist");

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void deUitnodigingNoemtAlleenTafelTijdPlaatsEnDeNummersVanDeEigenPunten() throws Exception {
        String zvh = zvh(uniek("zvh"));
        Bron overleg = plan(zvh);
        Bron casusA = geaccepteerd(zvh);
        Bron casusB = geaccepteerd(zvh);
        Agendapunt a = zetOpAgenda(zvh, overleg, casusA);
        Agendapunt b = zetOpAgenda(zvh, a.overleg(), casusB);
        nodigUit(zvh, a.pad(), "POL-RR");
        String agent = uniek("politie");

        HttpResponse<String> antwoord = ics(overleg.pad(), politie(agent));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        assertThat(antwoord.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(antwoord.headers().firstValue("Content-Disposition").orElseThrow()).contains(".ics");
        assertThat(antwoord.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        VEvent eerste = gebeurtenis(antwoord.body());
        assertThat(kalender(antwoord.body()).getComponents(VTimeZone.VTIMEZONE)).hasSize(1);
        // ical4j's parser gives the zone of the file's VTIMEZONE an id of its own; the TZID names the real one
        assertThat(eerste.getDateTimeStart().getParameter("TZID").map(Object::toString)).contains("TZID=Europe/Amsterdam");
        ZonedDateTime begin = ZonedDateTime.from(eerste.getDateTimeStart().getDate()).withZoneSameInstant(AMSTERDAM);
        assertThat(begin.toLocalDate()).as("plan() plant over zeven dagen").isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(7));
        assertThat(begin.toLocalTime()).isEqualTo(LocalTime.of(13, 30));
        assertThat(ZonedDateTime.from(eerste.getDateTimeEnd().getDate()).withZoneSameInstant(AMSTERDAM).toLocalTime())
                .isEqualTo(LocalTime.of(16, 0));
        assertThat(waarde(eerste, "SUMMARY")).isEqualTo("Casusoverleg Huiselijk Geweld Rotterdam-Rijnmond");
        assertThat(waarde(eerste, "LOCATION")).isEqualTo("Zorg- en Veiligheidshuis, vergaderzaal 2");
        assertThat(waarde(eerste, "UID")).isEqualTo("casusoverleg-" + overleg.id() + "-pol-rr@schakel");
        assertThat(waarde(eerste, "DESCRIPTION")).startsWith("Agendapunten voor uw organisatie: 1.");
        assertThat(antwoord.body()).doesNotContain(kenmerk(casusA)).doesNotContain(kenmerk(casusB)).doesNotContain(casusA.id());
        PERSOONSGEGEVENS.forEach(woord -> assertThat(antwoord.body()).doesNotContainIgnoringCase(woord));
        logboekregel(logboekregels(agent), "casusoverleg.kalender-exporteren", "TOEGESTAAN", a.id());
        assertThat(logboekregels(agent)).noneMatch(r -> b.id().equals(r.getString("bronId", null)));

        // the agenda changes (B first): same UID, a higher SEQUENCE, the item's new number
        HttpResponse<String> geordend = Api.json("PUT", overleg.pad() + "/agenda", zvh, b.overleg().etag(),
                "{\"agendapunten\":[\"" + b.id() + "\",\"" + a.id() + "\"]}");
        assertThat(geordend.statusCode()).as(geordend.body()).isEqualTo(200);
        VEvent tweede = gebeurtenis(ics(overleg.pad(), politie(agent)).body());
        assertThat(waarde(tweede, "UID")).isEqualTo(waarde(eerste, "UID"));
        assertThat(Integer.parseInt(waarde(tweede, "SEQUENCE"))).isGreaterThan(Integer.parseInt(waarde(eerste, "SEQUENCE")));
        assertThat(waarde(tweede, "DESCRIPTION")).startsWith("Agendapunten voor uw organisatie: 2.");

        // invited to the other item too: the invitation grows again
        nodigUit(zvh, b.pad(), "POL-RR");
        VEvent derde = gebeurtenis(ics(overleg.pad(), politie(agent)).body());
        assertThat(Integer.parseInt(waarde(derde, "SEQUENCE"))).isGreaterThan(Integer.parseInt(waarde(tweede, "SEQUENCE")));
        assertThat(waarde(derde, "DESCRIPTION")).startsWith("Agendapunten voor uw organisatie: 1, 2.");

        // the organiser: its own UID, every item
        VEvent organisator = gebeurtenis(ics(overleg.pad(), zvh).body());
        assertThat(waarde(organisator, "UID")).isEqualTo("casusoverleg-" + overleg.id() + "-zvhrr@schakel");
        assertThat(waarde(organisator, "DESCRIPTION")).startsWith("Agendapunten: 1, 2.");
    }

    @Test
    void wieNietIsUitgenodigdKrijgtGeenUitnodigingEnGeenAgenda() {
        String zvh = zvh(uniek("zvh"));
        Bron overleg = plan(zvh);
        Agendapunt punt = zetOpAgenda(zvh, overleg, geaccepteerd(zvh));
        nodigUit(zvh, punt.pad(), "POL-RR");
        String officier = uniek("om");

        isProbleem(Api.get(overleg.pad() + "/agenda.ics", om(officier)), 404, "CSO-404");
        isProbleem(Api.get(overleg.pad() + "/agenda.pdf", om(officier)), 404, "CSO-404");
        isProbleem(Api.get(OVERLEGGEN + "/00000000-0000-4000-8000-000000000000/agenda.ics", om(officier)), 404, "CSO-404");
        isProbleem(Api.get(OVERLEGGEN + "/geen-id/agenda.pdf", om(officier)), 404, "CSO-404");
        logboekregel(logboekregels(officier), "casusoverleg.kalender-exporteren", "GEWEIGERD", overleg.id());
        logboekregel(logboekregels(officier), "casusoverleg.agenda-exporteren", "GEWEIGERD", overleg.id());
        assertThat(logboekregels(officier)).noneMatch(r -> r.getString("uitkomst").equals("TOEGESTAAN"));

        // an owner of a meeting without items yet gets its invitation, on the meeting's own grant
        Bron leeg = plan(zvh);
        String organisator = uniek("zvh");
        HttpResponse<String> antwoord = ics(leeg.pad(), zvh(organisator));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        assertThat(waarde(gebeurtenis(antwoord.body()), "DESCRIPTION")).startsWith("Nog geen agendapunten.");
        logboekregel(logboekregels(organisator), "casusoverleg.kalender-exporteren", "TOEGESTAAN", leeg.id());
    }

    @Test
    void deAgendaVanDePolitieHeeftAlleenHaarPuntDieVanDeVoorzitterAlle() {
        String zvh = zvh(uniek("zvh"));
        Bron overleg = plan(zvh);
        Bron casusA = geaccepteerd(zvh);
        Bron casusB = geaccepteerd(zvh);
        Agendapunt a = zetOpAgenda(zvh, overleg, casusA);
        Agendapunt b = zetOpAgenda(zvh, a.overleg(), casusB);
        nodigUit(zvh, b.pad(), "POL-RR");
        String agent = uniek("politie");
        String voorzitter = uniek("vt");

        HttpResponse<byte[]> vanPolitie = pdf(overleg.pad(), politie(agent));
        assertThat(vanPolitie.statusCode()).isEqualTo(200);
        assertThat(vanPolitie.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        String politietekst = tekst(vanPolitie.body());
        assertThat(politietekst).contains("Agendapunten waarvoor uw organisatie is uitgenodigd")
                .contains("Agendapunt 2 – casus " + kenmerk(casusB) + " – inbreng uiterlijk")
                .doesNotContain("Agendapunt 1").doesNotContain(kenmerk(casusA))
                .contains("Politie");
        PERSOONSGEGEVENS.forEach(woord -> assertThat(politietekst).doesNotContainIgnoringCase(woord));
        JsonRegels.controleer(logboekregels(agent), "casusoverleg.agenda-exporteren", b.id(), a.id());

        String voorzittertekst = tekst(pdf(overleg.pad(), voorzitter(voorzitter)).body());
        assertThat(voorzittertekst).contains("Agendapunt 1 – casus " + kenmerk(casusA))
                .contains("Agendapunt 2 – casus " + kenmerk(casusB)).doesNotContain("waarvoor uw organisatie");
        logboekregel(logboekregels(voorzitter), "casusoverleg.agenda-exporteren", "TOEGESTAAN", a.id());
        logboekregel(logboekregels(voorzitter), "casusoverleg.agenda-exporteren", "TOEGESTAAN", b.id());

        try (PDDocument document = Loader.loadPDF(vanPolitie.body())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Agenda ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The allowed row on the item the file holds, and none on the item it does not. */
    private static final class JsonRegels {
        static void controleer(List<jakarta.json.JsonObject> regels, String handeling, String wel, String niet) {
            logboekregel(regels, handeling, "TOEGESTAAN", wel);
            assertThat(regels).noneMatch(r -> niet.equals(r.getString("bronId", null)));
        }
    }

    private static String kenmerk(Bron aanmelding) {
        return "C-" + aanmelding.id().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static HttpResponse<String> ics(String overleg, String token) {
        return Api.stuur(Api.verzoek(overleg + "/agenda.ics", token).header("Accept", "text/calendar").GET());
    }

    private static HttpResponse<byte[]> pdf(String overleg, String token) {
        try {
            return HTTP.send(Api.verzoek(overleg + "/agenda.pdf", token).header("Accept", "application/pdf").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tekst(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Calendar kalender(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("geen geldige iCalendar: " + e.getMessage() + "\n" + ics, e);
        }
    }

    private static VEvent gebeurtenis(String ics) {
        List<VEvent> gebeurtenissen = kalender(ics).getComponents(VEvent.VEVENT);
        assertThat(gebeurtenissen).hasSize(1);
        return gebeurtenissen.get(0);
    }

    private static String waarde(VEvent gebeurtenis, String naam) {
        return gebeurtenis.getProperty(naam).map(Property::getValue).orElseThrow(() -> new AssertionError("geen " + naam));
    }
}
