package nl.schakel.platform.overdracht;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.schakel.platform.Api;
import nl.schakel.platform.Logboekcontrole;
import nl.schakel.platform.PlatformOmgeving;
import nl.schakel.platform.Probleemcontrole;
import nl.schakel.platform.TestTokens;

/**
 * What the overdracht ITs need of the platform's test support, from this package: tokens signed with the
 * run's key (through {@code nl.schakel.platform.TestTokens}), the shared HTTP client, problem-body check and logboek
 * reader of {@code nl.schakel.platform} (named here so the tests keep their short calls), and the overdracht steps
 * the tests repeat.
 */
public final class Verzoeken {

    static final String BASIS = PlatformOmgeving.BASIS;
    static final String OVERDRACHTEN = "/api/v1/overdrachten";

    /** The receiver sees these (the policy for WIJKTEAM); JUSTITIEEL and MELDER stay at Veilig Thuis. */
    static final List<String> WIJKTEAMCATEGORIEEN =
            List.of("IDENTITEIT", "BSN", "CONTACT", "ADRES_AFGESCHERMD", "VEILIGHEID", "HULPVERLENING", "GEZONDHEID");

    private Verzoeken() {}

    // ---- tokens

    static String token(String gebruiker, String organisatie, String... rollen) {
        return TestTokens.voor(gebruiker, organisatie, rollen);
    }

    static String sub(String gebruiker) {
        return Logboekcontrole.sub(gebruiker);
    }

    static String uniek(String basis) {
        return Logboekcontrole.uniek(basis);
    }

    static String procesregisseur() {
        return token("vt.procesregisseur", "VTRR", "procesregisseur");
    }

    static String feijenoord() {
        return token("wt.feijenoord", "WT-RDAM-FEIJ", "wijkteammedewerker");
    }

    // ---- HTTP

    static HttpRequest.Builder verzoek(String pad, String token) {
        return Api.verzoek(pad, token);
    }

    static HttpResponse<String> stuur(HttpRequest.Builder verzoek) {
        return Api.stuur(verzoek);
    }

    static HttpResponse<String> get(String pad, String token) {
        return stuur(verzoek(pad, token).GET());
    }

    static HttpResponse<String> json(String methode, String pad, String token, String ifMatch, String body) {
        return Api.json(methode, pad, token, ifMatch, body);
    }

    static HttpResponse<String> post(String pad, String token, String ifMatch) {
        return Api.post(pad, token, ifMatch);
    }

    static JsonObject lees(HttpResponse<String> antwoord) {
        return Api.lees(antwoord);
    }

    static JsonObject ok(HttpResponse<String> antwoord) {
        return Api.ok(antwoord);
    }

    static String etag(HttpResponse<String> antwoord) {
        return Api.etag(antwoord);
    }

    static List<String> tekst(JsonArray lijst) {
        return lijst.getValuesAs(JsonString::getString);
    }

    static JsonObject isProbleem(HttpResponse<String> antwoord, int status, String code) {
        return Probleemcontrole.isProbleem(antwoord, status, code);
    }

    // ---- logboek (read as the functionaris gegevensbescherming, the only one who may)

    static List<JsonObject> logboekregels(String gebruiker) {
        return Logboekcontrole.logboekregels(gebruiker);
    }

    static JsonObject logboekregel(List<JsonObject> regels, String handeling, String uitkomst, String bronId) {
        return Logboekcontrole.logboekregel(regels, handeling, uitkomst, bronId);
    }

    // ---- overdracht steps

    /** A concept by the VT procesregisseur; its address. */
    static Overdracht stelOp(String token) {
        HttpResponse<String> antwoord = json("POST", OVERDRACHTEN, token, null, inhoud("Buren hoorden geschreeuw."));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        String plaats = antwoord.headers().firstValue("Location").orElseThrow();
        assertThat(plaats).endsWith(OVERDRACHTEN + "/" + lees(antwoord).getString("id"));
        return new Overdracht(URI.create(plaats).getPath(), etag(antwoord));
    }

    /** Created and sent to WT-RDAM-FEIJ with everything the policy allows a wijkteam. */
    static Overdracht verzondenAanFeijenoord() {
        return verzondenAanFeijenoord(procesregisseur());
    }

    static Overdracht verzondenAanFeijenoord(String vt) {
        Overdracht concept = stelOp(vt);
        HttpResponse<String> verzonden = json("POST", concept.pad() + "/verzending", vt, concept.etag(),
                verzending("WT-RDAM-FEIJ", WIJKTEAMCATEGORIEEN));
        assertThat(verzonden.statusCode()).as(verzonden.body()).isEqualTo(200);
        return new Overdracht(concept.pad(), etag(verzonden));
    }

    /** With the shelter address among the categories, also the reason the API asks for it (fictional). */
    static String verzending(String ontvanger, List<String> categorieen) {
        return "{\"ontvangendeOrganisatie\":\"" + ontvanger + "\",\"categorieen\":["
                + String.join(",", categorieen.stream().map(c -> "\"" + c + "\"").toList()) + "]"
                + (categorieen.contains("ADRES_AFGESCHERMD") ? ",\"redenAfgeschermdAdres\":\"" + REDEN_AFGESCHERMD_ADRES + "\"" : "")
                + "," + Api.CONTACTPERSOON_VT + "}";
    }

    static final String REDEN_AFGESCHERMD_ADRES = "Huisbezoek op de opvanglocatie (fictief).";

    static String reden(String reden) {
        return "{\"reden\":\"" + reden + "\"}";
    }

    /** A fictional, complete case: every category holds data. */
    public static String inhoud(String samenvatting) {
        return """
                {
                  "aanleiding": {"meldingSamenvatting": "%s", "meldingDatum": "2026-11-10"},
                  "veiligheidsbeoordeling": {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "datum": "2026-11-14"},
                  "geweldsvormen": ["LICHAMELIJK", "GETUIGE_HUISELIJK_GEWELD"],
                  "betrokkenen": [
                    {"rol": "SLACHTOFFER",
                     "identiteit": {"voornaam": "Fatima", "achternaam": "Jansen", "geboortedatum": "1990-03-01",
                                    "geslacht": "VROUW", "gemeente": "GM0599"},
                     "bsn": "111222333",
                     "contact": {"adres": "Voorbeeldstraat 1, Rotterdam", "telefoon": "010-1234567"},
                     "afgeschermdAdres": "Opvanglocatie (afgeschermd)"},
                    {"rol": "KIND",
                     "identiteit": {"voornaam": "Noor", "achternaam": "Jansen", "geboortedatum": "2018-05-20",
                                    "geslacht": "VROUW", "gemeente": "GM0599"},
                     "bsn": "123456782"}
                  ],
                  "veiligheidsvoorwaarden": ["Vader verblijft niet in de woning."],
                  "risicofactoren": ["Eerdere meldingen (2024)."],
                  "beschermendeFactoren": ["Steunend netwerk: grootouders."],
                  "hulpvraag": "Ondersteuning bij opvoeding en veiligheid.",
                  "geadviseerdeHulp": "Wijkteam: opvoedondersteuning en veiligheidsplan.",
                  "huidigeHulpverlening": "Geen.",
                  "contactpersonen": [{"naam": "J. de Boer", "organisatie": "Jeugdgezondheidszorg",
                                       "functie": "jeugdverpleegkundige", "telefoon": "010-7654321"}],
                  "melder": {"naam": "Buurvrouw", "relatie": "buur", "telefoon": "06-12345678"},
                  "justitieleInformatie": "Politie kwam ter plaatse op 9 november.",
                  "gezondheid": "Kind bij huisarts gezien."
                }
                """.formatted(samenvatting);
    }

    /** An overdracht's path ({@code /api/v1/overdrachten/{id}}) and the ETag last seen. */
    record Overdracht(String pad, String etag) {
        String id() {
            return pad.substring(pad.lastIndexOf('/') + 1);
        }
    }
}
