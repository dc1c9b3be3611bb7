package nl.schakel.platform.overdracht;

import static nl.schakel.platform.overdracht.Verzoeken.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import nl.schakel.platform.PlatformIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * A returned overdracht goes somewhere: Veilig Thuis reads the receiver's reason, corrects it and sends it to another
 * wijkteam; the wijkteam that returned it is told that it returned it, when and why (its own action on record) rather
 * than "does not exist", and sees nothing of the case; anyone else still gets 404.
 */
@PlatformIT
@RunAsClient
class TerugleggenEnOpnieuwIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void veiligThuisLeestDeRedenVerbetertEnVerstuurtNaarEenAnderWijkteam() {
        Overdracht overdracht = verzondenAanFeijenoord();
        String wtGebruiker = uniek("wt.feijenoord");
        String wt = token(wtGebruiker, "WT-RDAM-FEIJ", "wijkteammedewerker");
        HttpResponse<String> ontvangen = post(overdracht.pad() + "/ontvangstbevestiging", wt, overdracht.etag());
        ok(json("POST", overdracht.pad() + "/teruglegging", wt, etag(ontvangen), reden("Gezin woont in Charlois.")));

        // Veilig Thuis sees why
        HttpResponse<String> gelezen = get(overdracht.pad(), procesregisseur());
        JsonObject bijVt = ok(gelezen);
        assertThat(bijVt.getString("status")).isEqualTo("TERUGGELEGD");
        JsonObject teruglegging = bijVt.getJsonArray("overgangen").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("naar").equals("TERUGGELEGD")).findFirst().orElseThrow();
        assertThat(teruglegging.getString("reden")).isEqualTo("Gezin woont in Charlois.");
        assertThat(teruglegging.getString("organisatie")).isEqualTo("WT-RDAM-FEIJ");

        // corrects it and sends it to Charlois
        HttpResponse<String> verbeterd = json("PUT", overdracht.pad(), procesregisseur(), etag(gelezen),
                inhoud("Buren hoorden geschreeuw; gezin verhuisd naar Charlois."));
        assertThat(verbeterd.statusCode()).as(verbeterd.body()).isEqualTo(200);
        HttpResponse<String> opnieuw = json("POST", overdracht.pad() + "/verzending", procesregisseur(), etag(verbeterd),
                verzending("WT-RDAM-CHAR", List.of("IDENTITEIT", "VEILIGHEID")));
        assertThat(opnieuw.statusCode()).as(opnieuw.body()).isEqualTo(200);
        JsonObject verzonden = lees(opnieuw);
        assertThat(verzonden.getString("status")).isEqualTo("VERZONDEN");
        assertThat(verzonden.getString("ontvangendeOrganisatie")).isEqualTo("WT-RDAM-CHAR");
        assertThat(verzonden.containsKey("opgeschaaldOp")).isFalse();

        JsonObject bijCharlois = ok(get(overdracht.pad(), token(uniek("wt.charlois"), "WT-RDAM-CHAR", "wijkteammedewerker")));
        assertThat(bijCharlois.getJsonObject("inhoud").getJsonObject("aanleiding").getString("meldingSamenvatting"))
                .contains("Charlois");

        // the returner: its own action, nothing of the case
        JsonObject probleem = isProbleem(get(overdracht.pad(), wt), 410, "OVD-410");
        assertThat(probleem.getString("title")).isEqualTo("Niet meer met u gedeeld");
        assertThat(probleem.getString("detail")).contains("U heeft deze overdracht op ", " teruggelegd: Gezin woont in Charlois. Zij");
        assertThat(probleem.toString()).doesNotContain("Jansen", "geschreeuw");
        assertThat(logboekregels(wtGebruiker)).anySatisfy(r -> assertThat(r.getString("handeling") + "/"
                + r.getString("uitkomst") + "/" + r.getString("bronId", "")).isEqualTo("overdracht.lezen/GEWEIGERD/" + overdracht.id()));
        // an organisation that never had it: it does not exist
        isProbleem(get(overdracht.pad(), token(uniek("wt.schiedam"), "LT-SCHIEDAM", "wijkteammedewerker")), 404, "OVD-404");
    }

    @Test
    void eenVerzondenOverdrachtBlijftOnwijzigbaar() {
        Overdracht overdracht = verzondenAanFeijenoord();
        isProbleem(json("PUT", overdracht.pad(), procesregisseur(), overdracht.etag(), inhoud("Nee.")), 409, "OVD-012");
    }
}
