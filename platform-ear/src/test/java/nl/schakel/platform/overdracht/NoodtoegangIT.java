package nl.schakel.platform.overdracht;

import static nl.schakel.platform.overdracht.Verzoeken.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import nl.schakel.platform.PlatformIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Break-glass: a crisis role opens an overdracht it has no grant for, with a reason. The grant is for that
 * person alone, short, flagged in "why can I see this" and in the logboek; other roles are refused.
 */
@PlatformIT
@RunAsClient
class NoodtoegangIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void eenCrisismedewerkerKrijgtKorteGemarkeerdeToegangVoorZichAlleen() {
        Overdracht overdracht = verzondenAanFeijenoord();
        String gebruiker = uniek("cit.medewerker");
        String cit = token(gebruiker, "CIT-JBRR", "cit-medewerker");
        isProbleem(get(overdracht.pad(), cit), 404, "OVD-404");

        HttpResponse<String> geopend = json("POST", overdracht.pad() + "/noodtoegang", cit, null,
                reden("Acute onveiligheid: kind alleen thuis aangetroffen."));
        assertThat(geopend.statusCode()).as(geopend.body()).isEqualTo(201);
        assertThat(geopend.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(overdracht.pad()));
        JsonObject noodtoegang = lees(geopend);
        assertThat(noodtoegang.getString("reden")).isEqualTo("NOODTOEGANG");
        assertThat(noodtoegang.getString("doel")).isEqualTo("CRISIS");
        assertThat(noodtoegang.getBoolean("noodtoegang")).isTrue();
        assertThat(noodtoegang.getString("medewerker")).isEqualTo(sub(gebruiker));
        assertThat(noodtoegang.getString("geldigTot")).endsWith("Z");

        JsonObject gezien = ok(get(overdracht.pad(), cit));
        assertThat(gezien.getJsonObject("inhoud").getString("justitieleInformatie")).isNotBlank();
        assertThat(tekst(gezien.getJsonArray("achtergehouden"))).containsExactly("MELDER");
        JsonArray toegangen = ok(get(overdracht.pad() + "/toegang", cit)).getJsonObject("_embedded").getJsonArray("toegangen");
        assertThat(toegangen).hasSize(1);
        assertThat(toegangen.getJsonObject(0).getBoolean("noodtoegang")).isTrue();
        assertThat(toegangen.getJsonObject(0).getString("reden")).isEqualTo("NOODTOEGANG");
        assertThat(toegangen.getJsonObject(0).getString("toelichting")).isEqualTo("Acute onveiligheid: kind alleen thuis aangetroffen.");
        assertThat(ok(get(OVERDRACHTEN + "?paginaGrootte=100", cit)).getJsonObject("_embedded").getJsonArray("overdrachten"))
                .extracting(o -> ((JsonObject) o).getString("id")).contains(overdracht.id());

        // only the one who broke the glass, and only to read
        isProbleem(get(overdracht.pad(), token(uniek("cit.collega"), "CIT-JBRR", "cit-medewerker")), 404, "OVD-404");
        isProbleem(json("PUT", overdracht.pad(), cit, overdracht.etag(), inhoud("Nee.")), 403, "TGN-002");
    }

    @Test
    void andereRollenKrijgenGeenNoodtoegang() {
        Overdracht overdracht = verzondenAanFeijenoord();

        isProbleem(json("POST", overdracht.pad() + "/noodtoegang", token("pol.rr", "POL-RR", "politiemedewerker"), null,
                reden("Ik wil het zien.")), 403, "TGN-002");
        isProbleem(json("POST", overdracht.pad() + "/noodtoegang", token("wt.charlois", "WT-RDAM-CHAR", "wijkteammedewerker"),
                null, reden("Ik wil het zien.")), 403, "TGN-002");
        isProbleem(get(overdracht.pad(), token("pol.rr", "POL-RR", "politiemedewerker")), 404, "OVD-404");
    }

    @Test
    void noodtoegangVraagtEenRedenEnEenBestaandeOverdracht() {
        Overdracht overdracht = verzondenAanFeijenoord();
        String cit = token(uniek("cit.medewerker"), "CIT-JBRR", "cit-medewerker");

        isProbleem(json("POST", overdracht.pad() + "/noodtoegang", cit, null, "{}"), 400, "TGN-004");
        isProbleem(json("POST", overdracht.pad() + "/noodtoegang", cit, null, reden("  ")), 400, "TGN-004");
        isProbleem(get(overdracht.pad(), cit), 404, "OVD-404");
        isProbleem(json("POST", OVERDRACHTEN + "/" + UUID.randomUUID() + "/noodtoegang", cit, null, reden("Crisis.")),
                404, "OVD-404");
        isProbleem(json("POST", OVERDRACHTEN + "/geen-id/noodtoegang", cit, null, reden("Crisis.")), 404, "OVD-404");
    }
}
