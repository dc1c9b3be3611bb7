package nl.schakel.routes.bezorging;

import static java.util.concurrent.TimeUnit.SECONDS;
import static nl.schakel.routes.bezorging.BezorgingTestOmgeving.bezorgd;
import static nl.schakel.routes.bezorging.BezorgingTestOmgeving.cursor;
import static nl.schakel.routes.bezorging.BezorgingTestOmgeving.openDodeBrieven;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * De gebeurtenissen van het crisisdossier (stroom 3, issue 13; crisisdossier-contract "Feed events") gaan langs dezelfde
 * weg als die van het casusoverleg: een datarm, ondertekend CloudEvent aan de webhook van een partner die er een heeft,
 * en per ontvangende organisatie een korte Nederlandse mail met de link naar {@code #/crisisdossiers/{id}}, zonder namen.
 * Alles echt: het proces, PostgreSQL, de feed en het dossier zelf (NepPlatform, met de namen van de melding), de
 * webhook-ontvanger die de HMAC narekent en GreenMail.
 */
class CrisisdossierBezorgingRouteTest {

    static final String BRON = "urn:nl:schakel:crisisdossier";
    static final String GESTART = "nl.schakel.crisisdossier.gestart";
    static final String GESLOTEN = "nl.schakel.crisisdossier.gesloten";

    static final String VT = "VTRR";
    static final String CIT = "CIT-JBRR";
    static final String RAAD = "RVDK-RR";
    static final String FILOMENA = "FIL";
    static final String MAILBOX_VT = "crisisdienst@veiligthuis-rr.example";
    static final String MAILBOX_CIT = "meldingen@cit-jbrr.example";
    static final String MAILBOX_RAAD = "postbus@raad-rr.example";
    static final String MAILBOX_FILOMENA = "team@filomena.example";

    static final String NIEUW_ONDERWERP = "Nieuw crisisdossier in Schakel: uw organisatie is partner";
    static final String GESLOTEN_ONDERWERP = "Crisisdossier gesloten in Schakel";

    /** Het dossier achter het onderwerp, zoals {@code GET /crisisdossiers/{id}} het geeft (fictief). */
    private static final JsonObject DOSSIER = Jsoner.deserialize("""
            {"status":"OPEN","initiatiefnemer":"VTRR",
             "watIsErGebeurd":"Buurvrouw belde 112 na geschreeuw en glasgerinkel op de derde verdieping",
             "directeVeiligheid":"Moeder en dochter tijdelijk ondergebracht bij grootmoeder in Schiedam",
             "betrokkenen":[
               {"rol":"KIND","voornaam":"Noor","achternaam":"de Vries","geboortedatum":"2019-04-01"},
               {"rol":"OUDER","voornaam":"Sanne","achternaam":"Bakker","geboortedatum":"1990-11-23"},
               {"rol":"PLEGER","voornaam":"Dirk","achternaam":"Verhoeven","geboortedatum":"1987-02-14"}]}
            """, new JsonObject());

    @TempDir
    Path data;

    private BezorgingTestOmgeving omgeving;

    @BeforeEach
    void start() {
        omgeving = new BezorgingTestOmgeving(data, 3);
        // de vier crisispartners: het CIT met webhook en mailbox, de anderen alleen een functionele mailbox
        omgeving.voegWebhookToe(CIT, omgeving.ontvanger.url());
        omgeving.voegMailboxToe(CIT, MAILBOX_CIT);
        omgeving.voegMailboxToe(VT, MAILBOX_VT);
        omgeving.voegMailboxToe(RAAD, MAILBOX_RAAD);
        omgeving.voegMailboxToe(FILOMENA, MAILBOX_FILOMENA);
    }

    @AfterEach
    void stop() {
        omgeving.close();
    }

    @Test
    void eenGestartCrisisdossierGaatNaarElkePartnerAlsMailZonderNamenEnAlsCloudEventWaarEenWebhookIs() throws Exception {
        String dossier = UUID.randomUUID().toString();
        omgeving.platform.crisisdossier(dossier, DOSSIER);
        String id = omgeving.platform.gebeurtenis(GESTART, BRON, "/crisisdossiers/" + dossier, List.of(CIT, RAAD, FILOMENA), VT);
        JsonObject gebeurtenis = omgeving.platform.gebeurtenissen().get(0);
        assertThat(gebeurtenis).containsKey("ontvangers").doesNotContainKey("ontvanger");
        omgeving.start();

        await().atMost(15, SECONDS).until(() -> cursor() == 1 && omgeving.mail.getReceivedMessages().length == 3);

        // alleen het CIT heeft een webhook: één datarm CloudEvent, precies zoals bij het casusoverleg
        assertThat(omgeving.ontvanger.ontvangsten()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(200);
            assertThat(o.handtekeningGeldig()).isTrue();
            JsonObject ce = o.json();
            assertThat(ce.keySet()).containsExactlyInAnyOrder("specversion", "id", "source", "type", "subject", "time");
            assertThat(ce).containsEntry("specversion", "1.0").containsEntry("id", id).containsEntry("source", BRON)
                    .containsEntry("type", GESTART).containsEntry("subject", gebeurtenis.getString("onderwerp"));
            assertThat(ce.getString("subject")).isEqualTo(omgeving.platform.apiUrl() + "/crisisdossiers/" + dossier);
        });

        MimeMessage[] mails = omgeving.mail.getReceivedMessages();
        assertThat(mails).extracting(CrisisdossierBezorgingRouteTest::ontvanger)
                .as("elke partner behalve de initiatiefnemer één mail")
                .containsExactlyInAnyOrder(MAILBOX_CIT, MAILBOX_RAAD, MAILBOX_FILOMENA);
        for (MimeMessage bericht : mails) {
            assertThat(bericht.getAllRecipients()).hasSize(1);
            assertThat(bericht.getSubject()).isEqualTo(NIEUW_ONDERWERP).containsIgnoringCase("crisisdossier");
            assertThat(bericht.getHeader(MailBezorger.GEBEURTENIS_ID_HEADER)).containsExactly(id);
            String tekst = inhoud(bericht);
            assertThat(tekst).startsWith("Er is een crisisdossier gestart met uw organisatie als partner: "
                    + "https://schakel.example/#/crisisdossiers/" + dossier + "\n");
            assertThat(tekst).contains("geen gegevens over de crisis of de betrokkenen")
                    .doesNotContain("overdracht").doesNotContain("casusoverleg");
            assertZonderPersoonsgegevens(bericht.getSubject() + "\n" + tekst);
            assertThat(tekst).doesNotContain(VT).doesNotContain(CIT).doesNotContain(RAAD);
        }
        // de routes hebben het dossier niet opgehaald: alleen de feed (de namen kunnen er dus ook niet in komen)
        assertThat(omgeving.platform.apiVerzoeken()).isNotEmpty()
                .allSatisfy(v -> assertThat(v.pad()).isEqualTo("/api/v1/gebeurtenissen"));
        assertThat(bezorgd("WEBHOOK")).isEqualTo(1);
        assertThat(bezorgd("MAIL")).isEqualTo(3);
        assertThat(openDodeBrieven()).isZero();
    }

    @Test
    void gestartEnGeslotenElkMetEigenZinAanDeEigenOntvangersInVolgordeVanDeFeed() throws Exception {
        String dossier = UUID.randomUUID().toString();
        omgeving.platform.crisisdossier(dossier, DOSSIER);
        String gestart = omgeving.platform.gebeurtenis(GESTART, BRON, "/crisisdossiers/" + dossier, List.of(CIT, RAAD, FILOMENA), VT);
        // het CIT sluit: iedere andere partner hoort het, ook de initiatiefnemer
        String gesloten = omgeving.platform.gebeurtenis(GESLOTEN, BRON, "/crisisdossiers/" + dossier, List.of(VT, RAAD, FILOMENA), CIT);
        // een type van de stroom dat de routes (nog) niet kennen: een neutrale zin van het crisisdossier, dezelfde link
        String later = omgeving.platform.gebeurtenis("nl.schakel.crisisdossier.sof7-verlopen", BRON, "/crisisdossiers/" + dossier,
                List.of(FILOMENA), VT);
        omgeving.start();

        await().atMost(15, SECONDS).until(() -> cursor() == 3 && omgeving.mail.getReceivedMessages().length == 7);

        Map<String, List<MimeMessage>> perOnderwerp = Arrays.stream(omgeving.mail.getReceivedMessages())
                .collect(Collectors.groupingBy(CrisisdossierBezorgingRouteTest::onderwerp));
        assertThat(perOnderwerp).containsOnlyKeys(NIEUW_ONDERWERP, GESLOTEN_ONDERWERP, "Wijziging in een crisisdossier in Schakel");
        assertThat(perOnderwerp.get(NIEUW_ONDERWERP)).extracting(CrisisdossierBezorgingRouteTest::ontvanger)
                .containsExactlyInAnyOrder(MAILBOX_CIT, MAILBOX_RAAD, MAILBOX_FILOMENA);
        assertThat(perOnderwerp.get(GESLOTEN_ONDERWERP)).extracting(CrisisdossierBezorgingRouteTest::ontvanger)
                .as("niet aan het CIT, dat sloot").containsExactlyInAnyOrder(MAILBOX_VT, MAILBOX_RAAD, MAILBOX_FILOMENA);
        for (MimeMessage bericht : perOnderwerp.get(GESLOTEN_ONDERWERP)) {
            assertThat(bericht.getHeader(MailBezorger.GEBEURTENIS_ID_HEADER)).containsExactly(gesloten);
            // the partners' grants ended with the closure: the link goes to their list, not to a file that is gone for them
            assertThat(inhoud(bericht)).startsWith("Een crisisdossier waarin uw organisatie partner was, is gesloten: "
                    + "https://schakel.example/#/crisisdossiers\n");
        }
        assertThat(perOnderwerp.get("Wijziging in een crisisdossier in Schakel")).singleElement().satisfies(bericht -> {
            assertThat(ontvanger(bericht)).isEqualTo(MAILBOX_FILOMENA);
            assertThat(bericht.getHeader(MailBezorger.GEBEURTENIS_ID_HEADER)).containsExactly(later);
            assertThat(inhoud(bericht)).startsWith("Er is een wijziging in een crisisdossier waarin uw organisatie partner is: "
                    + "https://schakel.example/#/crisisdossiers/" + dossier + "\n");
        });
        // per ontvanger in de volgorde van de feed
        List<String> filomena = new ArrayList<>();
        for (MimeMessage bericht : omgeving.mail.getReceivedMessages()) {
            if (ontvanger(bericht).equals(MAILBOX_FILOMENA)) {
                filomena.add(bericht.getHeader(MailBezorger.GEBEURTENIS_ID_HEADER)[0]);
            }
        }
        assertThat(filomena).containsExactly(gestart, gesloten, later);
        String alles = Arrays.stream(omgeving.mail.getReceivedMessages())
                .map(m -> onderwerp(m) + "\n" + inhoud(m)).collect(Collectors.joining("\n"));
        assertZonderPersoonsgegevens(alles);

        // het CIT (de enige webhook) kreeg alleen het CloudEvent van de start, niet dat van zijn eigen sluiting
        assertThat(omgeving.ontvanger.ontvangsten()).singleElement().satisfies(o -> {
            assertThat(o.handtekeningGeldig()).isTrue();
            assertThat(o.json()).containsEntry("id", gestart).containsEntry("type", GESTART).containsEntry("source", BRON);
        });
        assertThat(bezorgd("MAIL")).isEqualTo(7);
        assertThat(openDodeBrieven()).isZero();
    }

    @Test
    void eenScreeningsverzoekGaatAlleenNaarFilomenaMetEenLinkNaarHetDossierEnZonderDeVraag() throws Exception {
        String dossier = UUID.randomUUID().toString();
        omgeving.platform.crisisdossier(dossier, DOSSIER);
        String gevraagd = omgeving.platform.gebeurtenis("nl.schakel.crisisdossier.screening-gevraagd", BRON, "/crisisdossiers/" + dossier,
                List.of(FILOMENA), VT);
        omgeving.start();

        await().atMost(15, SECONDS).until(() -> cursor() == 1 && omgeving.mail.getReceivedMessages().length == 1);

        assertThat(omgeving.mail.getReceivedMessages()).singleElement().satisfies(bericht -> {
            assertThat(ontvanger(bericht)).isEqualTo(MAILBOX_FILOMENA);
            assertThat(onderwerp(bericht)).isEqualTo("Screeningsverzoek voor uw organisatie in Schakel");
            assertThat(bericht.getHeader(MailBezorger.GEBEURTENIS_ID_HEADER)).containsExactly(gevraagd);
            assertThat(inhoud(bericht)).startsWith("Er is in een crisisdossier een screening aan uw organisatie gevraagd: "
                    + "https://schakel.example/#/crisisdossiers/" + dossier + "\n");
            assertZonderPersoonsgegevens(onderwerp(bericht) + "\n" + inhoud(bericht));
        });
        // no webhook for Filomena here; the CIT's webhook hears nothing of a request that is not its own
        assertThat(omgeving.ontvanger.ontvangsten()).isEmpty();
        assertThat(bezorgd("MAIL")).isEqualTo(1);
        assertThat(openDodeBrieven()).isZero();
    }

    /**
     * Geen naam, geboortedatum of tekst uit het dossier, in welke schrijfwijze ook (geen cijferreeksen als "112": die
     * kunnen toevallig in een uuid van de link staan).
     */
    private static void assertZonderPersoonsgegevens(String melding) {
        List<String> verboden = new ArrayList<>(List.of(DOSSIER.getString("watIsErGebeurd"), DOSSIER.getString("directeVeiligheid"),
                "geschreeuw", "grootmoeder", "Schiedam"));
        for (Object o : (JsonArray) DOSSIER.get("betrokkenen")) {
            JsonObject betrokkene = (JsonObject) o;
            verboden.add(betrokkene.getString("voornaam"));
            verboden.add(betrokkene.getString("achternaam"));
            verboden.add(betrokkene.getString("geboortedatum"));
        }
        assertThat(verboden).hasSize(14);
        verboden.forEach(woord -> assertThat(melding).doesNotContainIgnoringCase(woord));
    }

    private static String ontvanger(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String onderwerp(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
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
