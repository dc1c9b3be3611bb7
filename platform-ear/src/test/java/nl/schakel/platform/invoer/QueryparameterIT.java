package nl.schakel.platform.invoer;

import static nl.schakel.platform.invoer.Invoer.genoemd;
import static nl.schakel.platform.invoer.Invoer.probleem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** Issue 10: query and path parameters follow the input policy; a bad one is a 400 that names it. */
@PlatformIT
@RunAsClient
class QueryparameterIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void eenNulInEenQueryparameterIs400MetDeNaamNietEen500() {
        String vt = Invoer.procesregisseur();
        parameterfout(Invoer.get("/api/v1/overdrachten?ontvangendeOrganisatie=%00", vt), "ontvangendeOrganisatie");
        parameterfout(Invoer.get("/api/v1/logboek?gebruiker=%00", Invoer.fg()), "gebruiker");
        parameterfout(Invoer.get("/api/v1/organisaties?code=%00", vt), "code");
        parameterfout(Invoer.get("/api/v1/organisaties?gemeente=%00", vt), "gemeente");
        parameterfout(Invoer.get("/api/v1/overdrachten/" + UUID.randomUUID() + "/voorbeeld?voor=%00", vt), "voor");
    }

    @Test
    void andereStuurtekensEnOngeldigeUtf8InDeQueryZijnOok400() {
        String vt = Invoer.procesregisseur();
        parameterfout(Invoer.get("/api/v1/organisaties?code=a%0Ab", vt), "code");
        parameterfout(Invoer.get("/api/v1/organisaties?code=%C3%28", vt), "code");
        parameterfout(Invoer.get("/api/v1/organisaties?code=%ED%A0%80", vt), "code"); // a surrogate, UTF-8 encoded
        assertThat(Invoer.get("/api/v1/organisaties?code=VTRR", vt).statusCode()).isEqualTo(200);
    }

    @Test
    void eenStuurtekenOfOngeldigeUtf8InEenPadparameterIs400() {
        String vt = Invoer.procesregisseur();
        assertThat(genoemd(probleem(Invoer.get("/api/v1/overdrachten/a%0Ab", vt), 400, "API-002"))).containsExactly("pad");
        assertThat(genoemd(probleem(Invoer.get("/api/v1/overdrachten/a%1Bb", vt), 400, "API-002"))).containsExactly("pad");
    }

    /**
     * A NUL or bytes that are not UTF-8 in the path never reach the application: Payara's request adapter refuses
     * them with a bare 400 (no body, no error page: it happens before the web module is chosen). Not a 500 and
     * nothing read or written; documented in the Invoerbeleid under "What Payara answers itself".
     */
    @Test
    void eenNulOfOngeldigeUtf8InHetPadWeigertPayaraZelfMet400() {
        assertThat(Invoer.get("/api/v1/overdrachten/%00", Invoer.procesregisseur()).statusCode()).isEqualTo(400);
        assertThat(Invoer.get("/api/v1/overdrachten/%FF", Invoer.procesregisseur()).statusCode()).isEqualTo(400);
    }

    @Test
    void eenPaginagrootteDieGeenGetalIsIs400VoorDeParameterNiet404() {
        parameterfout(Invoer.get("/api/v1/overdrachten?paginaGrootte=abc", Invoer.procesregisseur()), "paginaGrootte");
    }

    private static void parameterfout(java.net.http.HttpResponse<String> antwoord, String naam) {
        assertThat(genoemd(probleem(antwoord, 400, "API-002"))).containsExactly(naam);
    }
}
