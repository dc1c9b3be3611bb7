package nl.schakel.platform;

import static nl.schakel.platform.Probleemcontrole.isProbleem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** Bearer tokens are validated locally: signature (RS256 from the JWKS, never HMAC or none), issuer, audience, expiry, not-before; roles come from the token. */
@PlatformIT
@RunAsClient
class TokenIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void eenGeldigTokenGeeftWieIkBen() {
        HttpResponse<String> antwoord = Api.get("/api/v1/mij", TestTokens.voor("wt.feijenoord", "WT-RDAM-FEIJ", "wijkteammedewerker"));

        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.headers().firstValue("Cache-Control")).contains("no-store");
        JsonObject mij = Api.lees(antwoord);
        assertThat(mij.getString("naam")).isEqualTo("Test wt.feijenoord");
        assertThat(mij.getString("gebruikersnaam")).isEqualTo("wt.feijenoord");
        assertThat(mij.getJsonObject("organisatie").getString("naam")).isEqualTo("Wijkteam Feijenoord");
        assertThat(mij.getJsonObject("organisatie").getString("type")).isEqualTo("WIJKTEAM");
        assertThat(mij.getJsonArray("rollen").getJsonObject(0).getString("code")).isEqualTo("wijkteammedewerker");
    }

    @Test
    void zonderTokenIs401() {
        HttpResponse<String> antwoord = Api.stuur(Api.verzoek("/api/v1/mij").GET());

        isProbleem(antwoord, 401, "API-401");
        assertThat(antwoord.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(w -> assertThat(w).startsWith("Bearer"));
    }

    @Test
    void eenVerlopenTokenIs401() {
        // far beyond the check's clock skew of 30 s
        String verlopen = TestTokens.met(claims -> claims
                .issueTime(Date.from(Instant.now().minusSeconds(900)))
                .expirationTime(Date.from(Instant.now().minusSeconds(600))), "procesregisseur");

        isProbleem(Api.get("/api/v1/mij", verlopen), 401, "API-401");
    }

    @Test
    void eenTokenDatNogNietGeldtIs401() {
        String later = TestTokens.met(claims -> claims.notBeforeTime(Date.from(Instant.now().plusSeconds(600))), "procesregisseur");

        isProbleem(Api.get("/api/v1/mij", later), 401, "API-401");
    }

    @Test
    void eenTokenVanEenAndereUitgeverIs401() {
        String vreemd = TestTokens.met(claims -> claims.issuer("https://andere.idp.invalid/realms/schakel"), "procesregisseur");

        isProbleem(Api.get("/api/v1/mij", vreemd), 401, "API-401");
    }

    @Test
    void eenTokenVoorEenAnderPubliekIs401() {
        String anderPubliek = TestTokens.met(claims -> claims.audience("een-andere-api"), "procesregisseur");

        isProbleem(Api.get("/api/v1/mij", anderPubliek), 401, "API-401");
    }

    @Test
    void eenVervalstTokenIs401() {
        isProbleem(Api.get("/api/v1/mij", TestTokens.vervalst()), 401, "API-401");
    }

    @Test
    void eenTokenZonderHandtekeningIs401() {
        isProbleem(Api.get("/api/v1/mij", TestTokens.zonderHandtekening()), 401, "API-401");
    }

    @Test
    void eenMetHmacGetekendTokenIs401() {
        HttpResponse<String> antwoord = Api.get("/api/v1/mij", TestTokens.metHmac());

        isProbleem(antwoord, 401, "API-401");
        assertThat(antwoord.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(w -> assertThat(w).startsWith("Bearer"));
    }

    @Test
    void eenTokenGetekendMetEenAndereSleutelIs401() {
        isProbleem(Api.get("/api/v1/mij", TestTokens.getekendMetVreemdeSleutel()), 401, "API-401");
    }

    @Test
    void onzinInPlaatsVanEenTokenIs401() {
        isProbleem(Api.get("/api/v1/mij", "geen-jwt"), 401, "API-401");
    }

    @Test
    void eenGeldigTokenZonderDeVereisteRolIs403() {
        String procesregisseur = TestTokens.voor("vt.procesregisseur", "VTRR", "procesregisseur");

        HttpResponse<String> antwoord = Api.json("POST", "/api/v1/organisaties", procesregisseur,
                "{\"code\":\"ZOMAAR\",\"naam\":\"Zomaar\",\"type\":\"OPVANG\",\"gemeenten\":[]}");

        JsonObject probleem = isProbleem(antwoord, 403, "TGN-001");
        assertThat(probleem.getString("detail")).contains("integratie");
        HttpResponse<String> gezocht = Api.get("/api/v1/organisaties?code=ZOMAAR", procesregisseur);
        assertThat(Api.lees(gezocht).getJsonObject("_embedded").getJsonArray("organisaties")).isEmpty();
    }
}
