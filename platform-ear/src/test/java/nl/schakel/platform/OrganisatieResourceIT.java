package nl.schakel.platform;

import static nl.schakel.platform.Probleemcontrole.isProbleem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** The partner register over HTTP: reading, paging, writing with versions, and every error answer. */
@PlatformIT
@RunAsClient
class OrganisatieResourceIT {

    private static final String LEZER = TestTokens.voor("wt.charlois", "WT-RDAM-CHAR", "wijkteammedewerker");
    private static final String KOPPELING = TestTokens.voor("service-account-schakel-integratie", "SCHAKEL", "integratie");

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void hetRegisterKentDePartnersUitHetDomein() {
        JsonArray organisaties = zoek("/api/v1/organisaties?code=CIT-JBRR");

        assertThat(organisaties).hasSize(1);
        JsonObject cit = organisaties.getJsonObject(0);
        assertThat(cit.getString("type")).isEqualTo("CRISISINTERVENTIETEAM");
        assertThat(cit.getString("bovenliggendeOrganisatie")).isEqualTo("JBRR");
        assertThat(cit.getInt("versie")).isPositive();
        assertThat(cit.getString("laatstGewijzigd")).endsWith("Z");
        assertThat(zoek("/api/v1/organisaties?type=WIJKTEAM&gemeente=GM0606&paginaGrootte=100"))
                .extracting(o -> ((JsonObject) o).getString("code"))
                .contains("LT-SCHIEDAM")
                .doesNotContain("LT-VLAARDINGEN", "WT-RDAM-FEIJ", "VTRR")
                .allMatch(code -> code.equals("LT-SCHIEDAM") || code.startsWith("IT-")); // other tests add their own
    }

    @Test
    void bladerenMetDeCursorGeeftElkeOrganisatieEenKeer() {
        List<String> codes = new ArrayList<>();
        String volgende = "/api/v1/organisaties?paginaGrootte=7";
        int paginas = 0;
        while (volgende != null) {
            JsonObject pagina = Api.lees(Api.get(volgende, LEZER));
            pagina.getJsonObject("_embedded").getJsonArray("organisaties")
                    .forEach(o -> codes.add(((JsonObject) o).getString("code")));
            JsonObject links = pagina.getJsonObject("_links");
            volgende = links.containsKey("next") ? links.getJsonObject("next").getString("href") : null;
            paginas++;
        }

        assertThat(paginas).isGreaterThan(3);
        assertThat(codes).doesNotHaveDuplicates().isSorted().contains("VTRR", "POL-RR", "OM-RDAM", "FIL", "ZVHRR");
        assertThat(codes.size()).isGreaterThanOrEqualTo(37);
    }

    @Test
    void eenOnmogelijkePaginagrootteIs400() {
        JsonObject probleem = isProbleem(Api.get("/api/v1/organisaties?paginaGrootte=1000", LEZER), 400, "API-002");
        assertThat(probleem.getJsonArray("invalidParams").getJsonObject(0).getString("name")).isEqualTo("paginaGrootte");
    }

    @Test
    void registrerenEnWijzigenMetVersies() {
        String code = uniekeCode();
        HttpResponse<String> aangemaakt = Api.json("POST", "/api/v1/organisaties", KOPPELING, invoer(code, "Buurtteam Test", "GM0599"));

        assertThat(aangemaakt.statusCode()).as(aangemaakt.body()).isEqualTo(201);
        String plaats = aangemaakt.headers().firstValue("Location").orElseThrow();
        assertThat(aangemaakt.headers().firstValue("ETag")).contains("\"1\"");

        HttpResponse<String> opgehaald = Api.get(plaats, LEZER);
        assertThat(opgehaald.statusCode()).isEqualTo(200);
        assertThat(opgehaald.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(Api.lees(opgehaald).getString("naam")).isEqualTo("Buurtteam Test");

        isProbleem(Api.json("PUT", plaats, KOPPELING, invoer(code, "Zonder versie", "GM0599")), 428, "API-428");
        isProbleem(Api.stuur(Api.verzoek(plaats, KOPPELING).header("Content-Type", "application/json").header("If-Match", "\"7\"")
                .PUT(HttpRequest.BodyPublishers.ofString(invoer(code, "Verouderd", "GM0599")))), 412, "API-412");

        HttpResponse<String> gewijzigd = Api.stuur(Api.verzoek(plaats, KOPPELING).header("Content-Type", "application/json")
                .header("If-Match", "\"1\"").PUT(HttpRequest.BodyPublishers.ofString(invoer(code, "Buurtteam Nieuw", "GM0606"))));
        assertThat(gewijzigd.statusCode()).as(gewijzigd.body()).isEqualTo(200);
        JsonObject nieuw = Api.lees(gewijzigd);
        assertThat(nieuw.getInt("versie")).isEqualTo(2);
        assertThat(nieuw.getString("naam")).isEqualTo("Buurtteam Nieuw");
        assertThat(nieuw.getJsonArray("gemeenten").getValuesAs(JsonString::getString)).containsExactly("GM0606");

        // the stale version is refused and changed nothing
        isProbleem(Api.stuur(Api.verzoek(plaats, KOPPELING).header("Content-Type", "application/json").header("If-Match", "\"1\"")
                .PUT(HttpRequest.BodyPublishers.ofString(invoer(code, "Verloren", "GM0599")))), 412, "API-412");
        assertThat(Api.lees(Api.get(plaats, LEZER)).getString("naam")).isEqualTo("Buurtteam Nieuw");
    }

    @Test
    void eenCodeBestaatMaarEenKeer() {
        String code = uniekeCode();
        assertThat(Api.json("POST", "/api/v1/organisaties", KOPPELING, invoer(code, "Eerste", "GM0599")).statusCode()).isEqualTo(201);

        isProbleem(Api.json("POST", "/api/v1/organisaties", KOPPELING, invoer(code, "Tweede", "GM0599")), 409, "ORG-002");
        assertThat(zoek("/api/v1/organisaties?code=" + code)).hasSize(1);
    }

    @Test
    void deCodeVanEenOrganisatieVerandertNiet() {
        String code = uniekeCode();
        String plaats = Api.json("POST", "/api/v1/organisaties", KOPPELING, invoer(code, "Vast", "GM0599"))
                .headers().firstValue("Location").orElseThrow();

        isProbleem(Api.stuur(Api.verzoek(plaats, KOPPELING).header("Content-Type", "application/json").header("If-Match", "\"1\"")
                .PUT(HttpRequest.BodyPublishers.ofString(invoer(uniekeCode(), "Vast", "GM0599")))), 422, "ORG-003");
    }

    @Test
    void ongeldigeInvoerNoemtElkVeldEnSchrijftNiets() {
        JsonObject probleem = isProbleem(Api.json("POST", "/api/v1/organisaties", KOPPELING,
                "{\"code\":\"kleine letters\",\"naam\":\"\",\"type\":\"BAKKERIJ\",\"gemeenten\":[\"GM9999\"]}"), 400, "ORG-001");

        assertThat(probleem.getJsonArray("invalidParams")).extracting(p -> ((JsonObject) p).getString("name"))
                .containsExactly("code", "naam", "type");
        JsonObject onbekendeGemeente = isProbleem(Api.json("POST", "/api/v1/organisaties", KOPPELING,
                invoer(uniekeCode(), "Ergens", "GM9999")), 400, "ORG-001");
        assertThat(onbekendeGemeente.getJsonArray("invalidParams").getJsonObject(0).getString("name")).isEqualTo("gemeenten[0]");
    }

    @Test
    void eenOnbekendVeldIs400MetDeNaamVanHetVeld() {
        String code = uniekeCode();
        JsonObject probleem = isProbleem(Api.json("POST", "/api/v1/organisaties", KOPPELING,
                "{\"code\":\"" + code + "\",\"naam\":\"X\",\"type\":\"OPVANG\",\"gemeenten\":[],\"bsn\":\"123\"}"), 400, "API-400");

        assertThat(probleem.getJsonArray("invalidParams").getJsonObject(0).getString("name")).isEqualTo("bsn");
        assertThat(probleem.getJsonArray("invalidParams").getJsonObject(0).getString("reason")).isEqualTo("Onbekend veld.");
        assertThat(zoek("/api/v1/organisaties?code=" + code)).isEmpty();
    }

    @Test
    void eenVerkeerdTypeIs400MetDeNaamVanHetVeld() {
        JsonObject probleem = isProbleem(Api.json("POST", "/api/v1/organisaties", KOPPELING,
                "{\"code\":\"" + uniekeCode() + "\",\"naam\":\"X\",\"type\":\"OPVANG\",\"gemeenten\":12}"), 400, "API-400");

        assertThat(probleem.getJsonArray("invalidParams").getJsonObject(0).getString("name")).isEqualTo("gemeenten");
    }

    @Test
    void kapotteJsonIs400() {
        isProbleem(Api.json("POST", "/api/v1/organisaties", KOPPELING, "{\"code\":"), 400, "API-400");
    }

    @Test
    void eenTeGrootVerzoekIs413() {
        String groot = "{\"code\":\"GROOT\",\"naam\":\"" + "x".repeat(300 * 1024) + "\",\"type\":\"OPVANG\"}";

        isProbleem(Api.json("POST", "/api/v1/organisaties", KOPPELING, groot), 413, "API-413");
    }

    @Test
    void eenAnderMediatypeIs415() {
        isProbleem(Api.stuur(Api.verzoek("/api/v1/organisaties", KOPPELING).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("code=X"))), 415, "API-415");
    }

    @Test
    void eenOnleverbaarFormaatIs406() {
        isProbleem(Api.stuur(Api.verzoek("/api/v1/organisaties", LEZER).header("Accept", "application/xml").GET()), 406, "API-406");
    }

    @Test
    void eenNietBestaandeMethodeIs405() {
        HttpResponse<String> antwoord = Api.stuur(Api.verzoek("/api/v1/organisaties", KOPPELING).DELETE());

        isProbleem(antwoord, 405, "API-405");
        assertThat(antwoord.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void eenOnbekendeOfOngeldigeIdIsHetzelfde404() {
        JsonObject onbekend = isProbleem(Api.get("/api/v1/organisaties/" + UUID.randomUUID(), LEZER), 404, "ORG-404");
        JsonObject ongeldig = isProbleem(Api.get("/api/v1/organisaties/niet-een-uuid", LEZER), 404, "ORG-404");

        assertThat(ongeldig.getString("detail")).isEqualTo(onbekend.getString("detail"));
        isProbleem(Api.get("/api/v1/bestaat-niet", LEZER), 404, "API-404");
    }

    private static JsonArray zoek(String pad) {
        HttpResponse<String> antwoord = Api.get(pad, LEZER);
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        return Api.lees(antwoord).getJsonObject("_embedded").getJsonArray("organisaties");
    }

    private static String invoer(String code, String naam, String gemeente) {
        return "{\"code\":\"" + code + "\",\"naam\":\"" + naam + "\",\"type\":\"WIJKTEAM\",\"gemeenten\":[\"" + gemeente + "\"]}";
    }

    private static String uniekeCode() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
