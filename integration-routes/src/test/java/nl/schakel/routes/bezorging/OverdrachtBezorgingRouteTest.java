package nl.schakel.routes.bezorging;

import static java.util.concurrent.TimeUnit.SECONDS;
import static nl.schakel.routes.bezorging.BezorgingTestOmgeving.FEIJENOORD;
import static nl.schakel.routes.bezorging.BezorgingTestOmgeving.MAILBOX_FEIJ;
import static nl.schakel.routes.bezorging.BezorgingTestOmgeving.MAILBOX_SCHIEDAM;
import static nl.schakel.routes.bezorging.BezorgingTestOmgeving.ONBEKEND;
import static nl.schakel.routes.bezorging.BezorgingTestOmgeving.SCHIEDAM;
import static nl.schakel.routes.bezorging.BezorgingTestOmgeving.VERZONDEN;
import static nl.schakel.routes.bezorging.BezorgingTestOmgeving.bezorgd;
import static nl.schakel.routes.bezorging.BezorgingTestOmgeving.cursor;
import static nl.schakel.routes.bezorging.BezorgingTestOmgeving.openDodeBrieven;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import nl.schakel.routes.testsupport.Ontvanger.Ontvangst;
import nl.schakel.routes.testsupport.TestDatabase;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code overdracht-bezorging} van begin tot eind, alles echt: het proces (Camel Main), PostgreSQL (zonky), de
 * feed (NepPlatform), een webhook-ontvanger die de handtekening narekent (JDK HttpServer) en een SMTP-server
 * (GreenMail). Drie herhalingen na de eerste poging.
 */
class OverdrachtBezorgingRouteTest {

    /** Namen die in de zaak zouden kunnen staan; ze mogen nergens in een melding terechtkomen. */
    private static final List<String> NAMEN = List.of("Sanne", "de Vries", "Mohamed", "El Amrani", "Jansen",
            "Wijkteam Feijenoord", "Veilig Thuis");

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
    void bezorgtEenDatarmOndertekendCloudEventEenKeerEnEenMailZonderPersoonsgegevens() throws Exception {
        String id = omgeving.platform.gebeurtenis(VERZONDEN, FEIJENOORD, "VTRR");
        JsonObject gebeurtenis = omgeving.platform.gebeurtenissen().get(0);
        var proces = omgeving.start();

        await().atMost(10, SECONDS).until(() -> cursor() == 1 && omgeving.mail.getReceivedMessages().length == 1);
        // nog een paar polls: niets komt dubbel
        NotifyBuilder polls = new NotifyBuilder(proces.context()).fromRoute(OverdrachtBezorgingRoute.ROUTE_ID)
                .whenCompleted(3).create();
        assertThat(polls.matches(10, SECONDS)).isTrue();
        // met de bezorgroute erbij is het proces klaar (ready)
        HttpResponse<String> ready = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(proces.gezondheidUrl("/observe/health/ready"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(200);

        assertThat(omgeving.ontvanger.ontvangsten()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(200);
            assertThat(o.handtekeningGeldig()).isTrue();
            assertThat(o.contentType()).startsWith("application/cloudevents+json");
            JsonObject ce = o.json();
            assertThat(ce.keySet()).containsExactlyInAnyOrder("specversion", "id", "source", "type", "subject", "time");
            assertThat(ce).containsEntry("specversion", "1.0")
                    .containsEntry("id", id)
                    .containsEntry("source", "urn:nl:schakel:overdracht")
                    .containsEntry("type", VERZONDEN)
                    .containsEntry("subject", gebeurtenis.getString("onderwerp"))
                    .containsEntry("time", gebeurtenis.getString("tijdstip"));
            assertThat(o.body()).doesNotContain(NAMEN.toArray(String[]::new));
        });
        assertThat(omgeving.ontvanger.keerGeaccepteerd(id)).isEqualTo(1);

        MimeMessage bericht = omgeving.mail.getReceivedMessages()[0];
        String onderwerp = gebeurtenis.getString("onderwerp");
        String tekst = (String) bericht.getContent();
        assertThat(bericht.getAllRecipients()).extracting(Object::toString).containsExactly(MAILBOX_FEIJ);
        String overdrachtId = onderwerp.substring(onderwerp.lastIndexOf('/') + 1);
        // the case number the inbox shows (first 8 of the id): a reference, nothing that identifies the family
        assertThat(bericht.getSubject()).isEqualTo("Nieuwe overdracht in Schakel (zaaknummer " + overdrachtId.substring(0, 8) + ")");
        assertThat(tekst).contains("Zaaknummer: " + overdrachtId.substring(0, 8) + " (hetzelfde nummer als in uw inbox).");
        // het gebeurtenis-id in een header: de ontvanger kan een herhaalde mail herkennen
        assertThat(bericht.getHeader(MailBezorger.GEBEURTENIS_ID_HEADER)).containsExactly(id);
        assertThat(tekst).startsWith("Er staat een nieuwe overdracht voor u klaar in Schakel: "
                + "https://schakel.example/overdrachten/" + onderwerp.substring(onderwerp.lastIndexOf('/') + 1));
        assertThat(tekst + bericht.getSubject()).doesNotContain(NAMEN.toArray(String[]::new)).doesNotContain(FEIJENOORD);

        assertThat(bezorgd("WEBHOOK")).isEqualTo(1);
        assertThat(bezorgd("MAIL")).isEqualTo(1);
        assertThat(openDodeBrieven()).isZero();
        // de feed werd met het client-credentials-token gelezen, vanaf de cursor
        assertThat(omgeving.platform.feedVerzoeken()).allSatisfy(v -> assertThat(v.authorization()).isEqualTo("Bearer token-1"));
        assertThat(omgeving.platform.feedVerzoeken().get(0).query()).isEqualTo("na=0&limiet=100");
        assertThat(omgeving.platform.feedVerzoeken().get(omgeving.platform.feedVerzoeken().size() - 1).query())
                .isEqualTo("na=1&limiet=100");
    }

    @Test
    void organisatieZonderWebhookKrijgtAlleenMail() {
        omgeving.platform.gebeurtenis("nl.schakel.overdracht.ingetrokken", SCHIEDAM, "VTRR");
        omgeving.start();

        await().atMost(10, SECONDS).until(() -> cursor() == 1);
        assertThat(omgeving.ontvanger.ontvangsten()).isEmpty();
        assertThat(omgeving.mail.getReceivedMessages()).singleElement().satisfies(m -> {
            assertThat(m.getAllRecipients()).extracting(Object::toString).containsExactly(MAILBOX_SCHIEDAM);
            assertThat((String) m.getContent()).startsWith("Een overdracht aan uw organisatie is ingetrokken in Schakel: ");
        });
        assertThat(bezorgd("WEBHOOK")).isZero();
        assertThat(openDodeBrieven()).isZero();
    }

    @Test
    void drieKeer503DanBezorgdPreciesEenKeer() {
        omgeving.ontvanger.antwoord(503, 503, 503);
        String id = omgeving.platform.gebeurtenis(VERZONDEN, FEIJENOORD, "VTRR");
        omgeving.start();

        await().atMost(10, SECONDS).until(() -> cursor() == 1);
        assertThat(omgeving.ontvanger.ontvangsten()).extracting(Ontvangst::status).containsExactly(503, 503, 503, 200);
        assertThat(omgeving.ontvanger.ontvangsten()).allSatisfy(o -> {
            assertThat(o.id()).isEqualTo(id);
            assertThat(o.handtekeningGeldig()).isTrue();
        });
        assertThat(omgeving.ontvanger.keerGeaccepteerd(id)).isEqualTo(1);
        assertThat(openDodeBrieven()).isZero();
        assertThat(TestDatabase.telRijen("select pogingen from routes.bezorgd where kanaal = 'WEBHOOK'")).isEqualTo(4);
        await().atMost(5, SECONDS).until(() -> omgeving.mail.getReceivedMessages().length == 1);
    }

    @Test
    void weigering400WordtEenDodeBriefDeCursorGaatDoorEnHerhalenBezorgtHem() {
        omgeving.ontvanger.antwoord(400);
        String eerste = omgeving.platform.gebeurtenis(VERZONDEN, FEIJENOORD, "VTRR");
        String tweede = omgeving.platform.gebeurtenis(VERZONDEN, FEIJENOORD, "VTRR");
        omgeving.start();

        await().atMost(10, SECONDS).until(() -> cursor() == 2);
        // 400 wordt niet herhaald
        assertThat(omgeving.ontvanger.ontvangsten()).extracting(Ontvangst::id, Ontvangst::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(eerste, 400), org.assertj.core.groups.Tuple.tuple(tweede, 200));
        assertThat(openDodeBrieven()).isEqualTo(1);
        assertThat(TestDatabase.telRijen("select count(*) from routes.dode_brief where gebeurtenis_id = '" + eerste
                + "' and organisatie = '" + FEIJENOORD + "' and pogingen = 1 and reden like '%400%'")).isEqualTo(1);
        // de mail voor de dode brief gaat pas mee bij het herhalen: alleen de tweede heeft er nu een
        assertThat(omgeving.mail.getReceivedMessages()).hasSize(1);

        HttpResponse<String> antwoord = omgeving.herhaal();
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.body()).isEqualTo("{\"herhaald\":1,\"open\":0}");
        assertThat(omgeving.ontvanger.keerGeaccepteerd(eerste)).isEqualTo(1);
        assertThat(omgeving.ontvanger.keerGeaccepteerd(tweede)).isEqualTo(1);
        assertThat(openDodeBrieven()).isZero();
        assertThat(TestDatabase.telRijen("select count(*) from routes.dode_brief where opgelost_op is not null")).isEqualTo(1);
        assertThat(omgeving.mail.getReceivedMessages()).hasSize(2);

        // nog eens herhalen doet niets
        assertThat(omgeving.herhaal().body()).isEqualTo("{\"herhaald\":0,\"open\":0}");
        assertThat(omgeving.ontvanger.dubbelen()).isZero();
        assertThat(omgeving.mail.getReceivedMessages()).hasSize(2);
    }

    @Test
    void ontvangerLangerPlatDanDeHerhalingenDodeBriefDanHerhalenNaHerstel() {
        omgeving.ontvanger.plat();
        String id = omgeving.platform.gebeurtenis(VERZONDEN, FEIJENOORD, "VTRR");
        omgeving.start();

        await().atMost(10, SECONDS).until(() -> cursor() == 1);
        assertThat(openDodeBrieven()).isEqualTo(1);
        assertThat(TestDatabase.telRijen("select pogingen from routes.dode_brief")).isEqualTo(4);
        // een tweede gebeurtenis terwijl de ontvanger nog plat is: ook dood, cursor gaat door
        String tweede = omgeving.platform.gebeurtenis(VERZONDEN, FEIJENOORD, "VTRR");
        await().atMost(10, SECONDS).until(() -> cursor() == 2);
        assertThat(openDodeBrieven()).isEqualTo(2);

        // herhalen terwijl hij nog plat is: blijft open, pogingen tellen op
        assertThat(omgeving.herhaal().body()).isEqualTo("{\"herhaald\":2,\"open\":2}");
        assertThat(TestDatabase.telRijen("select min(pogingen) from routes.dode_brief")).isEqualTo(8);

        omgeving.ontvanger.op();
        assertThat(omgeving.herhaal().body()).isEqualTo("{\"herhaald\":2,\"open\":0}");
        assertThat(omgeving.ontvanger.geaccepteerdeIds()).containsExactlyInAnyOrder(id, tweede);
        assertThat(omgeving.ontvanger.dubbelen()).isZero();
        // mail ging er al uit? Nee: de webhook faalde eerst, dus de mail pas bij de geslaagde herhaling, één per gebeurtenis
        assertThat(omgeving.mail.getReceivedMessages()).hasSize(2);
    }

    @Test
    void organisatieZonderInstellingenIsEenConfiguratiefoutGeenDodeBriefEnWachtTotDeCorrectie() throws Exception {
        String voorOnbekend = omgeving.platform.gebeurtenis(VERZONDEN, ONBEKEND, "VTRR");
        String daarna = omgeving.platform.gebeurtenis(VERZONDEN, FEIJENOORD, "VTRR");
        omgeving.instellingen.put("schakel.bezorging.ontvangers", FEIJENOORD + "," + ONBEKEND);
        var proces = omgeving.start();

        // de andere ontvanger gaat door; voor ONBEKEND geen dode brief maar een wachtende rij en een configuratiefout
        await().atMost(10, SECONDS).until(() -> BezorgingTestOmgeving.cursor(FEIJENOORD) == 2);
        assertThat(omgeving.ontvanger.geaccepteerdeIds()).containsExactly(daarna);
        assertThat(BezorgingTestOmgeving.cursor(ONBEKEND)).isZero();
        assertThat(TestDatabase.telRijen("select count(*) from routes.dode_brief")).isZero();
        HttpResponse<String> gezondheid = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(proces.gezondheidUrl("/observe/health"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(gezondheid.body()).contains("\"configuratiefouten\":\"" + ONBEKEND + "\"")
                .contains("\"wachtend\":1");

        // de instellingen aanvullen is genoeg: geen herhaling, geen herstart
        java.nio.file.Files.writeString(data.resolve("bezorging/organisaties.properties"),
                "\n" + ONBEKEND + ".mailbox = meldingen@politie.example\n", java.nio.file.StandardOpenOption.APPEND);
        await().atMost(10, SECONDS).until(() -> cursor() == 2);
        assertThat(Arrays.stream(omgeving.mail.getReceivedMessages()).map(m -> {
            try {
                return m.getHeader(MailBezorger.GEBEURTENIS_ID_HEADER)[0];
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).contains(voorOnbekend);
        assertThat(TestDatabase.telRijen("select count(*) from routes.dode_brief")).isZero();
    }

    @Test
    void eenGebeurtenisMetMeerOntvangersGaatNaarElkeOntvangerEenKeer() {
        String id = omgeving.platform.gebeurtenis(VERZONDEN, List.of(FEIJENOORD, SCHIEDAM), "VTRR");
        omgeving.start();

        await().atMost(10, SECONDS).until(() -> cursor() == 1);
        assertThat(omgeving.ontvanger.keerGeaccepteerd(id)).isEqualTo(1);
        assertThat(omgeving.mail.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder(MAILBOX_FEIJ, MAILBOX_SCHIEDAM);
        // "al bezorgd" per ontvanger: voor Feijenoord webhook en mail, voor Schiedam alleen mail
        assertThat(TestDatabase.telRijen("select count(*) from routes.bezorgd where gebeurtenis_id = '" + id + "'"))
                .isEqualTo(3);
        assertThat(openDodeBrieven()).isZero();
    }

    @Test
    void eenPlatteOntvangerHoudtAlleenZichzelfOp() {
        // Schiedam alleen mail, via een tweede (echte) webhook-ontvanger die plat ligt
        try (var tweede = new nl.schakel.routes.testsupport.Ontvanger(BezorgingTestOmgeving.GEHEIM)) {
            tweede.plat();
            omgeving.voegWebhookToe(SCHIEDAM, tweede.url());
            omgeving.instellingen.put("schakel.bezorging.herhaling.maximum", "50");
            omgeving.instellingen.put("schakel.bezorging.herhaling.max-vertraging-ms", "100");
            String vast = omgeving.platform.gebeurtenis(VERZONDEN, SCHIEDAM, "VTRR");
            omgeving.start();
            await().atMost(10, SECONDS).until(() -> tweede.ontvangsten().isEmpty()
                    && TestDatabase.telRijen("select count(*) from routes.bezorg_wachtrij where organisatie = '"
                            + SCHIEDAM + "'") == 1);
            // terwijl Schiedam in zijn herhalingen zit, komen de gebeurtenissen voor Feijenoord gewoon aan
            String[] ids = {omgeving.platform.gebeurtenis(VERZONDEN, FEIJENOORD, "VTRR"),
                    omgeving.platform.gebeurtenis(VERZONDEN, FEIJENOORD, "VTRR")};
            await().atMost(10, SECONDS).until(() -> omgeving.ontvanger.geaccepteerdeIds().containsAll(List.of(ids)));
            assertThat(BezorgingTestOmgeving.cursor(SCHIEDAM)).isZero();
            assertThat(omgeving.ontvanger.ontvangsten()).extracting(Ontvangst::id).containsExactly(ids);

            tweede.op();
            await().atMost(10, SECONDS).until(() -> tweede.keerGeaccepteerd(vast) == 1 && cursor() == 3);
            assertThat(openDodeBrieven()).isZero();
        }
    }

    @Test
    void feedTijdelijkPlatWordtHerhaaldEnNietsGaatVerloren() {
        omgeving.platform.feedPlat(true);
        String id = omgeving.platform.gebeurtenis(VERZONDEN, FEIJENOORD, "VTRR");
        var proces = omgeving.start();
        NotifyBuilder mislukt = new NotifyBuilder(proces.context()).fromRoute(OverdrachtBezorgingRoute.ROUTE_ID)
                .whenFailed(1).create();
        assertThat(mislukt.matches(10, SECONDS)).isTrue();
        assertThat(cursor()).isZero();

        omgeving.platform.feedPlat(false);
        await().atMost(10, SECONDS).until(() -> cursor() == 1);
        assertThat(omgeving.ontvanger.geaccepteerdeIds()).containsExactly(id);
    }

    @Test
    void naHerstartGaatHetVerderVanafDeOpgeslagenCursorZonderIetsDubbelTeBezorgen() {
        String[] ids = {omgeving.platform.gebeurtenis(VERZONDEN, FEIJENOORD, "VTRR"),
                omgeving.platform.gebeurtenis(VERZONDEN, FEIJENOORD, "VTRR")};
        omgeving.start();
        await().atMost(10, SECONDS).until(() -> cursor() == 2);
        omgeving.stopProces();

        String derde = omgeving.platform.gebeurtenis(VERZONDEN, FEIJENOORD, "VTRR");
        omgeving.platform.vergeetVerzoeken();
        var proces = omgeving.start();
        await().atMost(10, SECONDS).until(() -> cursor() == 3);
        NotifyBuilder polls = new NotifyBuilder(proces.context()).fromRoute(OverdrachtBezorgingRoute.ROUTE_ID)
                .whenCompleted(3).create();
        assertThat(polls.matches(10, SECONDS)).isTrue();

        // het nieuwe proces begon bij de opgeslagen cursor
        assertThat(omgeving.platform.feedVerzoeken().get(0).query()).isEqualTo("na=2&limiet=100");
        assertThat(omgeving.ontvanger.ontvangsten()).extracting(Ontvangst::id)
                .containsExactlyElementsOf(List.of(ids[0], ids[1], derde));
        assertThat(omgeving.ontvanger.dubbelen()).isZero();
        assertThat(omgeving.mail.getReceivedMessages()).hasSize(3);
        assertThat(Arrays.stream(omgeving.mail.getReceivedMessages()).map(m -> {
            try {
                return (String) m.getContent();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).distinct()).hasSize(3);
    }
}
