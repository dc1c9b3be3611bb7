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
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.TestTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The functionaris gegevensbescherming's view of every contact point's requests with their clocks (issue 15,
 * {@code GET /verzoektermijnen}, {@code verzoek.overzien}). An inzage request at Veilig Thuis received two months ago about
 * a person in an overdracht to Wijkteam Feijenoord (parts: Veilig Thuis, answered; the wijkteam, open) and a fresh
 * bezwaar at the Zorg- en Veiligheidshuis: the fg sees both, the overdue one first, the wijkteam's part late and Veilig
 * Thuis's answered part not; without the contact point's reference or any answer; each listed request logged on it; and a
 * tile "Verzoeken over de termijn" on Mijn werk. Refused (403 TGN-002, each with its logboek row): a partner (the police)
 * and the contact point of another organisation (the ZVH's procesregisseur).
 */
@PlatformIT
@RunAsClient
class VerzoektermijnenIT {

    private static final String TERMIJNEN = "/api/v1/verzoektermijnen";
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void deFunctionarisZietElkVerzoekVanElkContactpuntMetDeTeLateEerstEnZonderPersoonsgegevens() {
        String vt = TestTokens.voor(uniek("vt.termijn"), "VTRR", "procesregisseur");
        String bsn = nieuwBsn();
        overdracht(vt, bsn, "WT-RDAM-FEIJ");
        LocalDate vandaag = LocalDate.now(NEDERLAND);
        JsonObject oud = registreer(vt, "INZAGE", bsn, "O.T. / VT-OUD", vandaag.minusMonths(2));
        String deelVt = delen(oud).get("VTRR").getString("id");
        beantwoord(vt, deelVt, "Een overdracht van ons gevonden.");
        String zvh = TestTokens.voor(uniek("zvh.termijn"), "ZVHRR", "zvh-procesregisseur");
        JsonObject vers = registreer(zvh, "BEZWAAR", nieuwBsn(), "V.Z. / ZVH-VERS", vandaag);

        String fgGebruiker = uniek("fg.termijnen");
        String fg = TestTokens.voor(fgGebruiker, "VTRR", "functionaris-gegevensbescherming");
        HttpResponse<String> antwoord = get(TERMIJNEN, fg);
        JsonObject pagina = ok(antwoord);
        List<JsonObject> lijst = pagina.getJsonObject("_embedded").getJsonArray("verzoektermijnen").getValuesAs(JsonObject.class);
        List<String> ids = lijst.stream().map(v -> v.getString("id")).toList();
        assertThat(ids).contains(oud.getString("id"), vers.getString("id"));
        assertThat(ids.indexOf(oud.getString("id"))).as("de te late eerst").isLessThan(ids.indexOf(vers.getString("id")));
        // every late request stands before every request that is not late
        assertThat(lijst.stream().map(v -> v.getBoolean("teLaat")).toList()).isSortedAccordingTo((a, b) -> Boolean.compare(b, a));

        JsonObject teLaat = lijst.get(ids.indexOf(oud.getString("id")));
        assertThat(teLaat.getString("soort")).isEqualTo("INZAGE");
        assertThat(teLaat.getString("contactpunt")).isEqualTo("VTRR");
        assertThat(teLaat.getString("ontvangenOp")).isEqualTo(vandaag.minusMonths(2).toString());
        assertThat(teLaat.getString("uiterlijkOp")).isEqualTo(vandaag.minusMonths(2).plusMonths(1).toString());
        assertThat(teLaat.getBoolean("verlengd")).isFalse();
        assertThat(teLaat.getBoolean("teLaat")).isTrue();
        assertThat(teLaat.getJsonNumber("dagenOver").longValue()).isNegative();
        Map<String, JsonObject> delen = delen(teLaat);
        assertThat(delen.keySet()).containsExactlyInAnyOrder("VTRR", "WT-RDAM-FEIJ");
        assertThat(delen.get("WT-RDAM-FEIJ").getString("status")).isEqualTo("OPEN");
        assertThat(delen.get("WT-RDAM-FEIJ").getBoolean("teLaat")).isTrue();
        assertThat(delen.get("VTRR").getString("status")).isEqualTo("BEANTWOORD");
        assertThat(delen.get("VTRR").getBoolean("teLaat")).as("beantwoord is niet te laat").isFalse();
        JsonObject opTijd = lijst.get(ids.indexOf(vers.getString("id")));
        assertThat(opTijd.getString("contactpunt")).isEqualTo("ZVHRR");
        assertThat(opTijd.getBoolean("teLaat")).isFalse();
        // no person data: not the contact point's reference, not the answers, not the persons' ids
        assertThat(antwoord.body()).doesNotContain("O.T. / VT-OUD").doesNotContain("V.Z. / ZVH-VERS").doesNotContain("Een overdracht van ons")
                .doesNotContain("betrokkenen").doesNotContain("weergave").doesNotContain(bsn);
        assertThat(antwoord.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

        // each listed request logged on it, allowed, with the persons it concerns
        List<JsonObject> regels = logboekregels(fgGebruiker);
        assertThat(regels).hasSize(lijst.size()).allSatisfy(r -> {
            assertThat(r.getString("handeling")).isEqualTo("verzoek.overzien");
            assertThat(r.getString("uitkomst")).isEqualTo("TOEGESTAAN");
            assertThat(r.getString("doel")).isEqualTo("PRIVACYBEHEER");
        });
        assertThat(logboekregel(regels, "verzoek.overzien", "TOEGESTAAN", oud.getString("id")).getJsonArray("betrokkenen")).isNotEmpty();
        logboekregel(regels, "verzoek.overzien", "TOEGESTAAN", vers.getString("id"));

        // the fg's tile on Mijn werk counts the overdue ones
        JsonObject tegel = ok(get("/api/v1/mijn-werk", fg)).getJsonArray("tegels").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("verzoeken-over-de-termijn")).findFirst().orElseThrow();
        assertThat(tegel.getString("titel")).isEqualTo("Verzoeken over de termijn");
        assertThat(tegel.getJsonNumber("aantal").longValue()).isEqualTo(lijst.stream().filter(v -> v.getBoolean("teLaat")).count()).isPositive();
        assertThat(tegel.getBoolean("vraagtAandacht")).isTrue();
        assertThat(tegel.getString("scherm")).isEqualTo("#/verzoektermijnen");
    }

    @Test
    void eenPartnerEnHetContactpuntVanEenAndereOrganisatieWordenGeweigerdEnGelogd() {
        registreer(TestTokens.voor(uniek("vt.termijn.weiger"), "VTRR", "procesregisseur"), "CORRECTIE", nieuwBsn(), "W.W. / VT-1",
                LocalDate.now(NEDERLAND).minusMonths(2));
        for (String[] wie : List.of(new String[] {uniek("pol.termijnen"), "POL-RR", "politiemedewerker"},
                new String[] {uniek("zvh.termijnen"), "ZVHRR", "zvh-procesregisseur"})) {
            HttpResponse<String> antwoord = get(TERMIJNEN, TestTokens.voor(wie[0], wie[1], wie[2]));
            isProbleem(antwoord, 403, "TGN-002");
            assertThat(antwoord.body()).doesNotContain("VT-1");
            assertThat(logboekregels(wie[0])).as(wie[2]).singleElement().satisfies(r -> {
                assertThat(r.getString("handeling")).isEqualTo("verzoek.overzien");
                assertThat(r.getString("uitkomst")).isEqualTo("GEWEIGERD");
                assertThat(r.getString("organisatie")).isEqualTo(wie[1]);
            });
            // and no tile for them
            assertThat(ok(get("/api/v1/mijn-werk", TestTokens.voor(wie[0], wie[1], wie[2]))).getJsonArray("tegels").getValuesAs(JsonObject.class))
                    .noneMatch(t -> t.getString("code").equals("verzoeken-over-de-termijn"));
        }
    }

    // ---- steps

    private static JsonObject registreer(String token, String soort, String bsn, String weergave, LocalDate ontvangen) {
        HttpResponse<String> antwoord = json("POST", "/api/v1/verzoeken", token, """
                {"soort": "%s", "bsn": "%s", "weergave": "%s", "ontvangenOp": "%s"}""".formatted(soort, bsn, weergave, ontvangen));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        return lees(antwoord);
    }

    private static Map<String, JsonObject> delen(JsonObject verzoek) {
        return verzoek.getJsonArray("delen").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(d -> d.getString("organisatie"), d -> d));
    }

    private static void beantwoord(String token, String deelId, String tekst) {
        JsonObject deel = ok(get("/api/v1/deelverzoeken", token)).getJsonObject("_embedded").getJsonArray("deelverzoeken")
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("id").equals(deelId)).findFirst().orElseThrow();
        HttpResponse<String> antwoord = json("POST", "/api/v1/deelverzoeken/" + deelId + "/antwoord", token, "\"" + deel.getInt("versie") + "\"",
                "{\"antwoord\":\"" + tekst + "\"}");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
    }

    /** An overdracht of Veilig Thuis about a (fictional) person with this BSN, sent to {@code ontvanger}. */
    private static void overdracht(String vt, String bsn, String ontvanger) {
        HttpResponse<String> concept = json("POST", "/api/v1/overdrachten", vt, """
                {"aanleiding": {"meldingSamenvatting": "Buren hoorden geschreeuw (fictief).", "meldingDatum": "2026-11-10"},
                 "veiligheidsbeoordeling": {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "datum": "2026-11-14"},
                 "betrokkenen": [{"rol": "SLACHTOFFER", "identiteit": {"voornaam": "Fenna", "achternaam": "Termijntest",
                                  "geboortedatum": "1991-04-02"}, "bsn": "%s"}],
                 "melder": {"naam": "M. Termijn", "relatie": "buur", "telefoon": "06-12345678"}}""".formatted(bsn));
        assertThat(concept.statusCode()).as(concept.body()).isEqualTo(201);
        String pad = "/api/v1/overdrachten/" + lees(concept).getString("id");
        HttpResponse<String> verzonden = json("POST", pad + "/verzending", vt, concept.headers().firstValue("ETag").orElseThrow(),
                "{\"ontvangendeOrganisatie\":\"" + ontvanger + "\",\"categorieen\":[\"IDENTITEIT\",\"VEILIGHEID\"]," + Api.CONTACTPERSOON_VT + "}");
        assertThat(verzonden.statusCode()).as(verzonden.body()).isEqualTo(200);
    }

    /** A fictional BSN that passes the eleven test, different each call. */
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
