package nl.schakel.routes.bezorging;

import static java.util.concurrent.TimeUnit.SECONDS;
import static nl.schakel.routes.bezorging.BezorgingTestOmgeving.FEIJENOORD;
import static nl.schakel.routes.bezorging.BezorgingTestOmgeving.MAILBOX_FEIJ;
import static nl.schakel.routes.bezorging.BezorgingTestOmgeving.MAILBOX_SCHIEDAM;
import static nl.schakel.routes.bezorging.BezorgingTestOmgeving.SCHIEDAM;
import static nl.schakel.routes.bezorging.BezorgingTestOmgeving.bezorgd;
import static nl.schakel.routes.bezorging.BezorgingTestOmgeving.cursor;
import static nl.schakel.routes.bezorging.BezorgingTestOmgeving.openDodeBrieven;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * De gebeurtenissen van het casusoverleg (issue 12) gaan langs dezelfde weg als die van een overdracht: een datarm,
 * ondertekend CloudEvent aan de webhook en een korte Nederlandse mail per ontvangende organisatie, met een link naar het
 * scherm in de app en zonder namen, casus of datum. Alles echt: het proces, PostgreSQL, de feed (NepPlatform), de
 * webhook-ontvanger die de HMAC narekent en GreenMail.
 */
class CasusoverlegBezorgingRouteTest {

    static final String BRON = "urn:nl:schakel:casusoverleg";
    static final String UITGENODIGD = "nl.schakel.casusoverleg.uitgenodigd";
    static final String AGENDA_GEWIJZIGD = "nl.schakel.casusoverleg.agenda-gewijzigd";
    static final String ACTIE_TOEGEWEZEN = "nl.schakel.casusoverleg.actie-toegewezen";
    static final String ACTIE_VERLOOPT = "nl.schakel.casusoverleg.actie-verloopt";
    static final String AFGESCHAALD = "nl.schakel.casusoverleg.afgeschaald";

    /** Wat in een aanmelding staat en nooit in een melding mag komen (fictief). */
    private static final List<String> PERSOONSGEGEVENS = List.of("Fatima", "Jansen", "Kees", "Noor", "veiligheid", "schulden",
            "Huiselijk Geweld");
    /**
     * Een casusnummer ({@code C-2026-…}), hoofdlettergevoelig: zonder hoofdletters en cijfer zou het ook in de uuid van een
     * link staan ({@code …9c-4344…}) en faalde de test bij toeval.
     */
    private static final String CASUSNUMMER = "C-\\d";

    @TempDir
    Path data;

    private BezorgingTestOmgeving omgeving;

    @BeforeEach
    void start() {
        omgeving = new BezorgingTestOmgeving(data, 3);
    }

    @AfterEach
    void stop() {
        omgeving.close();
    }

    @Test
    void eenUitnodigingGaatAlsDatarmCloudEventEnAlsNederlandseMailNaarDeGenodigde() throws Exception {
        UUID agendapunt = UUID.randomUUID();
        String id = omgeving.platform.gebeurtenis(UITGENODIGD, BRON, "/agendapunten/" + agendapunt, List.of(FEIJENOORD), "ZVHRR");
        JsonObject gebeurtenis = omgeving.platform.gebeurtenissen().get(0);
        omgeving.start();

        await().atMost(10, SECONDS).until(() -> cursor() == 1 && omgeving.mail.getReceivedMessages().length == 1);

        assertThat(omgeving.ontvanger.ontvangsten()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(200);
            assertThat(o.handtekeningGeldig()).isTrue();
            JsonObject ce = o.json();
            assertThat(ce.keySet()).containsExactlyInAnyOrder("specversion", "id", "source", "type", "subject", "time");
            assertThat(ce).containsEntry("id", id).containsEntry("source", BRON).containsEntry("type", UITGENODIGD)
                    .containsEntry("subject", gebeurtenis.getString("onderwerp"));
            assertThat(ce.getString("subject")).endsWith("/api/v1/agendapunten/" + agendapunt);
        });
        MimeMessage bericht = omgeving.mail.getReceivedMessages()[0];
        String tekst = inhoud(bericht);
        assertThat(bericht.getAllRecipients()).extracting(Object::toString).containsExactly(MAILBOX_FEIJ);
        assertThat(bericht.getSubject()).isEqualTo("Uitnodiging voor het casusoverleg in Schakel");
        assertThat(bericht.getHeader(MailBezorger.GEBEURTENIS_ID_HEADER)).containsExactly(id);
        assertThat(tekst).startsWith("Uw organisatie is uitgenodigd voor een agendapunt van het casusoverleg: "
                + "https://schakel.example/#/casusoverleg/agendapunten/" + agendapunt + "\n");
        assertThat(tekst).contains("geen gegevens over de casus").doesNotContain("overdracht");
        String geheel = tekst + bericht.getSubject();
        PERSOONSGEGEVENS.forEach(woord -> assertThat(geheel).doesNotContainIgnoringCase(woord));
        assertThat(geheel).doesNotContainPattern(CASUSNUMMER);
        assertThat(tekst).doesNotContain(FEIJENOORD).doesNotContain("ZVHRR");
        assertThat(bezorgd("WEBHOOK")).isEqualTo(1);
        assertThat(bezorgd("MAIL")).isEqualTo(1);
        assertThat(openDodeBrieven()).isZero();
    }

    @Test
    void elkTypeKrijgtZijnEigenZinEnLinkEnElkeOntvangerEenMail() throws Exception {
        UUID overleg = UUID.randomUUID();
        UUID actie = UUID.randomUUID();
        UUID agendapunt = UUID.randomUUID();
        omgeving.platform.gebeurtenis(AGENDA_GEWIJZIGD, BRON, "/casusoverleggen/" + overleg, List.of(FEIJENOORD, SCHIEDAM), "ZVHRR");
        omgeving.platform.gebeurtenis(ACTIE_TOEGEWEZEN, BRON, "/acties/" + actie, List.of(SCHIEDAM), "ZVHRR");
        omgeving.platform.gebeurtenis(AFGESCHAALD, BRON, "/agendapunten/" + agendapunt, List.of(SCHIEDAM), "ZVHRR");
        // the reminder of the platform's job (Actieherinnering): to the action's owner only
        omgeving.platform.gebeurtenis(ACTIE_VERLOOPT, BRON, "/acties/" + actie, List.of(SCHIEDAM), "ZVHRR");
        omgeving.start();

        await().atMost(15, SECONDS).until(() -> cursor() == 4 && omgeving.mail.getReceivedMessages().length == 5);

        Map<String, List<MimeMessage>> perOnderwerp = Arrays.stream(omgeving.mail.getReceivedMessages())
                .collect(Collectors.groupingBy(m -> onderwerp(m)));
        assertThat(perOnderwerp.get("Agenda van het casusoverleg gewijzigd in Schakel")).hasSize(2)
                .extracting(m -> m.getAllRecipients()[0].toString()).containsExactlyInAnyOrder(MAILBOX_FEIJ, MAILBOX_SCHIEDAM);
        assertThat(inhoud(perOnderwerp.get("Agenda van het casusoverleg gewijzigd in Schakel").get(0)))
                .startsWith("De agenda van een casusoverleg waarvoor uw organisatie is uitgenodigd, is gewijzigd: "
                        + "https://schakel.example/#/casusoverleg/agendapunten\n")
                .doesNotContain(overleg.toString());
        assertThat(inhoud(perOnderwerp.get("Nieuwe actie uit het casusoverleg in Schakel").get(0)))
                .startsWith("Uw organisatie heeft een actie gekregen uit het casusoverleg: "
                        + "https://schakel.example/#/casusoverleg/acties/" + actie + "\n");
        assertThat(perOnderwerp.get("Actie uit het casusoverleg verloopt in Schakel")).singleElement()
                .satisfies(m -> assertThat(m.getAllRecipients()[0].toString()).isEqualTo(MAILBOX_SCHIEDAM))
                .satisfies(m -> assertThat(inhoud(m)).startsWith("Een actie van uw organisatie uit het casusoverleg verloopt: "
                        + "https://schakel.example/#/casusoverleg/acties/" + actie + "\n"));
        assertThat(inhoud(perOnderwerp.get("Casus afgeschaald in het casusoverleg in Schakel").get(0)))
                .startsWith("Een casus uit het casusoverleg waarvoor uw organisatie was uitgenodigd, is afgeschaald: "
                        + "https://schakel.example/#/casusoverleg/agendapunten/" + agendapunt + "\n");
        String alles = Arrays.stream(omgeving.mail.getReceivedMessages()).map(CasusoverlegBezorgingRouteTest::inhoud)
                .collect(Collectors.joining("\n"));
        PERSOONSGEGEVENS.forEach(woord -> assertThat(alles).doesNotContainIgnoringCase(woord));
        assertThat(alles).doesNotContainPattern(CASUSNUMMER);

        // Feijenoord heeft een webhook: het CloudEvent van de agendawijziging, alleen dat
        assertThat(omgeving.ontvanger.ontvangsten()).singleElement().satisfies(o -> {
            assertThat(o.handtekeningGeldig()).isTrue();
            assertThat(o.json()).containsEntry("type", AGENDA_GEWIJZIGD).containsEntry("source", BRON);
        });
        assertThat(openDodeBrieven()).isZero();
        assertThat(Arrays.stream(omgeving.mail.getReceivedMessages()).map(m -> header(m))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).values())
                .as("per gebeurtenis en ontvanger één mail").containsOnly(1L, 2L);
    }

    private static String onderwerp(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(MimeMessage m) {
        try {
            return m.getHeader(MailBezorger.GEBEURTENIS_ID_HEADER)[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String inhoud(MimeMessage m) {
        try {
            // SMTP carries CRLF line ends; the text itself has LF
            return ((String) m.getContent()).replace("\r\n", "\n");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
