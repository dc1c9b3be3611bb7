package nl.schakel.platform.casusoverleg;

import static nl.schakel.platform.Logboekcontrole.*;
import static nl.schakel.platform.casusoverleg.Casusoverleggen.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.TestTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The casusoverleg's betrokkenen in the person registry (issue 12): a person registered only through an aanmelding (no
 * BSN: an aanmelding holds minimal identity) is found by the bekendheidscheck by family name and date of birth, known
 * to the aanmelder and to the ZVH (which received it for triage), and to an invited partner while its invitation runs;
 * a change of the aanmelding keeps the person's platform id; an unknown person gets the same shape, not known.
 */
@PlatformIT
@RunAsClient
class CasusoverlegBekendheidIT {

    private static final String CHECK = "/api/v1/bekendheidscheck";

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void eenPersoonAlleenUitEenAanmeldingIsBekendBijAanmelderEnZvhEnDeGenodigde() {
        String familie = familienaam();
        String wt = wijkteam(uniek("wt.feijenoord"));
        String zvh = zvh(uniek("zvh"));
        HttpResponse<String> gemeld = Api.json("POST", AANMELDINGEN, wt, null, aanmelding("Wie pakt wat op?").replace("Jansen", familie));
        Bron aanmelding = gemaakt(gemeld);
        List<String> ids = ids(Api.lees(gemeld));
        String vrager = uniek("vt.bekend");
        String vt = TestTokens.voor(vrager, "VTRR", "procesregisseur");

        // submitted: the aanmelder holds it, the ZVH received it for triage (its ONTVANGER grant)
        JsonObject ingediend = Api.ok(vraag(vt, familie, "Fatima", "1990-03-01"));
        assertThat(ingediend.getBoolean("bekend")).isTrue();
        assertThat(codes(ingediend)).containsExactly("WT-RDAM-FEIJ", "ZVHRR");
        assertThat(ingediend.toString()).doesNotContain(familie).doesNotContain(aanmelding.id()).doesNotContainIgnoringCase("casusoverleg");
        // the child too, by its own name and date; the person without a date of birth is registered, but not findable by name
        assertThat(codes(Api.ok(vraag(vt, familie, null, "2018-05-20")))).containsExactly("WT-RDAM-FEIJ", "ZVHRR");

        // a change keeps the platform ids of the persons it keeps
        String metIds = aanmelding("Wie pakt wat op, en wanneer?").replace("Jansen", familie)
                .replace("{\"rol\": \"SLACHTOFFER\"", "{\"id\": \"" + ids.get(0) + "\", \"rol\": \"SLACHTOFFER\"")
                .replace("{\"rol\": \"VERMOEDELIJKE_PLEGER\"", "{\"id\": \"" + ids.get(1) + "\", \"rol\": \"VERMOEDELIJKE_PLEGER\"")
                .replace("{\"rol\": \"KIND\"", "{\"id\": \"" + ids.get(2) + "\", \"rol\": \"KIND\"");
        HttpResponse<String> gewijzigd = Api.json("PUT", aanmelding.pad(), wt, aanmelding.etag(), metIds);
        assertThat(gewijzigd.statusCode()).as(gewijzigd.body()).isEqualTo(200);
        assertThat(ids(Api.lees(gewijzigd))).containsExactlyElementsOf(ids);

        // accepted, on an agenda, the police invited: the police is known too while its invitation runs
        HttpResponse<String> geaccepteerd = Api.post(aanmelding.pad() + "/acceptatie", zvh, Api.etag(gewijzigd));
        assertThat(geaccepteerd.statusCode()).as(geaccepteerd.body()).isEqualTo(200);
        Agendapunt punt = zetOpAgenda(zvh, plan(zvh), new Bron(aanmelding.pad(), Api.etag(geaccepteerd)));
        nodigUit(zvh, punt.pad(), "POL-RR");
        JsonObject gepland = Api.ok(vraag(vt, familie, "fatima", "1990-03-01"));
        assertThat(codes(gepland)).containsExactly("POL-RR", "WT-RDAM-FEIJ", "ZVHRR");

        // the asker's row names the persons found: the aanmelding's own platform id of the victim
        JsonObject rij = logboekregels(vrager).stream().filter(r -> r.getString("handeling").equals("bekendheidscheck.vragen")
                && (!r.containsKey("bronId") || r.isNull("bronId"))).findFirst().orElseThrow();
        assertThat(rij.getJsonArray("betrokkenen").getValuesAs(JsonString::getString)).contains(ids.get(0));

        // an unknown person: the same shape, not known
        JsonObject onbekend = Api.ok(vraag(vt, familienaam(), null, "1990-03-01"));
        assertThat(onbekend.keySet()).containsExactlyInAnyOrder("bekend", "organisaties");
        assertThat(onbekend.getBoolean("bekend")).isFalse();
        assertThat(onbekend.getJsonArray("organisaties")).isEmpty();
        assertThat(gepland.keySet()).isEqualTo(onbekend.keySet());
    }

    private static HttpResponse<String> vraag(String token, String achternaam, String voornaam, String geboortedatum) {
        return Api.json("POST", CHECK, token, "{\"achternaam\":\"" + achternaam + "\"" + (voornaam == null ? "" : ",\"voornaam\":\""
                + voornaam + "\"") + ",\"geboortedatum\":\"" + geboortedatum + "\"}");
    }

    /** The organisations in the answer, in its order (by name). */
    private static List<String> codes(JsonObject antwoord) {
        return antwoord.getJsonArray("organisaties").getValuesAs(JsonObject.class).stream().map(o -> o.getString("code")).toList();
    }

    private static List<String> ids(JsonObject aanmelding) {
        return aanmelding.getJsonArray("betrokkenen").getValuesAs(JsonObject.class).stream().map(b -> b.getString("id")).toList();
    }

    /** A family name no other test (or earlier run) used. */
    private static String familienaam() {
        StringBuilder naam = new StringBuilder("Fictief");
        for (int i = 0; i < 8; i++) {
            naam.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return naam.toString();
    }
}
