package nl.schakel.platform.gebeurtenis;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.PlatformOmgeving;
import nl.schakel.platform.TestTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The event feed as the integration client reads it (docs/afspraken-tussen-onderdelen.md, "Event feed"): every
 * overdracht state change once, in order, without gaps, data-poor, in the shape it always had; for the integratie
 * role only. The events come from the shared outbox of every flow (schema {@code gebeurtenis}), and each carries its
 * own flow as {@code bron}. Each test starts reading at the feed's end as it finds it, so it sees its own events
 * whatever ran before.
 */
@PlatformIT
@RunAsClient
class GebeurtenisFeedIT {

    private static final String FEED = "/api/v1/gebeurtenissen";
    private static final String OVERDRACHTEN = "/api/v1/overdrachten";
    private static final String FEIJ = "WT-RDAM-FEIJ";
    private static final List<String> WIJKTEAMCATEGORIEEN =
            List.of("IDENTITEIT", "BSN", "CONTACT", "ADRES_AFGESCHERMD", "VEILIGHEID", "HULPVERLENING", "GEZONDHEID");

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void naOpstellenVerzendenEnAccepterenLeestDeKoppelingDeGebeurtenissenOpVolgorde() {
        long begin = eindVanDeFeed();
        String id = opgesteld();
        String etag = stap(id, "/verzending", procesregisseur(), "1", verzending(WIJKTEAMCATEGORIEEN));
        etag = stap(id, "/ontvangstbevestiging", feijenoord(), etag, null);
        stap(id, "/acceptatie", feijenoord(), etag, null);

        HttpResponse<String> antwoord = Api.get(FEED + "?na=" + begin + "&limiet=500", integratie());
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        assertThat(antwoord.body()).as("geen persoonsgegevens of inhoud")
                .doesNotContain("Jansen", "111222333", "Buren hoorden", "Fatima", "geschreeuw");
        JsonObject pagina = Api.lees(antwoord);
        List<JsonObject> gebeurtenissen = gebeurtenissen(pagina);
        assertThat(volgnummers(gebeurtenissen)).as("zonder gaten, vanaf de cursor")
                .containsExactlyElementsOf(reeks(begin + 1, gebeurtenissen.size()));

        List<JsonObject> eigen = gebeurtenissen.stream().filter(g -> g.getString("onderwerp").endsWith("/" + id)).toList();
        assertThat(eigen).extracting(g -> g.getString("type")).containsExactly("nl.schakel.overdracht.verzonden",
                "nl.schakel.overdracht.ontvangst-bevestigd", "nl.schakel.overdracht.geaccepteerd");
        for (JsonObject gebeurtenis : eigen) {
            assertThat(gebeurtenis.keySet()).containsExactly("volgnummer", "id", "type", "bron", "onderwerp", "tijdstip",
                    "ontvanger", "eigenaar");
            assertThat(UUID.fromString(gebeurtenis.getString("id"))).isNotNull();
            assertThat(gebeurtenis.getString("bron")).isEqualTo("urn:nl:schakel:overdracht");
            assertThat(gebeurtenis.getString("onderwerp")).isEqualTo(PlatformOmgeving.BASIS + OVERDRACHTEN + "/" + id);
            assertThat(gebeurtenis.getString("tijdstip")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
            assertThat(gebeurtenis.getString("ontvanger")).isEqualTo(FEIJ);
            assertThat(gebeurtenis.getString("eigenaar")).isEqualTo("VTRR");
        }
        assertThat(eigen).extracting(g -> g.getString("id")).doesNotHaveDuplicates();

        JsonObject links = pagina.getJsonObject("_links");
        assertThat(links.getJsonObject("self").getString("href")).endsWith(FEED + "?na=" + begin + "&limiet=500");
        long laatste = volgnummers(gebeurtenissen).get(gebeurtenissen.size() - 1);
        assertThat(URI.create(links.getJsonObject("next").getString("href")))
                .satisfies(next -> {
                    assertThat(next.getPath()).isEqualTo(FEED);
                    assertThat(query(next)).isEqualTo(Map.of("na", String.valueOf(laatste), "limiet", "500"));
                });
        // the item shape the routes parse, as the contract shows it
        assertThat(gebeurtenissen.get(0).get("volgnummer").getValueType()).isEqualTo(JsonValue.ValueType.NUMBER);
    }

    @Test
    void deGebeurtenissenStaanInDeGedeeldeUitgangEnDeOudeTabelIsWeg() throws SQLException {
        long begin = eindVanDeFeed();
        String id = opgesteld();
        stap(id, "/verzending", procesregisseur(), "1", verzending(WIJKTEAMCATEGORIEEN));
        JsonObject verzonden = gebeurtenissen(ok(Api.get(FEED + "?na=" + begin, integratie()))).stream()
                .filter(g -> g.getString("onderwerp").endsWith("/" + id)).findFirst().orElseThrow();

        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement("select volgnummer, bron,"
                + " onderwerp_type, onderwerp_pad, ontvangers::text, eigenaren::text from gebeurtenis.gebeurtenis where id = ?")) {
            s.setObject(1, UUID.fromString(verzonden.getString("id")));
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("de rij in gebeurtenis.gebeurtenis").isTrue();
                assertThat(r.getLong("volgnummer")).isEqualTo(verzonden.getJsonNumber("volgnummer").longValue());
                assertThat(r.getString("bron")).isEqualTo("urn:nl:schakel:overdracht");
                assertThat(r.getString("onderwerp_type")).isEqualTo("OVERDRACHT");
                assertThat(r.getString("onderwerp_pad")).isEqualTo("/overdrachten/" + id);
                assertThat(r.getString(5)).isEqualTo("{" + FEIJ + "}");
                assertThat(r.getString(6)).isEqualTo("{VTRR}");
            }
        }
        try (Connection c = PlatformOmgeving.database(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select to_regclass('overdracht.gebeurtenis') is null")) {
            r.next();
            assertThat(r.getBoolean(1)).as("overdracht V5 heeft de oude uitgang opgeruimd").isTrue();
        }
    }

    @Test
    void eenGebeurtenisVanEenAndereStroomDraagtHaarEigenBronEnAlHaarOntvangers() throws SQLException {
        long begin = eindVanDeFeed();
        UUID id = UUID.randomUUID();
        UUID dossier = UUID.randomUUID();
        // a flow that does not exist yet writes straight into the shared outbox: the feed must not assume overdracht
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement("insert into"
                + " gebeurtenis.gebeurtenis (id, type, bron, onderwerp_type, onderwerp_id, onderwerp_pad, ontvangers,"
                + " eigenaren, tijdstip) values (?, 'nl.schakel.proefstroom.geopend', 'urn:nl:schakel:proefstroom',"
                + " 'PROEFDOSSIER', ?, ?, '{CIT-JBRR,RVDK-RR}', '{VTRR}', '2026-12-01T10:00:00Z')")) {
            s.setObject(1, id);
            s.setObject(2, dossier);
            s.setString(3, "/proefdossiers/" + dossier);
            s.executeUpdate();
        }

        JsonObject gebeurtenis = gebeurtenissen(ok(Api.get(FEED + "?na=" + begin, integratie()))).stream()
                .filter(g -> g.getString("id").equals(id.toString())).findFirst().orElseThrow();
        assertThat(gebeurtenis.keySet()).containsExactly("volgnummer", "id", "type", "bron", "onderwerp", "tijdstip",
                "ontvangers", "eigenaar");
        assertThat(gebeurtenis.getString("type")).isEqualTo("nl.schakel.proefstroom.geopend");
        assertThat(gebeurtenis.getString("bron")).isEqualTo("urn:nl:schakel:proefstroom");
        assertThat(gebeurtenis.getString("onderwerp")).isEqualTo(PlatformOmgeving.BASIS + "/api/v1/proefdossiers/" + dossier);
        assertThat(gebeurtenis.getString("tijdstip")).isEqualTo("2026-12-01T10:00:00Z");
        assertThat(gebeurtenis.getJsonArray("ontvangers")).extracting(v -> ((JsonString) v).getString())
                .containsExactly("CIT-JBRR", "RVDK-RR");
        assertThat(gebeurtenis.getString("eigenaar")).isEqualTo("VTRR");
    }

    @Test
    void pagineerMetNaGeeftElkeGebeurtenisPreciesEenKeer() {
        long begin = eindVanDeFeed();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = opgesteld();
            stap(id, "/verzending", procesregisseur(), "1", verzending(WIJKTEAMCATEGORIEEN));
            ids.add(id);
        }
        String volgende = FEED + "?na=" + begin + "&limiet=2";
        List<Long> gelezen = new ArrayList<>();
        List<String> onderwerpen = new ArrayList<>();
        int paginas = 0;
        while (true) {
            JsonObject pagina = ok(Api.get(volgende, integratie()));
            List<JsonObject> gebeurtenissen = gebeurtenissen(pagina);
            assertThat(gebeurtenissen).hasSizeLessThanOrEqualTo(2);
            String next = pagina.getJsonObject("_links").getJsonObject("next").getString("href");
            if (gebeurtenissen.isEmpty()) {
                assertThat(query(URI.create(next))).as("een lege pagina wijst naar dezelfde cursor")
                        .isEqualTo(query(URI.create(volgende.startsWith("http") ? volgende : "http://x" + volgende)));
                break;
            }
            gebeurtenissen.forEach(g -> {
                gelezen.add(g.getJsonNumber("volgnummer").longValue());
                onderwerpen.add(g.getString("onderwerp"));
            });
            volgende = next;
            assertThat(++paginas).as("de feed houdt op").isLessThan(100);
        }
        assertThat(gelezen).containsExactlyElementsOf(reeks(begin + 1, gelezen.size()));
        assertThat(new HashSet<>(gelezen)).hasSameSizeAs(gelezen);
        assertThat(onderwerpen).hasSizeGreaterThanOrEqualTo(3);
        assertThat(onderwerpen.subList(onderwerpen.size() - 3, onderwerpen.size()))
                .containsExactly(ids.stream().map(id -> PlatformOmgeving.BASIS + OVERDRACHTEN + "/" + id).toArray(String[]::new));
    }

    @Test
    void eenVerzendingDieDoorEenLatereControleFaaltLaatGeenGebeurtenisAchter() {
        long begin = eindVanDeFeed();
        String id = opgesteld();
        // the domain accepts the step (and writes its event); the policy check after it refuses: all rolls back
        HttpResponse<String> buitenBeleid = json("POST", OVERDRACHTEN + "/" + id + "/verzending", procesregisseur(), "1",
                verzending(List.of("IDENTITEIT", "JUSTITIEEL")));
        isProbleem(buitenBeleid, 422, "TGN-003");
        stap(id, "/verzending", procesregisseur(), "1", verzending(WIJKTEAMCATEGORIEEN));

        List<JsonObject> gebeurtenissen = gebeurtenissen(ok(Api.get(FEED + "?na=" + begin, integratie())));
        assertThat(volgnummers(gebeurtenissen)).containsExactlyElementsOf(reeks(begin + 1, gebeurtenissen.size()));
        assertThat(gebeurtenissen.stream().filter(g -> g.getString("onderwerp").endsWith("/" + id)))
                .extracting(g -> g.getString("type")).containsExactly("nl.schakel.overdracht.verzonden");
    }

    @Test
    void terugleggenEnIntrekkenKomenOokOpDeFeed() {
        long begin = eindVanDeFeed();
        String id = opgesteld();
        String etag = stap(id, "/verzending", procesregisseur(), "1", verzending(WIJKTEAMCATEGORIEEN));
        etag = stap(id, "/ontvangstbevestiging", feijenoord(), etag, null);
        etag = stap(id, "/teruglegging", feijenoord(), etag, "{\"reden\":\"Buiten ons gebied.\"}");
        stap(id, "/intrekking", procesregisseur(), etag, "{\"reden\":\"Wordt opnieuw overgedragen.\"}");
        String concept = opgesteld();
        stap(concept, "/intrekking", procesregisseur(), "1", "{\"reden\":\"Dubbel aangemaakt.\"}");

        List<JsonObject> gebeurtenissen = gebeurtenissen(ok(Api.get(FEED + "?na=" + begin + "&limiet=500", integratie())));
        assertThat(volgnummers(gebeurtenissen)).containsExactlyElementsOf(reeks(begin + 1, gebeurtenissen.size()));
        assertThat(gebeurtenissen.stream().filter(g -> g.getString("onderwerp").endsWith("/" + id)))
                .extracting(g -> g.getString("type")).containsExactly("nl.schakel.overdracht.verzonden",
                        "nl.schakel.overdracht.ontvangst-bevestigd", "nl.schakel.overdracht.teruggelegd",
                        "nl.schakel.overdracht.ingetrokken");
        assertThat(gebeurtenissen.stream().filter(g -> g.getString("onderwerp").endsWith("/" + concept)))
                .as("een nooit verzonden concept intrekken is geen gebeurtenis: er is geen ontvanger").isEmpty();
        assertThat(gebeurtenissen).allSatisfy(g -> assertThat(g.getString("ontvanger")).isNotBlank());
        assertThat(String.valueOf(gebeurtenissen)).doesNotContain("Buiten ons gebied", "Dubbel aangemaakt");
    }

    @Test
    void alleenDeKoppelingMagDeFeedLezen() {
        isProbleem(Api.get(FEED, feijenoord()), 403, "TGN-001");
        isProbleem(Api.get(FEED, procesregisseur()), 403, "TGN-001");
        isProbleem(Api.get(FEED, TestTokens.voor("beheer", "SCHAKEL", "functioneel-beheerder")), 403, "TGN-001");
        assertThat(Api.get(FEED, integratie()).statusCode()).isEqualTo(200);
    }

    @Test
    void eenOngeldigeNaOfLimietIsApi002() {
        for (String[] geval : List.of(
                new String[] {"na=-1", "na"}, new String[] {"na=abc", "na"}, new String[] {"na=1.5", "na"},
                new String[] {"na=99999999999999999999", "na"}, new String[] {"limiet=0", "limiet"},
                new String[] {"limiet=501", "limiet"}, new String[] {"limiet=tien", "limiet"},
                new String[] {"na=0&limiet=-3", "limiet"})) {
            JsonObject probleem = isProbleem(Api.get(FEED + "?" + geval[0], integratie()), 400, "API-002");
            assertThat(probleem.getJsonArray("invalidParams")).as(geval[0])
                    .extracting(p -> ((JsonObject) p).getString("name")).containsExactly(geval[1]);
        }
        JsonObject standaard = ok(Api.get(FEED + "?limiet=500", integratie()));
        assertThat(standaard.getJsonObject("_embedded").getJsonArray("gebeurtenissen")).hasSizeLessThanOrEqualTo(500);
    }

    // ---- helpers ----

    /** The last volgnummer there is now, found by following the feed as a client would. */
    private static long eindVanDeFeed() {
        long cursor = 0;
        for (int i = 0; i < 1000; i++) {
            List<JsonObject> pagina = gebeurtenissen(ok(Api.get(FEED + "?na=" + cursor + "&limiet=500", integratie())));
            if (pagina.isEmpty()) {
                return cursor;
            }
            cursor = volgnummers(pagina).get(pagina.size() - 1);
        }
        throw new AssertionError("de feed houdt niet op");
    }

    private static String opgesteld() {
        HttpResponse<String> antwoord = json("POST", OVERDRACHTEN, procesregisseur(), null, inhoud());
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        return Api.lees(antwoord).getString("id");
    }

    /** One step on the overdracht; its new ETag. */
    private static String stap(String id, String stap, String token, String etag, String body) {
        HttpResponse<String> antwoord = json("POST", OVERDRACHTEN + "/" + id + stap, token, etag, body);
        assertThat(antwoord.statusCode()).as(stap + ": " + antwoord.body()).isEqualTo(200);
        return antwoord.headers().firstValue("ETag").orElseThrow();
    }

    private static HttpResponse<String> json(String methode, String pad, String token, String ifMatch, String body) {
        HttpRequest.Builder verzoek = Api.verzoek(pad, token);
        if (body == null) {
            verzoek.method(methode, HttpRequest.BodyPublishers.noBody());
        } else {
            verzoek.header("Content-Type", "application/json").method(methode, HttpRequest.BodyPublishers.ofString(body));
        }
        if (ifMatch != null) {
            verzoek.header("If-Match", ifMatch.startsWith("\"") ? ifMatch : "\"" + ifMatch + "\"");
        }
        return Api.stuur(verzoek);
    }

    private static JsonObject ok(HttpResponse<String> antwoord) {
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        return Api.lees(antwoord);
    }

    /** As the platform's Probleemcontrole: problem+json with the code, nothing internal. */
    private static JsonObject isProbleem(HttpResponse<String> antwoord, int status, String code) {
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(status);
        assertThat(antwoord.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(antwoord.body()).doesNotContain("Exception").doesNotContain("nl.schakel.").doesNotContain("org.eclipse");
        JsonObject probleem = Api.lees(antwoord);
        assertThat(probleem.getInt("status")).isEqualTo(status);
        assertThat(probleem.getString("code")).isEqualTo(code);
        assertThat(probleem.getString("instance")).startsWith("urn:uuid:");
        return probleem;
    }

    private static List<JsonObject> gebeurtenissen(JsonObject pagina) {
        JsonArray lijst = pagina.getJsonObject("_embedded").getJsonArray("gebeurtenissen");
        return lijst.getValuesAs(JsonObject.class);
    }

    private static List<Long> volgnummers(List<JsonObject> gebeurtenissen) {
        return gebeurtenissen.stream().map(g -> g.getJsonNumber("volgnummer").longValue()).toList();
    }

    private static List<Long> reeks(long vanaf, int aantal) {
        List<Long> reeks = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            reeks.add(vanaf + i);
        }
        return reeks;
    }

    private static Map<String, String> query(URI adres) {
        Map<String, String> parameters = new java.util.TreeMap<>();
        if (adres.getRawQuery() != null) {
            for (String deel : adres.getRawQuery().split("&")) {
                String[] paar = deel.split("=", 2);
                parameters.put(paar[0], paar.length > 1 ? paar[1] : "");
            }
        }
        return parameters;
    }

    private static String integratie() {
        return TestTokens.voor("service-account-schakel-integratie", "SCHAKEL", "integratie");
    }

    private static String procesregisseur() {
        return TestTokens.voor("vt.procesregisseur", "VTRR", "procesregisseur");
    }

    private static String feijenoord() {
        return TestTokens.voor("wt.feijenoord", FEIJ, "wijkteammedewerker");
    }

    private static String verzending(List<String> categorieen) {
        return "{\"ontvangendeOrganisatie\":\"" + FEIJ + "\",\"categorieen\":["
                + String.join(",", categorieen.stream().map(c -> "\"" + c + "\"").toList()) + "]"
                + (categorieen.contains("ADRES_AFGESCHERMD") ? ",\"redenAfgeschermdAdres\":\"Huisbezoek op de opvanglocatie.\"" : "")
                + "," + nl.schakel.platform.Api.CONTACTPERSOON_VT + "}";
    }

    /** A fictional, complete case. */
    private static String inhoud() {
        return """
                {
                  "aanleiding": {"meldingSamenvatting": "Buren hoorden geschreeuw.", "meldingDatum": "2026-11-10"},
                  "veiligheidsbeoordeling": {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "datum": "2026-11-14"},
                  "geweldsvormen": ["LICHAMELIJK"],
                  "betrokkenen": [
                    {"rol": "SLACHTOFFER",
                     "identiteit": {"voornaam": "Fatima", "achternaam": "Jansen", "geboortedatum": "1990-03-01",
                                    "geslacht": "VROUW", "gemeente": "GM0599"},
                     "bsn": "111222333"}
                  ],
                  "hulpvraag": "Ondersteuning bij opvoeding en veiligheid."
                }
                """;
    }
}
