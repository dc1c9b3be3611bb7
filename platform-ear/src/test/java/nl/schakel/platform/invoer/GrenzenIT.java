package nl.schakel.platform.invoer;

import static nl.schakel.platform.invoer.Invoer.OVERDRACHTEN;
import static nl.schakel.platform.invoer.Invoer.probleem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: the limits on address, headers and body each answer with the convention's problem body
 * (414, 431, 413), and a 401 carries {@code API-Version} like every answer.
 */
@PlatformIT
@RunAsClient
class GrenzenIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void eenAdresVanZevenduizendTekensIs414MetProbleemNietEenKale400() {
        HttpResponse<String> antwoord = Invoer.get(OVERDRACHTEN + "?status=" + "A".repeat(7000), Invoer.procesregisseur());
        probleem(antwoord, 414, "API-414");
    }

    @Test
    void eenTeLangeQuerywaardeIs414MetDeParameter() {
        HttpResponse<String> antwoord = Invoer.get("/api/v1/organisaties?code=" + "A".repeat(1500), Invoer.procesregisseur());
        assertThat(Invoer.genoemd(probleem(antwoord, 414, "API-414"))).containsExactly("code");
    }

    @Test
    void teGroteKopregelsZijn431() {
        HttpResponse<String> antwoord = Api.stuur(Invoer.verzoek(OVERDRACHTEN, Invoer.procesregisseur())
                .header("X-Vulling", "v".repeat(20_000)).GET());
        probleem(antwoord, 431, "API-431");
    }

    @Test
    void eenTeGroteBodyIs413() {
        String body = "{\"hulpvraag\":\"" + "x".repeat(300 * 1024) + "\"}";
        probleem(Invoer.json("POST", OVERDRACHTEN, Invoer.procesregisseur(), body), 413, "API-413");
    }

    @Test
    void eenAntwoord401DraagtDeApiVersie() {
        probleem(Api.stuur(Invoer.verzoek(OVERDRACHTEN, null).GET()), 401, "API-401");
        probleem(Api.stuur(Invoer.verzoek(OVERDRACHTEN, null).header("Authorization", "Bearer a.b.c").GET()), 401, "API-401");
        probleem(Api.stuur(Invoer.verzoek(OVERDRACHTEN, null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))), 401, "API-401");
    }
}
