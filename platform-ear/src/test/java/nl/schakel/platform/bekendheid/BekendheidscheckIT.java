package nl.schakel.platform.bekendheid;

import static nl.schakel.platform.Api.get;
import static nl.schakel.platform.Api.json;
import static nl.schakel.platform.Api.lees;
import static nl.schakel.platform.Api.ok;
import static nl.schakel.platform.Logboekcontrole.logboekregels;
import static nl.schakel.platform.Logboekcontrole.sub;
import static nl.schakel.platform.Logboekcontrole.uniek;
import static nl.schakel.platform.Probleemcontrole.isProbleem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.TestTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The bekendheidscheck on the real platform: a person in an overdracht (Veilig Thuis to Wijkteam Feijenoord, with BSN,
 * name and date of birth) and in a crisis file (Veilig Thuis, the CIT and the Raad, with the BSN) is known to exactly
 * those organisations, by BSN and by name and date; an unknown person is not; the answer has only
 * {@code bekend} and {@code organisaties} with code, name and mailbox; the asker's row and a row per organisation
 * found are in the logboek; the eleventh check in the hour is 429 AVG-023 with Retry-After while another user goes on;
 * a role without the rule gets 403 TGN-002, logged.
 */
@PlatformIT
@RunAsClient
class BekendheidscheckIT {

    private static final String CHECK = "/api/v1/bekendheidscheck";
    private static final String HANDELING = "bekendheidscheck.vragen";

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void eenPersoonInTweeStromenIsBekendBijPreciesDieOrganisaties() {
        String bsn = nieuwBsn();
        String familie = familienaam();
        String overdracht = overdrachtAanFeijenoord(bsn, familie);
        String crisis = crisisMetCitEnRaad(bsn, familie);
        String vraagsteller = uniek("cit.bekend");
        String cit = TestTokens.voor(vraagsteller, "CIT-JBRR", "cit-medewerker");

        JsonObject opBsn = ok(vraag(cit, "{\"bsn\":\"" + bsn + "\"}"));

        assertThat(opBsn.keySet()).containsExactlyInAnyOrder("bekend", "organisaties");
        assertThat(opBsn.getBoolean("bekend")).isTrue();
        List<JsonObject> organisaties = opBsn.getJsonArray("organisaties").getValuesAs(JsonObject.class);
        // the asker's own organisation is listed too: a colleague's crisis file is what the asker should know of
        assertThat(organisaties).extracting(o -> o.getString("code"))
                .containsExactlyInAnyOrder("VTRR", "WT-RDAM-FEIJ", "CIT-JBRR", "RVDK-RR");
        assertThat(organisaties).allSatisfy(o -> assertThat(o.keySet()).containsExactlyInAnyOrder("code", "naam", "functioneleMailbox"));
        assertThat(organisaties).filteredOn(o -> o.getString("code").equals("VTRR")).singleElement().satisfies(o -> {
            assertThat(o.getString("naam")).isEqualTo("Veilig Thuis Rotterdam Rijnmond");
            assertThat(o.getString("functioneleMailbox")).isEqualTo("meldingen@vtrr.demo.schakel.example");
        });
        assertThat(opBsn.toString()).doesNotContain(familie).doesNotContain(bsn).doesNotContain(overdracht).doesNotContain(crisis)
                .doesNotContainIgnoringCase("overdracht").doesNotContainIgnoringCase("crisisdossier").doesNotContain("2026");

        // by name and date (the overdracht registered them with the person its BSN named), any spelling, without BSN
        String wtGebruiker = uniek("wt.charlois.bekend");
        String charlois = TestTokens.voor(wtGebruiker, "WT-RDAM-CHAR", "wijkteammedewerker");
        JsonObject opNaam = ok(vraag(charlois, "{\"achternaam\":\"van " + familie.toUpperCase() + "\",\"geboortedatum\":\"1990-03-01\"}"));
        assertThat(opNaam.getJsonArray("organisaties").getValuesAs(JsonObject.class)).extracting(o -> o.getString("code"))
                .containsExactlyInAnyOrder("VTRR", "WT-RDAM-FEIJ", "CIT-JBRR", "RVDK-RR");
        JsonObject metVoornaam = ok(vraag(charlois, "{\"achternaam\":\"" + familie + "\",\"voornaam\":\"fátima\",\"geboortedatum\":\"1990-03-01\"}"));
        assertThat(metVoornaam.getBoolean("bekend")).isTrue();
        assertThat(ok(vraag(charlois, "{\"achternaam\":\"" + familie + "\",\"voornaam\":\"Sanne\",\"geboortedatum\":\"1990-03-01\"}"))
                .getBoolean("bekend")).as("een andere voornaam").isFalse();

        // the asker's side: one row without resource, purpose BEKENDHEIDSCHECK, naming the person by platform id only
        List<JsonObject> eigen = logboekregels(vraagsteller);
        List<JsonObject> vragerregels = eigen.stream().filter(r -> !r.containsKey("bronId") || r.isNull("bronId")).toList();
        assertThat(vragerregels).singleElement().satisfies(r -> {
            assertThat(r.getString("handeling")).isEqualTo(HANDELING);
            assertThat(r.getString("uitkomst")).isEqualTo("TOEGESTAAN");
            assertThat(r.getString("doel")).isEqualTo("BEKENDHEIDSCHECK");
            assertThat(r.getString("organisatie")).isEqualTo("CIT-JBRR");
            assertThat(r.getJsonArray("betrokkenen")).hasSize(1);
        });
        String persoon = vragerregels.get(0).getJsonArray("betrokkenen").getString(0);
        // the other side: one row per organisation found, on that organisation, that its privacy officer finds
        Map<String, String> ids = organisatieIds("VTRR", "WT-RDAM-FEIJ", "CIT-JBRR", "RVDK-RR", "WT-RDAM-CHAR");
        assertThat(eigen.stream().filter(r -> "ORGANISATIE".equals(r.getString("bronType", null))).map(r -> r.getString("bronId")))
                .containsExactlyInAnyOrder(ids.get("VTRR"), ids.get("WT-RDAM-FEIJ"), ids.get("CIT-JBRR"), ids.get("RVDK-RR"));
        List<JsonObject> bijFeijenoord = opOrganisatie(ids.get("WT-RDAM-FEIJ"));
        assertThat(bijFeijenoord).filteredOn(r -> r.getString("gebruiker").equals(sub(vraagsteller))).singleElement().satisfies(r -> {
            assertThat(r.getString("handeling")).isEqualTo(HANDELING);
            assertThat(r.getString("uitkomst")).isEqualTo("TOEGESTAAN");
            assertThat(r.getString("organisatie")).as("wie vroeg").isEqualTo("CIT-JBRR");
            assertThat(r.getString("rol")).isEqualTo("cit-medewerker");
            assertThat(r.getString("doel")).isEqualTo("BEKENDHEIDSCHECK");
            assertThat(r.getJsonArray("betrokkenen").getValuesAs(jakarta.json.JsonString::getString)).containsExactly(persoon);
        });
        assertThat(opOrganisatie(ids.get("WT-RDAM-CHAR"))).as("de vrager zelf hield niets").noneMatch(r -> r.getString("gebruiker")
                .equals(sub(vraagsteller)));
        assertThat(eigen.toString()).doesNotContain(familie).doesNotContain(bsn);
    }

    @Test
    void eenOnbekendePersoonIsNietBekendInHetzelfdeAntwoord() {
        String gebruiker = uniek("vt.onbekend");
        String vt = TestTokens.voor(gebruiker, "VTRR", "procesregisseur");

        JsonObject opBsn = ok(vraag(vt, "{\"bsn\":\"" + nieuwBsn() + "\"}"));
        assertThat(opBsn.keySet()).containsExactlyInAnyOrder("bekend", "organisaties");
        assertThat(opBsn.getBoolean("bekend")).isFalse();
        assertThat(opBsn.getJsonArray("organisaties")).isEmpty();
        JsonObject opNaam = ok(vraag(vt, "{\"achternaam\":\"" + familienaam() + "\",\"voornaam\":\"Noor\",\"geboortedatum\":\"2018-05-20\"}"));
        assertThat(opNaam).isEqualTo(opBsn);

        List<JsonObject> regels = logboekregels(gebruiker);
        assertThat(regels).hasSize(2).allSatisfy(r -> {
            assertThat(r.getString("handeling")).isEqualTo(HANDELING);
            assertThat(r.getString("uitkomst")).isEqualTo("TOEGESTAAN");
            assertThat(r.getJsonArray("betrokkenen")).isEmpty();
        });
    }

    @Test
    void deElfdeCheckInHetUurIs429MetRetryAfterEnEenAndereGebruikerGaatDoor() {
        String gebruiker = uniek("wt.schiedam.limiet");
        String schiedam = TestTokens.voor(gebruiker, "LT-SCHIEDAM", "wijkteammedewerker");
        for (int i = 0; i < 10; i++) {
            ok(vraag(schiedam, "{\"bsn\":\"" + nieuwBsn() + "\"}"));
        }

        HttpResponse<String> elfde = vraag(schiedam, "{\"bsn\":\"" + nieuwBsn() + "\"}");
        JsonObject probleem = isProbleem(elfde, 429, "AVG-023");
        assertThat(probleem.getString("detail")).contains("10 per uur").contains("30 per dag");
        long wacht = Long.parseLong(elfde.headers().firstValue("Retry-After").orElseThrow());
        assertThat(wacht).isBetween(3300L, 3600L);
        // the form is checked before the limit: a malformed question is a 400 and counts for nothing
        isProbleem(vraag(schiedam, "{}"), 400, "AVG-020");

        ok(vraag(TestTokens.voor(uniek("wt.schiedam.ander"), "LT-SCHIEDAM", "wijkteammedewerker"), "{\"bsn\":\"" + nieuwBsn() + "\"}"));

        List<JsonObject> regels = logboekregels(gebruiker);
        assertThat(regels).filteredOn(r -> r.getString("uitkomst").equals("TOEGESTAAN")).hasSize(10);
        assertThat(regels).filteredOn(r -> r.getString("uitkomst").equals("GEWEIGERD")).singleElement().satisfies(r -> {
            assertThat(r.getString("handeling")).isEqualTo(HANDELING);
            assertThat(r.getJsonArray("betrokkenen")).as("geweigerd voor het zoeken: niemand gezocht").isEmpty();
        });
    }

    @Test
    void eenRolZonderDeRegelKrijgt403EnDieWeigeringStaatInHetLogboek() {
        String gebruiker = uniek("politie.bekend");
        JsonObject probleem = isProbleem(vraag(TestTokens.voor(gebruiker, "POL-RR", "politiemedewerker"), "{\"bsn\":\"" + nieuwBsn() + "\"}"),
                403, "TGN-002");
        assertThat(probleem.getString("detail")).contains(HANDELING);
        isProbleem(vraag(TestTokens.voor(uniek("fg.bekend"), "VTRR", "functionaris-gegevensbescherming"), "{\"bsn\":\"" + nieuwBsn() + "\"}"),
                403, "TGN-002");

        assertThat(logboekregels(gebruiker)).singleElement().satisfies(r -> {
            assertThat(r.getString("handeling")).isEqualTo(HANDELING);
            assertThat(r.getString("uitkomst")).isEqualTo("GEWEIGERD");
            assertThat(r.getString("organisatie")).isEqualTo("POL-RR");
            assertThat(r.getJsonArray("betrokkenen")).isEmpty();
        });
    }

    @Test
    void eenVraagInGeenOfBeideVormenOfMetOngeldigeWaardenIs400() {
        String vt = TestTokens.voor(uniek("vt.vorm"), "VTRR", "procesregisseur");
        isProbleem(vraag(vt, "{}"), 400, "AVG-020");
        isProbleem(vraag(vt, "{\"bsn\":\"" + nieuwBsn() + "\",\"achternaam\":\"Berg\",\"geboortedatum\":\"2018-05-20\"}"), 400, "AVG-020");
        JsonObject bsn = isProbleem(vraag(vt, "{\"bsn\":\"123456789\"}"), 400, "AVG-021");
        assertThat(bsn.toString()).doesNotContain("123456789");
        JsonObject persoon = isProbleem(vraag(vt, "{\"achternaam\":\"Berg\",\"geboortedatum\":\"20-05-2018\"}"), 400, "AVG-022");
        assertThat(persoon.getJsonArray("invalidParams").getValuesAs(JsonObject.class)).extracting(p -> p.getString("name"))
                .containsExactly("geboortedatum");
        isProbleem(vraag(vt, "{\"bsn\":\"" + nieuwBsn() + "\",\"geslacht\":\"V\"}"), 400, "API-400");
    }

    // ---- steps

    private static HttpResponse<String> vraag(String token, String body) {
        return json("POST", CHECK, token, body);
    }

    /** An overdracht of Veilig Thuis, sent to Wijkteam Feijenoord, about a person with this BSN, name and birth date. */
    private static String overdrachtAanFeijenoord(String bsn, String familie) {
        String vt = TestTokens.voor(uniek("vt.bekend"), "VTRR", "procesregisseur");
        HttpResponse<String> concept = json("POST", "/api/v1/overdrachten", vt, """
                {"aanleiding": {"meldingSamenvatting": "Buren hoorden geschreeuw (fictief).", "meldingDatum": "2026-11-10"},
                 "veiligheidsbeoordeling": {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "datum": "2026-11-14"},
                 "betrokkenen": [{"rol": "SLACHTOFFER", "identiteit": {"voornaam": "Fatima", "achternaam": "%s",
                                  "geboortedatum": "1990-03-01"}, "bsn": "%s"}]}""".formatted(familie, bsn));
        assertThat(concept.statusCode()).as(concept.body()).isEqualTo(201);
        String pad = "/api/v1/overdrachten/" + lees(concept).getString("id");
        HttpResponse<String> verzonden = nl.schakel.platform.Api.json("POST", pad + "/verzending", vt,
                concept.headers().firstValue("ETag").orElseThrow(),
                "{\"ontvangendeOrganisatie\":\"WT-RDAM-FEIJ\",\"categorieen\":[\"IDENTITEIT\",\"VEILIGHEID\"],"
                        + nl.schakel.platform.Api.CONTACTPERSOON_VT + "}");
        assertThat(verzonden.statusCode()).as(verzonden.body()).isEqualTo(200);
        return lees(concept).getString("id");
    }

    /** A crisis file of Veilig Thuis's crisis desk with the CIT and the Raad, about the same BSN. */
    private static String crisisMetCitEnRaad(String bsn, String familie) {
        String vtCrisis = TestTokens.voor(uniek("vt.crisis.bekend"), "VTRR", "crisismedewerker");
        HttpResponse<String> antwoord = json("POST", "/api/v1/crisismeldingen", vtCrisis, """
                {"watIsErGebeurd": "Melding in de nacht (fictief).", "directeVeiligheid": "Moeder is bij de buren (fictief).",
                 "betrokkenen": [{"rol": "OUDER", "voornaam": "Fatima", "achternaam": "%s", "geboortedatum": "1990-03-01",
                                  "bsn": "%s"}],
                 "partners": ["CIT-JBRR", "RVDK-RR"], "sof7": false}""".formatted(familie, bsn));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        return lees(antwoord).getString("id");
    }

    /** The logboek rows on one organisation as the resource: what its privacy officer reads. */
    private static List<JsonObject> opOrganisatie(String organisatieId) {
        JsonObject pagina = ok(get("/api/v1/logboek?paginaGrootte=100&bronType=ORGANISATIE&bronId=" + organisatieId,
                TestTokens.voor("fg.schakel", "VTRR", "functionaris-gegevensbescherming")));
        return pagina.getJsonObject("_embedded").getJsonArray("logboek").getValuesAs(JsonObject.class);
    }

    private static Map<String, String> organisatieIds(String... codes) {
        String token = TestTokens.voor("beheer.bekend", "SCHAKEL", "functioneel-beheerder");
        return java.util.Arrays.stream(codes).collect(Collectors.toMap(c -> c, c -> ok(get("/api/v1/organisaties?code=" + c, token))
                .getJsonObject("_embedded").getJsonArray("organisaties").getJsonObject(0).getString("id")));
    }

    /** A fictional family name of letters only, new for this run. */
    private static String familienaam() {
        StringBuilder naam = new StringBuilder("Fictief");
        for (int i = 0; i < 8; i++) {
            naam.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return naam.toString();
    }

    /** Nine digits that pass the elfproef, at random: a person no other test (or earlier run) met. */
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
