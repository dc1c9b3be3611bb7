package nl.schakel.platform.verzoek;

import static nl.schakel.platform.Api.get;
import static nl.schakel.platform.Api.json;
import static nl.schakel.platform.Api.lees;
import static nl.schakel.platform.Api.ok;
import static nl.schakel.platform.Logboekcontrole.logboekregel;
import static nl.schakel.platform.Logboekcontrole.logboekregels;
import static nl.schakel.platform.Logboekcontrole.uniek;
import static nl.schakel.platform.Probleemcontrole.isProbleem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.TestTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Requests of data subjects on the real platform (issue 15). A person in two overdrachten of Veilig Thuis (to Wijkteam
 * Feijenoord and to Wijkteam Charlois) and in one casusoverleg aanmelding (by Wijkteam Feijenoord, accepted by the ZVH,
 * on an agenda with the police invited): an inzage request registered at Veilig Thuis fans out to exactly the
 * organisations holding data; each answers its own part (and only its own); the contact point sees the progress and
 * records that the requester was informed; the inzage PDF holds the person's resources with her own data from each flow
 * (name, date of birth, role, the case's status and dates), each read logged on its resource, and who looked
 * (organisation, role, purpose) and not the melder's or the child's name, the police's holding only in the reviewer's part with its
 * reason code, and the export and every withholding are in the logboek. The clock: due one calendar month after receipt,
 * extended once with a reason (without one: 400), overdue for a request received long ago (the receipt date is the
 * controllable clock: no waiting). Refusals: a role without the rule (403 TGN-002), an organisation that is no contact
 * point (403 AVG-051), another contact point's request (404 AVG-052), each with its logboek row.
 */
@PlatformIT
@RunAsClient
class VerzoekenIT {

    private static final String VERZOEKEN = "/api/v1/verzoeken";
    private static final String DEELVERZOEKEN = "/api/v1/deelverzoeken";
    private static final String TAFEL = "c5000000-0000-4000-8000-000000000001";
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final HttpClient HTTP = HttpClient.newBuilder().build();

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void eenInzageverzoekGaatNaarPreciesDeHoudersElkBeantwoordtZijnDeelEnHetRapportToontAlleenDePersoon() {
        String familie = naam("Fictief");
        String melder = naam("Melder");
        String bsn = nieuwBsn();
        String vtGebruiker = uniek("vt.verzoek");
        String vt = TestTokens.voor(vtGebruiker, "VTRR", "procesregisseur");
        String naarFeijenoord = overdracht(vt, familie, bsn, melder, "WT-RDAM-FEIJ");
        String naarCharlois = overdracht(vt, familie, bsn, melder, "WT-RDAM-CHAR");
        String feijenoord = TestTokens.voor(uniek("wt.feijenoord.verzoek"), "WT-RDAM-FEIJ", "wijkteammedewerker");
        ok(get("/api/v1/overdrachten/" + naarFeijenoord, feijenoord));
        String aanmelding = casusoverlegMetPolitie(feijenoord, familie);
        String kind = ok(get("/api/v1/overdrachten/" + naarFeijenoord, vt)).getJsonObject("inhoud").getJsonArray("betrokkenen")
                .getValuesAs(JsonObject.class).stream().filter(b -> b.getString("rol").equals("KIND")).findFirst().orElseThrow().getString("id");

        // registered at Veilig Thuis, by BSN and by name and date (the aanmelding has no BSN)
        String ontvangen = LocalDate.now(NEDERLAND).minusDays(3).toString();
        HttpResponse<String> geregistreerd = json("POST", VERZOEKEN, vt, """
                {"soort": "INZAGE", "bsn": "%s", "achternaam": "%s", "voornaam": "Fatima", "geboortedatum": "1990-03-01",
                 "weergave": "F.J. / VT-2026-0142", "ontvangenOp": "%s"}""".formatted(bsn, familie, ontvangen));
        assertThat(geregistreerd.statusCode()).as(geregistreerd.body()).isEqualTo(201);
        JsonObject verzoek = lees(geregistreerd);
        String id = verzoek.getString("id");
        assertThat(geregistreerd.headers().firstValue("Location").orElseThrow()).endsWith(VERZOEKEN + "/" + id);
        assertThat(verzoek.getString("uiterlijkOp")).isEqualTo(LocalDate.parse(ontvangen).plusMonths(1).toString());
        assertThat(verzoek.getBoolean("teLaat")).isFalse();
        assertThat(verzoek.getString("contactpunt")).isEqualTo("VTRR");
        assertThat(geregistreerd.body()).doesNotContain(bsn).doesNotContain(familie).doesNotContain("1990-03-01");
        // exactly the organisations that hold or received data about her
        assertThat(delen(verzoek).keySet()).containsExactlyInAnyOrder("VTRR", "WT-RDAM-FEIJ", "WT-RDAM-CHAR", "ZVHRR", "POL-RR");
        assertThat(delen(verzoek).values()).allSatisfy(d -> assertThat(d.getString("status")).isEqualTo("OPEN"));

        // the requester cannot be recorded as informed while parts are open
        isProbleem(json("POST", VERZOEKEN + "/" + id + "/verzoeker-geinformeerd", vt, "\"0\"", "{\"datum\":\"" + LocalDate.now(NEDERLAND) + "\"}"),
                409, "AVG-057");

        // each organisation sees its own part and answers it; Charlois cannot answer Feijenoord's
        String charlois = TestTokens.voor(uniek("wt.charlois.verzoek"), "WT-RDAM-CHAR", "wijkteammedewerker");
        JsonObject deelCharlois = eigenDeel(charlois, delen(verzoek).get("WT-RDAM-CHAR").getString("id"));
        assertThat(deelCharlois.getJsonArray("bronnen").getValuesAs(JsonObject.class)).extracting(b -> b.getString("type")).containsOnly("OVERDRACHT");
        assertThat(deelCharlois.toString()).doesNotContain("F.J.").doesNotContain(familie);
        String deelFeijenoord = delen(verzoek).get("WT-RDAM-FEIJ").getString("id");
        String charloisGebruiker = uniek("wt.charlois.ander");
        isProbleem(antwoord(TestTokens.voor(charloisGebruiker, "WT-RDAM-CHAR", "wijkteammedewerker"), deelFeijenoord, "\"0\"", "Niets."), 404, "AVG-052");
        logboekregel(logboekregels(charloisGebruiker), "deelverzoek.beantwoorden", "GEWEIGERD", deelFeijenoord);
        isProbleem(antwoord(charlois, deelCharlois.getString("id"), "\"0\"", " "), 400, "AVG-055");
        beantwoord(charlois, deelCharlois.getString("id"), "Overdracht gevonden; inhoud bij ons op te vragen. Geen correctie gevraagd.");
        beantwoord(feijenoord, deelFeijenoord, "Overdracht en aanmelding gevonden.");
        beantwoord(TestTokens.voor(uniek("zvh.verzoek"), "ZVHRR", "zvh-procesregisseur"), delen(verzoek).get("ZVHRR").getString("id"), "Gedeelde kopie van de aanmelding.");
        beantwoord(TestTokens.voor(uniek("politie.verzoek"), "POL-RR", "politiemedewerker"), delen(verzoek).get("POL-RR").getString("id"), "Lopend onderzoek; niet verstrekken.");
        isProbleem(antwoord(charlois, deelCharlois.getString("id"), "\"1\"", "Nog eens."), 409, "AVG-056");

        // the contact point sees the progress: four of five
        JsonObject voortgang = ok(get(VERZOEKEN + "/" + id, vt));
        assertThat(voortgang.getInt("aantalDelen")).isEqualTo(5);
        assertThat(voortgang.getInt("aantalBeantwoord")).isEqualTo(4);
        assertThat(delen(voortgang).get("WT-RDAM-CHAR").getString("antwoord")).startsWith("Overdracht gevonden");
        assertThat(delen(voortgang).get("WT-RDAM-CHAR").getString("beantwoordDoor")).isNotBlank();
        beantwoord(vt, delen(verzoek).get("VTRR").getString("id"), "Twee overdrachten van ons; inhoud bij ons op te vragen.");

        // the inzage report
        HttpResponse<byte[]> pdf = bytes(VERZOEKEN + "/" + id + "/inzage", vt);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        String tekst = tekstVan(pdf.body());
        String voorVerzoeker = tekst.substring(0, tekst.indexOf("Voor de beoordelaar"));
        String voorBeoordelaar = tekst.substring(tekst.indexOf("Voor de beoordelaar"));
        assertThat(voorVerzoeker).contains("F.J. / VT-2026-0142").contains("Overdracht van Veilig Thuis aan het lokale veld")
                .contains("Aanmelding voor het casusoverleg").contains("Overige inhoud op te vragen bij Veilig Thuis Rotterdam Rijnmond")
                .contains("Overige inhoud op te vragen bij Wijkteam Feijenoord")
                .contains("Wie uw gegevens inzag").contains("Wijkteam Feijenoord").contains("Medewerker wijkteam").contains("voor een overdracht")
                .contains("Overdracht gevonden");
        assertThat(voorVerzoeker).doesNotContain("Politie").doesNotContain("Lopend onderzoek").doesNotContain("LOPEND_STRAFRECHTELIJK");
        assertThat(voorBeoordelaar).contains("Politie eenheid Rotterdam").contains("LOPEND_STRAFRECHTELIJK_ONDERZOEK");
        // her own data from each flow: name, date of birth, role and the case's facts, in both overdrachten and the aanmelding
        String vandaag = LocalDate.now(NEDERLAND).toString();
        assertThat(voorVerzoeker.split("Naam: Fatima " + familie, -1)).as("haar naam in elk van de drie bronnen").hasSize(4);
        assertThat(voorVerzoeker.split("Geboortedatum: 1990-03-01", -1)).hasSize(4);
        assertThat(voorVerzoeker.split("Uw rol: slachtoffer", -1)).hasSize(4);
        assertThat(voorVerzoeker).contains("Uitkomst van de veiligheidsbeoordeling: overdracht aan het lokale veld")
                .contains("Datum van de veiligheidsbeoordeling: 2026-11-14").contains("Datum van de melding: 2026-11-10")
                .contains("Overgedragen aan: Wijkteam Feijenoord").contains("Overgedragen aan: Wijkteam Charlois")
                .contains("Status: verzonden").contains("Verzonden op: " + vandaag)
                .contains("Overlegtafel: ").contains("Status: geaccepteerd voor het casusoverleg").contains("Aangemeld op: " + vandaag)
                .contains("Geaccepteerd voor het casusoverleg op: " + vandaag)
                .contains("Op de agenda van het casusoverleg van: " + LocalDate.now(NEDERLAND).plusDays(7));
        // never the child, the melder, the family's other members, free text about the family, or her BSN
        assertThat(tekst.split(familie, -1)).as("de familienaam alleen in haar eigen naam").hasSize(4);
        assertThat(tekst).doesNotContain(melder).doesNotContain("Noor").doesNotContain("2018-05-20").doesNotContain("Uw rol: kind")
                .doesNotContain("06-12345678").doesNotContain("geschreeuw").doesNotContain("Wie pakt wat op").doesNotContain("Geweld en schulden")
                .doesNotContain(bsn).doesNotContain(vtGebruiker);
        List<JsonObject> regels = logboekregels(vtGebruiker);
        JsonObject export = logboekregel(regels, "verzoek.inzage-exporteren", "TOEGESTAAN", id);
        List<String> persoon = export.getJsonArray("betrokkenen").getValuesAs(jakarta.json.JsonString::getString);
        assertThat(persoon).isNotEmpty().doesNotContain(kind);
        // every resource read for the report is logged on itself, with her ids only, for privacy management
        for (String gelezen : List.of(naarFeijenoord, naarCharlois, aanmelding)) {
            JsonObject regel = logboekregel(regels, "verzoek.inzage-exporteren", "TOEGESTAAN", gelezen);
            assertThat(regel.getString("doel")).isEqualTo("PRIVACYBEHEER");
            assertThat(regel.getString("organisatie")).isEqualTo("VTRR");
            assertThat(regel.getJsonArray("betrokkenen").getValuesAs(jakarta.json.JsonString::getString)).isNotEmpty()
                    .isSubsetOf(persoon).doesNotContain(kind);
        }
        assertThat(regels).filteredOn(r -> r.getString("handeling").equals("verzoek.inzage-exporteren")).as("het verzoek en drie bronnen")
                .hasSize(4);
        assertThat(regels).filteredOn(r -> r.getString("handeling").equals("verzoek.inzage-achterhouden")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getString("doel")).isEqualTo("PRIVACYBEHEER"));
        logboekregel(regels, "verzoek.registreren", "TOEGESTAAN", id);

        // a second request, at the ZVH: the police releases its holdings with its answer, so nothing is withheld
        String zvhGebruiker = uniek("zvh.vrij");
        String zvh = TestTokens.voor(zvhGebruiker, "ZVHRR", "zvh-procesregisseur");
        JsonObject tweede = lees(json("POST", VERZOEKEN, zvh, """
                {"soort": "INZAGE", "achternaam": "%s", "voornaam": "Fatima", "geboortedatum": "1990-03-01",
                 "weergave": "F.J. / ZVH-77", "ontvangenOp": "%s"}""".formatted(familie, ontvangen)));
        assertThat(delen(tweede).keySet()).containsExactlyInAnyOrder("VTRR", "WT-RDAM-FEIJ", "WT-RDAM-CHAR", "ZVHRR", "POL-RR");
        String politie = TestTokens.voor(uniek("politie.vrij"), "POL-RR", "politiemedewerker");
        String politiedeel = delen(tweede).get("POL-RR").getString("id");
        JsonObject vrij = ok(json("POST", DEELVERZOEKEN + "/" + politiedeel + "/antwoord", politie, "\"0\"",
                "{\"antwoord\":\"Uitgenodigd voor het casusoverleg; geen bezwaar tegen inzage.\",\"vrijgeven\":true}"));
        assertThat(vrij.getBoolean("vrijgegeven")).isTrue();
        String vrijTekst = tekstVan(bytes(VERZOEKEN + "/" + tweede.getString("id") + "/inzage", zvh).body());
        assertThat(vrijTekst.substring(0, vrijTekst.indexOf("Voor de beoordelaar"))).contains("Politie eenheid Rotterdam: Uitgenodigd")
                .contains("Naam: Fatima " + familie).contains("Uw rol: slachtoffer").doesNotContain("Noor").doesNotContain(melder);
        logboekregel(logboekregels(zvhGebruiker), "verzoek.inzage-exporteren", "TOEGESTAAN", aanmelding);
        assertThat(vrijTekst.substring(vrijTekst.indexOf("Voor de beoordelaar"))).contains("Niets achtergehouden")
                .doesNotContain("LOPEND_STRAFRECHTELIJK");
        assertThat(logboekregels(zvhGebruiker)).noneMatch(r -> r.getString("handeling").equals("verzoek.inzage-achterhouden"));

        // all answered: the requester informed; the request is done
        JsonObject af = ok(json("POST", VERZOEKEN + "/" + id + "/verzoeker-geinformeerd", vt, "\"" + voortgang.getInt("versie") + "\"",
                "{\"datum\":\"" + LocalDate.now(NEDERLAND) + "\"}"));
        assertThat(af.getString("status")).isEqualTo("AFGEROND");
        assertThat(af.getString("verzoekerGeinformeerdOp")).isEqualTo(LocalDate.now(NEDERLAND).toString());
    }

    @Test
    void eenCrisisdossierToontDeOuderMetHaarRolEnDeDatumsNietHetKindOfDeVrijeTekst() {
        String familie = naam("Fictief");
        String bsn = nieuwBsn();
        HttpResponse<String> gemeld = json("POST", "/api/v1/crisismeldingen", TestTokens.voor(uniek("vt.crisis.verzoek"), "VTRR",
                "crisismedewerker"), null, """
                {"watIsErGebeurd": "Ernstig geweld tussen ouders, Noor thuis (fictief).", "directeVeiligheid": "Vader aangehouden (fictief).",
                 "betrokkenen": [{"rol": "OUDER", "voornaam": "Sanne", "achternaam": "%s", "geboortedatum": "1990-03-14", "bsn": "%s"},
                                 {"rol": "KIND", "voornaam": "Noor", "achternaam": "%s", "geboortedatum": "2019-06-01"}],
                 "partners": ["CIT-JBRR"], "sof7": true}""".formatted(familie, bsn, familie));
        assertThat(gemeld.statusCode()).as(gemeld.body()).isEqualTo(201);
        String dossier = lees(gemeld).getString("id");

        String vtGebruiker = uniek("vt.crisis.inzage");
        String vt = TestTokens.voor(vtGebruiker, "VTRR", "procesregisseur");
        JsonObject verzoek = lees(json("POST", VERZOEKEN, vt, """
                {"soort": "INZAGE", "bsn": "%s", "weergave": "S.F. / VT-CRISIS", "ontvangenOp": "%s"}""".formatted(bsn, LocalDate.now(NEDERLAND))));
        assertThat(delen(verzoek).keySet()).contains("VTRR", "CIT-JBRR");
        String tekst = tekstVan(bytes(VERZOEKEN + "/" + verzoek.getString("id") + "/inzage", vt).body());
        String voorVerzoeker = tekst.substring(0, tekst.indexOf("Voor de beoordelaar"));

        assertThat(voorVerzoeker).contains("Gezamenlijk crisisdossier").contains("Naam: Sanne " + familie)
                .contains("Geboortedatum: 1990-03-14").contains("Uw rol: ouder").contains("Status: open")
                .contains("Gestart op: " + LocalDate.now(NEDERLAND)).contains("Veiligheidsonderzoek (SOF7) gestart op: " + LocalDate.now(NEDERLAND))
                .contains("Overige inhoud op te vragen bij ");
        assertThat(tekst.split(familie, -1)).as("de familienaam alleen in haar eigen naam").hasSize(2);
        assertThat(tekst).doesNotContain("Noor").doesNotContain("2019-06-01").doesNotContain("Ernstig geweld").doesNotContain("aangehouden")
                .doesNotContain(bsn);
        JsonObject regel = logboekregel(logboekregels(vtGebruiker), "verzoek.inzage-exporteren", "TOEGESTAAN", dossier);
        assertThat(regel.getString("doel")).isEqualTo("PRIVACYBEHEER");
        assertThat(regel.getString("bronType")).isEqualTo("CRISISDOSSIER");
        assertThat(regel.getJsonArray("betrokkenen")).hasSize(1);
    }

    @Test
    void deTermijnIsEenMaandEenmaalTeVerlengenMetRedenEnTeLaatNaDeUitersteDag() {
        String vt = TestTokens.voor(uniek("vt.termijn"), "VTRR", "procesregisseur");
        String zvh = TestTokens.voor(uniek("zvh.termijn"), "ZVHRR", "zvh-procesregisseur");
        LocalDate vandaag = LocalDate.now(NEDERLAND);
        // received 40 days ago: a month has passed, so it is overdue today (the receipt date sets the clock)
        JsonObject oud = registreer(zvh, "CORRECTIE", vandaag.minusDays(40));
        assertThat(oud.getString("uiterlijkOp")).isEqualTo(vandaag.minusDays(40).plusMonths(1).toString());
        assertThat(oud.getBoolean("teLaat")).isTrue();
        assertThat(oud.getJsonNumber("dagenOver").longValue()).isNegative();
        assertThat(oud.getString("contactpunt")).isEqualTo("ZVHRR");
        assertThat(ok(get(VERZOEKEN, zvh)).getJsonObject("_embedded").getJsonArray("verzoeken").getValuesAs(JsonObject.class))
                .anySatisfy(v -> {
                    assertThat(v.getString("id")).isEqualTo(oud.getString("id"));
                    assertThat(v.getBoolean("teLaat")).isTrue();
                });
        JsonObject tegel = tegels(zvh).get("verzoeken-te-laat");
        assertThat(tegel.getJsonNumber("aantal").longValue()).isPositive();
        assertThat(tegel.getBoolean("vraagtAandacht")).isTrue();

        String pad = VERZOEKEN + "/" + oud.getString("id");
        isProbleem(json("POST", pad + "/verlenging", zvh, "\"0\"", "{\"reden\":\"  \"}"), 400, "AVG-053");
        isProbleem(json("POST", pad + "/verlenging", zvh, null, "{\"reden\":\"Vijf partners.\"}"), 428, "API-428");
        JsonObject verlengd = ok(json("POST", pad + "/verlenging", zvh, "\"0\"", "{\"reden\":\"Vijf partners; de politie vraagt tijd.\"}"));
        assertThat(verlengd.getBoolean("verlengd")).isTrue();
        assertThat(verlengd.getJsonObject("verlenging").getString("reden")).isEqualTo("Vijf partners; de politie vraagt tijd.");
        assertThat(verlengd.getString("uiterlijkOp")).isEqualTo(vandaag.minusDays(40).plusMonths(3).toString());
        assertThat(verlengd.getBoolean("teLaat")).isFalse();
        isProbleem(json("POST", pad + "/verlenging", zvh, "\"1\"", "{\"reden\":\"Nog eens.\"}"), 409, "AVG-054");
        isProbleem(json("POST", pad + "/verlenging", zvh, "\"0\"", "{\"reden\":\"Oud.\"}"), 409, "AVG-054");

        // a new request is due in a calendar month and is no inzage: no report
        JsonObject nieuw = registreer(vt, "VERNIETIGING", vandaag);
        assertThat(nieuw.getString("uiterlijkOp")).isEqualTo(vandaag.plusMonths(1).toString());
        assertThat(nieuw.getJsonNumber("dagenOver").longValue()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(vandaag, vandaag.plusMonths(1)));
        assertThat(nieuw.getJsonArray("delen")).as("een onbekende persoon: niemand houdt iets").isEmpty();
        isProbleem(Api.get(VERZOEKEN + "/" + nieuw.getString("id") + "/inzage", vt), 409, "AVG-059");
        isProbleem(json("POST", VERZOEKEN, vt, "{\"soort\":\"INZAGE\",\"weergave\":\"F.J.\",\"ontvangenOp\":\"" + vandaag.plusDays(1) + "\"}"),
                400, "AVG-050");
    }

    @Test
    void eenRolZonderRegelEenOrganisatieZonderContactpuntEnEenAnderContactpuntWordenGeweigerdEnGelogd() {
        String vt = TestTokens.voor(uniek("vt.eigen"), "VTRR", "procesregisseur");
        JsonObject verzoek = registreer(vt, "BEZWAAR", LocalDate.now(NEDERLAND));
        String body = "{\"soort\":\"INZAGE\",\"bsn\":\"" + nieuwBsn() + "\",\"weergave\":\"X.\",\"ontvangenOp\":\"" + LocalDate.now(NEDERLAND) + "\"}";

        String wt = uniek("wt.verzoek.rol");
        isProbleem(json("POST", VERZOEKEN, TestTokens.voor(wt, "WT-RDAM-FEIJ", "wijkteammedewerker"), body), 403, "TGN-002");
        assertThat(logboekregels(wt)).singleElement().satisfies(r -> {
            assertThat(r.getString("handeling")).isEqualTo("verzoek.registreren");
            assertThat(r.getString("uitkomst")).isEqualTo("GEWEIGERD");
            assertThat(r.getString("organisatie")).isEqualTo("WT-RDAM-FEIJ");
        });
        String fg = uniek("fg.verzoek");
        isProbleem(get(DEELVERZOEKEN, TestTokens.voor(fg, "VTRR", "functionaris-gegevensbescherming")), 403, "TGN-002");
        assertThat(logboekregels(fg)).singleElement().satisfies(r -> assertThat(r.getString("handeling")).isEqualTo("deelverzoek.lezen"));

        // a procesregisseur's role, but at an organisation that is no contact point
        String elders = uniek("pr.elders");
        isProbleem(json("POST", VERZOEKEN, TestTokens.voor(elders, "FIL", "procesregisseur"), body), 403, "AVG-051");
        assertThat(logboekregels(elders)).singleElement().satisfies(r -> {
            assertThat(r.getString("handeling")).isEqualTo("verzoek.registreren");
            assertThat(r.getString("uitkomst")).isEqualTo("GEWEIGERD");
        });

        // the ZVH does not see Veilig Thuis's request
        String zvh = uniek("zvh.ander");
        isProbleem(get(VERZOEKEN + "/" + verzoek.getString("id"), TestTokens.voor(zvh, "ZVHRR", "zvh-procesregisseur")), 404, "AVG-052");
        logboekregel(logboekregels(zvh), "verzoek.lezen", "GEWEIGERD", verzoek.getString("id"));
        isProbleem(bytesAlsTekst(VERZOEKEN + "/" + verzoek.getString("id") + "/inzage", TestTokens.voor(uniek("pol.inzage"), "POL-RR",
                "politiemedewerker")), 403, "TGN-002");
    }

    // ---- steps

    private static JsonObject registreer(String token, String soort, LocalDate ontvangen) {
        HttpResponse<String> antwoord = json("POST", VERZOEKEN, token, """
                {"soort": "%s", "bsn": "%s", "weergave": "T.T. / 2026-%d", "ontvangenOp": "%s"}"""
                .formatted(soort, nieuwBsn(), ThreadLocalRandom.current().nextInt(1000, 9999), ontvangen));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        return lees(antwoord);
    }

    private static Map<String, JsonObject> delen(JsonObject verzoek) {
        return verzoek.getJsonArray("delen").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(d -> d.getString("organisatie"), d -> d));
    }

    /** The part with this id in the caller's own list. */
    private static JsonObject eigenDeel(String token, String deelId) {
        JsonObject lijst = ok(get(DEELVERZOEKEN, token));
        List<JsonObject> delen = lijst.getJsonObject("_embedded").getJsonArray("deelverzoeken").getValuesAs(JsonObject.class);
        return delen.stream().filter(d -> d.getString("id").equals(deelId)).findFirst()
                .orElseThrow(() -> new AssertionError("deel " + deelId + " niet in " + lijst));
    }

    private static void beantwoord(String token, String deelId, String tekst) {
        JsonObject deel = eigenDeel(token, deelId);
        assertThat(deel.getString("status")).isEqualTo("OPEN");
        HttpResponse<String> antwoord = antwoord(token, deel.getString("id"), "\"" + deel.getInt("versie") + "\"", tekst);
        JsonObject beantwoord = ok(antwoord);
        assertThat(beantwoord.getString("status")).isEqualTo("BEANTWOORD");
        assertThat(beantwoord.getString("antwoord")).isEqualTo(tekst);
    }

    private static HttpResponse<String> antwoord(String token, String deelId, String ifMatch, String tekst) {
        return json("POST", DEELVERZOEKEN + "/" + deelId + "/antwoord", token, ifMatch, "{\"antwoord\":\"" + tekst + "\"}");
    }

    private static Map<String, JsonObject> tegels(String token) {
        return ok(get("/api/v1/mijn-werk", token)).getJsonArray("tegels").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("stroom").equals("verzoeken")).collect(Collectors.toMap(t -> t.getString("code"), t -> t));
    }

    /** An overdracht of Veilig Thuis about Fatima (this BSN), her child Noor and a melder, sent to {@code ontvanger}. */
    private static String overdracht(String vt, String familie, String bsn, String melder, String ontvanger) {
        HttpResponse<String> concept = json("POST", "/api/v1/overdrachten", vt, """
                {"aanleiding": {"meldingSamenvatting": "Buren hoorden geschreeuw (fictief).", "meldingDatum": "2026-11-10"},
                 "veiligheidsbeoordeling": {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "datum": "2026-11-14"},
                 "betrokkenen": [{"rol": "SLACHTOFFER", "identiteit": {"voornaam": "Fatima", "achternaam": "%s",
                                  "geboortedatum": "1990-03-01"}, "bsn": "%s"},
                                 {"rol": "KIND", "identiteit": {"voornaam": "Noor", "achternaam": "%s", "geboortedatum": "2018-05-20"},
                                  "bsn": "%s"}],
                 "melder": {"naam": "%s", "relatie": "buur", "telefoon": "06-12345678"}}"""
                .formatted(familie, bsn, familie, nieuwBsn(), melder));
        assertThat(concept.statusCode()).as(concept.body()).isEqualTo(201);
        String pad = "/api/v1/overdrachten/" + lees(concept).getString("id");
        HttpResponse<String> verzonden = json("POST", pad + "/verzending", vt, concept.headers().firstValue("ETag").orElseThrow(),
                "{\"ontvangendeOrganisatie\":\"" + ontvanger + "\",\"categorieen\":[\"IDENTITEIT\",\"VEILIGHEID\"]," + Api.CONTACTPERSOON_VT + "}");
        assertThat(verzonden.statusCode()).as(verzonden.body()).isEqualTo(200);
        return lees(concept).getString("id");
    }

    /** An aanmelding by the wijkteam about Fatima, accepted by the ZVH and on an agenda with the police invited. */
    private static String casusoverlegMetPolitie(String wijkteam, String familie) {
        String zvh = TestTokens.voor(uniek("zvh.casus"), "ZVHRR", "zvh-procesregisseur");
        HttpResponse<String> gemeld = json("POST", "/api/v1/aanmeldingen", wijkteam, """
                {"overlegtafel": "%s", "vraag": "Wie pakt wat op?",
                 "criteria": [
                   {"criterium": "MEERDERE_PROBLEEMGEBIEDEN", "voldaan": true, "toelichting": "Geweld en schulden."},
                   {"criterium": "MEERDERE_KETENS", "voldaan": true, "toelichting": "Politie en wijkteam zijn betrokken."},
                   {"criterium": "IMPACT_GEZINSSYSTEEM", "voldaan": true, "toelichting": "Een jong kind in huis."}],
                 "betrokkenen": [{"rol": "SLACHTOFFER", "voornaam": "Fatima", "achternaam": "%s", "geboortedatum": "1990-03-01"},
                                 {"rol": "KIND", "voornaam": "Noor", "achternaam": "%s", "geboortedatum": "2018-05-20"}],
                 "voorgesteldePartners": ["POL-RR"]}""".formatted(TAFEL, familie, familie));
        assertThat(gemeld.statusCode()).as(gemeld.body()).isEqualTo(201);
        String aanmelding = "/api/v1/aanmeldingen/" + lees(gemeld).getString("id");
        HttpResponse<String> geaccepteerd = Api.post(aanmelding + "/acceptatie", zvh, Api.etag(gemeld));
        assertThat(geaccepteerd.statusCode()).as(geaccepteerd.body()).isEqualTo(200);
        HttpResponse<String> overleg = json("POST", "/api/v1/casusoverleggen", zvh, """
                {"overlegtafel": "%s", "datum": "%s", "aanvang": "13:30", "einde": "16:00",
                 "plaats": "Zorg- en Veiligheidshuis, vergaderzaal 2", "voorzitter": "A. de Voorzitter (VT)",
                 "notulist": "B. de Notulist (ZVH)"}""".formatted(TAFEL, LocalDate.now(NEDERLAND).plusDays(7)));
        assertThat(overleg.statusCode()).as(overleg.body()).isEqualTo(201);
        String overlegPad = "/api/v1/casusoverleggen/" + lees(overleg).getString("id");
        HttpResponse<String> punt = json("POST", overlegPad + "/agendapunten", zvh, Api.etag(overleg),
                "{\"aanmelding\":\"" + lees(gemeld).getString("id") + "\"}");
        assertThat(punt.statusCode()).as(punt.body()).isEqualTo(201);
        String puntPad = URI.create(punt.headers().firstValue("Location").orElseThrow()).getPath();
        HttpResponse<String> uitgenodigd = json("POST", puntPad + "/uitnodigingen", zvh, null, "{\"organisatie\":\"POL-RR\"}");
        assertThat(uitgenodigd.statusCode()).as(uitgenodigd.body()).isEqualTo(201);
        return lees(gemeld).getString("id");
    }

    private static HttpResponse<byte[]> bytes(String pad, String token) {
        try {
            return HTTP.send(Api.verzoek(pad, token).version(HttpClient.Version.HTTP_1_1).header("Accept", "application/pdf").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> bytesAlsTekst(String pad, String token) {
        return Api.stuur(Api.verzoek(pad, token).header("Accept", "application/pdf, application/problem+json").GET());
    }

    private static String tekstVan(byte[] pdf) {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fictional name of letters only, new for this run. */
    private static String naam(String begin) {
        StringBuilder naam = new StringBuilder(begin);
        for (int i = 0; i < 8; i++) {
            naam.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return naam.toString();
    }

    /** Nine digits that pass the elfproef, at random. */
    private static String nieuwBsn() {
        while (true) {
            StringBuilder bsn = new StringBuilder();
            int som = 0;
            for (int i = 0; i < 8; i++) {
                int cijfer = ThreadLocalRandom.current().nextInt(i == 0 ? 1 : 0, 10);
                som += (9 - i) * cijfer;
                bsn.append(cijfer);
            }
            if (som % 11 < 10) {
                return bsn.append(som % 11).toString();
            }
        }
    }
}
