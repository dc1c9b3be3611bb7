package nl.schakel.platform.casusoverleg;

import static nl.schakel.platform.Logboekcontrole.*;
import static nl.schakel.platform.Probleemcontrole.isProbleem;
import static nl.schakel.platform.casusoverleg.Casusoverleggen.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * A partner's inbreng stays its own: one per organisation per item, a draft for itself alone, changed, shared and
 * withdrawn only by it (If-Match), each refusal with its logboek row.
 */
@PlatformIT
@RunAsClient
class CasusoverlegInbrengIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    /** An item with police, OM and probation invited. */
    private static Agendapunt punt(String zvh) {
        Bron overleg = plan(zvh);
        Agendapunt punt = zetOpAgenda(zvh, overleg, geaccepteerd(zvh));
        nodigUit(zvh, punt.pad(), "POL-RR");
        nodigUit(zvh, punt.pad(), "OM-RDAM");
        nodigUit(zvh, punt.pad(), "RN-RDAM");
        return punt;
    }

    @Test
    void alleenDeInbrengerWijzigtDeeltOfTrektIn() {
        String zvhGebruiker = uniek("zvh");
        String zvh = zvh(zvhGebruiker);
        Agendapunt punt = punt(zvh);
        String politie = politie(uniek("politie"));
        String officier = uniek("om");
        String om = om(officier);
        bevestig(om, punt.overleg());
        Bron inbreng = gedeeld(politie, punt.pad(), politieInbreng());

        // the OM is invited (UITGENODIGD), the rule asks for EIGENAAR: the gate refuses and names the rule
        JsonObject geenEigenaar = isProbleem(Api.json("PUT", inbreng.pad(), om, inbreng.etag(), politieInbreng()), 403, "TGN-002");
        assertThat(geenEigenaar.getString("detail")).contains("casusoverleg.inbreng-wijzigen").contains("EIGENAAR");
        isProbleem(Api.post(inbreng.pad() + "/intrekking", om, inbreng.etag()), 403, "TGN-002");
        // the ZVH owns the meeting (EIGENAAR on it), but the inbreng is the police's: the flow refuses
        JsonObject nietVanHaar = isProbleem(Api.json("PUT", inbreng.pad(), zvh, inbreng.etag(), politieInbreng()), 403, "CSO-015");
        assertThat(nietVanHaar.getString("detail")).contains("POL-RR");
        isProbleem(Api.post(inbreng.pad() + "/deling", zvh, inbreng.etag()), 403, "CSO-015");
        JsonObject geweigerd = logboekregel(logboekregels(officier), "casusoverleg.inbreng-wijzigen", "GEWEIGERD", inbreng.id());
        assertThat(geweigerd.getString("bronType")).isEqualTo("INBRENG");
        assertThat(geweigerd.getString("toegangReden")).isEqualTo("UITGENODIGD");
        assertThat(geweigerd.getJsonArray("betrokkenen")).hasSize(3);
        logboekregel(logboekregels(officier), "casusoverleg.inbreng-intrekken", "GEWEIGERD", inbreng.id());
        assertThat(logboekregel(logboekregels(zvhGebruiker), "casusoverleg.inbreng-wijzigen", "GEWEIGERD", inbreng.id())
                .getJsonArray("betrokkenen")).hasSize(3);
        logboekregel(logboekregels(zvhGebruiker), "casusoverleg.inbreng-delen", "GEWEIGERD", inbreng.id());

        String nieuw = inbreng(List.<String[]>of(new String[] {"JUSTITIEEL", "Wet politiegegevens, art. 19", "Drie aangiftes (fictief)."}));
        isProbleem(Api.json("PUT", inbreng.pad(), politie, null, nieuw), 428, "API-428");
        isProbleem(Api.json("PUT", inbreng.pad(), politie, "\"1\"", nieuw), 412, "API-412");
        HttpResponse<String> gewijzigd = Api.json("PUT", inbreng.pad(), politie, inbreng.etag(), nieuw);
        JsonObject nu = Api.ok(gewijzigd);
        assertThat(nu.getInt("versie")).isEqualTo(3);
        assertThat(nu.getString("status")).as("gedeeld blijft gedeeld").isEqualTo("GEDEELD");
        assertThat(Api.ok(Api.get(inbreng.pad(), om)).toString()).contains("Drie aangiftes (fictief).");
        List<JsonObject> versies = Api.ok(Api.get(inbreng.pad() + "/versies", politie)).getJsonObject("_embedded")
                .getJsonArray("versies").getValuesAs(JsonObject.class);
        assertThat(versies).extracting(v -> v.getInt("versie")).containsExactly(1, 2, 3);
        assertThat(versies).extracting(v -> v.getString("status")).containsExactly("CONCEPT", "GEDEELD", "GEDEELD");
        assertThat(versies.get(0).toString()).contains(POLITIE_JUSTITIEEL);
        isProbleem(Api.get(inbreng.pad() + "/versies", om), 403, "TGN-002");
        isProbleem(Api.get(inbreng.pad() + "/versies", zvh), 403, "CSO-015");
        logboekregel(logboekregels(zvhGebruiker), "casusoverleg.inbreng-versies-lezen", "GEWEIGERD", inbreng.id());

        HttpResponse<String> ingetrokken = Api.post(inbreng.pad() + "/intrekking", politie, Api.etag(gewijzigd));
        assertThat(Api.ok(ingetrokken).getString("status")).isEqualTo("INGETROKKEN");
        isProbleem(Api.get(inbreng.pad(), om), 404, "CSO-404");
        assertThat(Api.ok(Api.get(punt.pad(), om)).getJsonArray("inbreng")).isEmpty();
        assertThat(Api.ok(Api.get(inbreng.pad(), politie)).getString("status")).isEqualTo("INGETROKKEN");
    }

    @Test
    void eenConceptBestaatAlleenVoorDeEigenOrganisatieOokNietVoorDeOrganisator() {
        String zvh = zvh(uniek("zvh"));
        Agendapunt punt = punt(zvh);
        Bron concept = lever(politie(uniek("politie")), punt.pad(), politieInbreng());
        bevestig(zvh, punt.overleg());

        assertThat(Api.ok(Api.get(punt.pad(), zvh)).getJsonArray("inbreng")).isEmpty();
        JsonObject alsOrganisator = Api.ok(Api.get(punt.pad(), zvh));
        assertThat(alsOrganisator.getJsonArray("uitnodigingen").getValuesAs(JsonObject.class))
                .allSatisfy(u -> assertThat(u.getBoolean("inbrengGedeeld")).isFalse());
        isProbleem(Api.get(concept.pad(), zvh), 404, "CSO-404");
        isProbleem(Api.json("PUT", concept.pad(), zvh, concept.etag(), politieInbreng()), 404, "CSO-404");
        isProbleem(Api.get(concept.pad(), reclassering(uniek("reclassering"))), 404, "CSO-404");
        isProbleem(Api.get(punt.pad() + "/inbreng/" + java.util.UUID.randomUUID(), politie(uniek("politie"))), 404, "CSO-404");
    }

    @Test
    void eenOrganisatieLevertEenKeerPerAgendapuntEnAlleenAlsZeErZit() {
        String zvh = zvh(uniek("zvh"));
        Agendapunt punt = punt(zvh);
        String politie = politie(uniek("politie"));
        lever(politie, punt.pad(), politieInbreng());

        isProbleem(Api.json("POST", punt.pad() + "/inbreng", politie, null, politieInbreng()), 409, "CSO-013");
        JsonObject ongeldig = isProbleem(Api.json("POST", punt.pad() + "/inbreng", om(uniek("om")), null,
                inbreng(List.<String[]>of(new String[] {"STRAFBLAD", "", "x"}))), 400, "CSO-002");
        assertThat(ongeldig.getJsonArray("invalidParams").getValuesAs(JsonObject.class)).extracting(p -> p.getString("name"))
                .containsExactlyInAnyOrder("delen[0].categorie", "delen[0].grondslag");
        String raadsonderzoeker = uniek("raad");
        isProbleem(Api.json("POST", punt.pad() + "/inbreng", nl.schakel.platform.TestTokens.voor(raadsonderzoeker, "RVDK-RR",
                "raadsonderzoeker"), null, politieInbreng()), 404, "CSO-404");
        logboekregel(logboekregels(raadsonderzoeker), "casusoverleg.inbreng-leveren", "GEWEIGERD", punt.id());
    }

    @Test
    void deInbrengerZietWaaromHijZijnInbrengZiet() {
        String zvh = zvh(uniek("zvh"));
        Agendapunt punt = punt(zvh);
        String politie = politie(uniek("politie"));
        Bron inbreng = lever(politie, punt.pad(), politieInbreng());

        List<JsonObject> toegangen = Api.ok(Api.get(inbreng.pad() + "/toegang", politie)).getJsonObject("_embedded")
                .getJsonArray("toegangen").getValuesAs(JsonObject.class);
        assertThat(toegangen).extracting(t -> t.getString("reden")).containsExactly("EIGENAAR", "UITGENODIGD");
        assertThat(toegangen.get(0).containsKey("geldigTot")).as("de eigen inbreng blijft, ook na het venster").isFalse();
        assertThat(toegangen.get(1).getString("geldigTot")).isNotBlank();
    }
}
