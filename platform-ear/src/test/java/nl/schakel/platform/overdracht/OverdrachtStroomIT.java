package nl.schakel.platform.overdracht;

import static nl.schakel.platform.overdracht.Verzoeken.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import nl.schakel.platform.PlatformIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Flow 1 over HTTP: Veilig Thuis writes and sends an overdracht, the receiving wijkteam sees what was shared
 * and nothing more, every other organisation sees nothing (not even that it exists), and returning or
 * withdrawing it ends the receiver's access at once.
 */
@PlatformIT
@RunAsClient
class OverdrachtStroomIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void deOntvangerZietWatGedeeldIsEnNoemtWatIsAchtergehouden() {
        Overdracht overdracht = verzondenAanFeijenoord();

        HttpResponse<String> antwoord = get(overdracht.pad(), feijenoord());
        JsonObject gezien = ok(antwoord);
        assertThat(etag(antwoord)).isEqualTo(overdracht.etag());
        assertThat(gezien.getString("id")).isEqualTo(overdracht.id());
        assertThat(gezien.getString("status")).isEqualTo("VERZONDEN");
        assertThat(gezien.getString("eigenaarOrganisatie")).isEqualTo("VTRR");
        assertThat(gezien.getString("ontvangendeOrganisatie")).isEqualTo("WT-RDAM-FEIJ");
        assertThat(tekst(gezien.getJsonArray("achtergehouden"))).containsExactly("JUSTITIEEL", "MELDER");
        JsonObject inhoud = gezien.getJsonObject("inhoud");
        assertThat(inhoud.keySet()).doesNotContain("justitieleInformatie", "melder")
                .contains("aanleiding", "hulpvraag", "gezondheid", "betrokkenen");
        JsonObject slachtoffer = inhoud.getJsonArray("betrokkenen").getJsonObject(0);
        assertThat(slachtoffer.getJsonObject("identiteit").getString("achternaam")).isEqualTo("Jansen");
        assertThat(slachtoffer.getString("id")).isNotBlank();
        assertThat(gezien.containsKey("overgangen")).as("alleen de eigenaar ziet de overgangen").isFalse();
        assertThat(antwoord.headers().firstValue("Cache-Control")).contains("no-store");

        JsonArray toegangen = ok(get(overdracht.pad() + "/toegang", feijenoord()))
                .getJsonObject("_embedded").getJsonArray("toegangen");
        assertThat(toegangen).hasSize(1);
        JsonObject toegang = toegangen.getJsonObject(0);
        assertThat(toegang.getString("reden")).isEqualTo("ONTVANGER");
        assertThat(toegang.getString("doel")).isEqualTo("OVERDRACHT");
        assertThat(toegang.getBoolean("noodtoegang")).isFalse();
        assertThat(tekst(toegang.getJsonArray("categorieen"))).containsExactlyElementsOf(WIJKTEAMCATEGORIEEN);
        assertThat(toegang.getString("geldigVan")).endsWith("Z");

        JsonObject eigen = ok(get(overdracht.pad(), procesregisseur()));
        assertThat(eigen.getJsonArray("achtergehouden")).isEmpty();
        assertThat(eigen.getJsonObject("inhoud").getString("justitieleInformatie")).isNotBlank();
        assertThat(eigen.getJsonArray("overgangen")).extracting(o -> ((JsonObject) o).getString("naar"))
                .containsExactly("CONCEPT", "VERZONDEN");
    }

    @Test
    void andereOrganisatiesKrijgenHetzelfde404AlsVoorEenOnbekendId() {
        Overdracht overdracht = verzondenAanFeijenoord();
        JsonObject onbekend = isProbleem(get(OVERDRACHTEN + "/" + UUID.randomUUID(), feijenoord()), 404, "OVD-404");
        JsonObject misvormd = isProbleem(get(OVERDRACHTEN + "/geen-id", feijenoord()), 404, "OVD-404");
        assertThat(gelijk(misvormd)).isEqualTo(gelijk(onbekend));

        for (String token : List.of(
                token("wt.charlois", "WT-RDAM-CHAR", "wijkteammedewerker"),
                token("lt.schiedam", "LT-SCHIEDAM", "wijkteammedewerker"),
                token("pol.rr", "POL-RR", "politiemedewerker"))) {
            assertThat(gelijk(isProbleem(get(overdracht.pad(), token), 404, "OVD-404"))).isEqualTo(gelijk(onbekend));
            isProbleem(get(overdracht.pad() + "/toegang", token), 404, "OVD-404");
            isProbleem(json("PUT", overdracht.pad(), token, overdracht.etag(), inhoud("Poging.")), 404, "OVD-404");
        }
    }

    @Test
    void terugleggenBeeindigtDeToegangVanDeOntvangerDirect() {
        Overdracht overdracht = verzondenAanFeijenoord();
        String wt = feijenoord();
        HttpResponse<String> ontvangen = post(overdracht.pad() + "/ontvangstbevestiging", wt, overdracht.etag());
        assertThat(ok(ontvangen).getString("status")).isEqualTo("ONTVANGEN");

        isProbleem(json("POST", overdracht.pad() + "/teruglegging", wt, etag(ontvangen), "{}"), 400, "OVD-011");
        HttpResponse<String> teruggelegd = json("POST", overdracht.pad() + "/teruglegging", wt, etag(ontvangen),
                reden("Het gezin woont buiten ons gebied."));
        JsonObject laatste = ok(teruggelegd);
        assertThat(laatste.getString("status")).isEqualTo("TERUGGELEGD");
        assertThat(laatste.getJsonArray("achtergehouden")).isNotEmpty();

        // the returner is told what it did (TerugleggenEnOpnieuwIT), nothing more; every other action: it does not exist
        JsonObject nietMeer = isProbleem(get(overdracht.pad(), wt), 410, "OVD-410");
        assertThat(nietMeer.getString("detail")).contains("teruggelegd: Het gezin woont buiten ons gebied. Zij is niet meer");
        isProbleem(get(overdracht.pad() + "/toegang", wt), 404, "OVD-404");
        JsonObject eigen = ok(get(overdracht.pad(), procesregisseur()));
        assertThat(eigen.getString("status")).isEqualTo("TERUGGELEGD");
        assertThat(eigen.getJsonArray("overgangen").getJsonObject(3).getString("reden"))
                .isEqualTo("Het gezin woont buiten ons gebied.");
    }

    @Test
    void intrekkenBeeindigtDeToegangVanDeOntvangerDirect() {
        Overdracht overdracht = verzondenAanFeijenoord();
        assertThat(ok(get(overdracht.pad(), feijenoord())).getString("status")).isEqualTo("VERZONDEN");

        isProbleem(json("POST", overdracht.pad() + "/intrekking", feijenoord(), overdracht.etag(), reden("Niet van ons.")),
                403, "TGN-002");
        JsonObject ingetrokken = ok(json("POST", overdracht.pad() + "/intrekking", procesregisseur(), overdracht.etag(),
                reden("Dubbel aangemaakt.")));

        assertThat(ingetrokken.getString("status")).isEqualTo("INGETROKKEN");
        isProbleem(get(overdracht.pad(), feijenoord()), 404, "OVD-404");
    }

    @Test
    void deOntvangerBevestigtEnAccepteert() {
        Overdracht overdracht = verzondenAanFeijenoord();
        String wt = feijenoord();
        isProbleem(post(overdracht.pad() + "/acceptatie", wt, overdracht.etag()), 409, "OVD-010");
        isProbleem(post(overdracht.pad() + "/ontvangstbevestiging", procesregisseur(), overdracht.etag()), 403, "TGN-002");

        HttpResponse<String> ontvangen = post(overdracht.pad() + "/ontvangstbevestiging", wt, overdracht.etag());
        HttpResponse<String> geaccepteerd = post(overdracht.pad() + "/acceptatie", wt, etag(ontvangen));

        assertThat(ok(geaccepteerd).getString("status")).isEqualTo("GEACCEPTEERD");
        assertThat(ok(get(overdracht.pad(), wt)).getString("status")).isEqualTo("GEACCEPTEERD");
    }

    @Test
    void eenOntvangerMagNietWijzigenEnEenWijzigingVraagtDeLaatsteVersie() {
        Overdracht overdracht = verzondenAanFeijenoord();
        isProbleem(json("PUT", overdracht.pad(), feijenoord(), overdracht.etag(), inhoud("Anders.")), 403, "TGN-002");

        String vt = procesregisseur();
        Overdracht concept = stelOp(vt);
        isProbleem(json("PUT", concept.pad(), vt, null, inhoud("Zonder versie.")), 428, "API-428");
        isProbleem(json("PUT", concept.pad(), vt, "\"99\"", inhoud("Verouderd.")), 412, "API-412");
        HttpResponse<String> gewijzigd = json("PUT", concept.pad(), vt, concept.etag(), inhoud("Nieuwe samenvatting."));
        JsonObject nieuw = ok(gewijzigd);
        assertThat(nieuw.getJsonObject("inhoud").getJsonObject("aanleiding").getString("meldingSamenvatting"))
                .isEqualTo("Nieuwe samenvatting.");
        assertThat(etag(gewijzigd)).isNotEqualTo(concept.etag());
        isProbleem(json("PUT", concept.pad(), vt, concept.etag(), inhoud("Verloren.")), 412, "API-412");
        isProbleem(json("POST", concept.pad() + "/verzending", vt, null, verzending("WT-RDAM-FEIJ", List.of("IDENTITEIT"))),
                428, "API-428");
        isProbleem(post(overdracht.pad() + "/ontvangstbevestiging", feijenoord(), null), 428, "API-428");

        isProbleem(json("PUT", overdracht.pad(), vt, overdracht.etag(), inhoud("Na verzending.")), 409, "OVD-012");
    }

    @Test
    void deAfzenderKanVersmallenMaarNooitVerbreden() {
        String vt = procesregisseur();
        Overdracht concept = stelOp(vt);

        JsonObject verbreed = isProbleem(json("POST", concept.pad() + "/verzending", vt, concept.etag(),
                verzending("WT-RDAM-FEIJ", List.of("IDENTITEIT", "JUSTITIEEL", "MELDER"))), 422, "TGN-003");
        assertThat(verbreed.getString("detail")).contains("JUSTITIEEL", "MELDER").doesNotContain("IDENTITEIT,");
        isProbleem(json("POST", concept.pad() + "/verzending", vt, concept.etag(),
                verzending("WT-NERGENS", List.of("IDENTITEIT"))), 422, "OVD-016");
        isProbleem(json("POST", concept.pad() + "/verzending", vt, concept.etag(),
                verzending("WT-RDAM-FEIJ", List.of())), 400, "OVD-013");
        assertThat(ok(get(concept.pad(), vt)).getString("status")).as("niets verzonden").isEqualTo("CONCEPT");
        isProbleem(get(concept.pad(), feijenoord()), 404, "OVD-404");

        HttpResponse<String> versmald = json("POST", concept.pad() + "/verzending", vt, concept.etag(),
                verzending("WT-RDAM-FEIJ", List.of("IDENTITEIT", "VEILIGHEID")));
        assertThat(tekst(ok(versmald).getJsonArray("gedeeldeCategorieen"))).containsExactly("IDENTITEIT", "VEILIGHEID");
        JsonObject gezien = ok(get(concept.pad(), feijenoord()));
        assertThat(tekst(gezien.getJsonArray("achtergehouden")))
                .containsExactly("ADRES_AFGESCHERMD", "BSN", "CONTACT", "GEZONDHEID", "HULPVERLENING", "JUSTITIEEL", "MELDER");
        assertThat(gezien.getJsonObject("inhoud").getJsonArray("betrokkenen").getJsonObject(0).keySet())
                .contains("id", "rol", "identiteit").doesNotContain("bsn", "contact", "afgeschermdAdres");
    }

    @Test
    void hetAfgeschermdeAdresGaatAlleenMetEenRedenMee() {
        String vt = procesregisseur();
        Overdracht concept = stelOp(vt);
        String zonderReden = "{\"ontvangendeOrganisatie\":\"WT-RDAM-FEIJ\",\"categorieen\":[\"IDENTITEIT\",\"ADRES_AFGESCHERMD\"]}";
        String legeReden = "{\"ontvangendeOrganisatie\":\"WT-RDAM-FEIJ\",\"categorieen\":[\"IDENTITEIT\",\"ADRES_AFGESCHERMD\"],"
                + "\"redenAfgeschermdAdres\":\"  \"}";
        for (String body : List.of(zonderReden, legeReden)) {
            JsonObject fout = isProbleem(json("POST", concept.pad() + "/verzending", vt, concept.etag(), body), 400, "OVD-013");
            assertThat(fout.getJsonArray("invalidParams").getValuesAs(JsonObject.class))
                    .extracting(p -> p.getString("name")).containsExactly("redenAfgeschermdAdres");
        }
        assertThat(ok(get(concept.pad(), vt)).getString("status")).as("niets verzonden").isEqualTo("CONCEPT");
        isProbleem(get(concept.pad(), feijenoord()), 404, "OVD-404");

        JsonObject verzonden = ok(json("POST", concept.pad() + "/verzending", vt, concept.etag(),
                verzending("WT-RDAM-FEIJ", List.of("IDENTITEIT", "ADRES_AFGESCHERMD"))));
        JsonObject verzending = verzonden.getJsonArray("overgangen").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("naar").equals("VERZONDEN")).findFirst().orElseThrow();
        assertThat(verzending.getString("reden")).isEqualTo("Afgeschermd adres gedeeld: " + REDEN_AFGESCHERMD_ADRES);
    }

    @Test
    void hetVoorbeeldToontPreciesWatDeOntvangerZouZien() {
        String vt = procesregisseur();
        Overdracht concept = stelOp(vt);

        JsonObject standaard = ok(get(concept.pad() + "/voorbeeld?voor=WT-RDAM-FEIJ", vt));
        assertThat(standaard.getString("voor")).isEqualTo("WT-RDAM-FEIJ");
        assertThat(tekst(standaard.getJsonArray("categorieen"))).containsExactlyElementsOf(WIJKTEAMCATEGORIEEN);
        assertThat(tekst(standaard.getJsonArray("achtergehouden"))).containsExactly("JUSTITIEEL", "MELDER");
        assertThat(standaard.getJsonObject("inhoud").keySet()).doesNotContain("melder", "justitieleInformatie");

        JsonObject versmald = ok(get(concept.pad() + "/voorbeeld?voor=WT-RDAM-FEIJ&categorieen=IDENTITEIT,VEILIGHEID", vt));
        assertThat(tekst(versmald.getJsonArray("categorieen"))).containsExactly("IDENTITEIT", "VEILIGHEID");
        assertThat(versmald.getJsonObject("inhoud").keySet()).doesNotContain("hulpvraag", "gezondheid");

        JsonObject jeugdbescherming = ok(get(concept.pad() + "/voorbeeld?voor=CIT-JBRR", vt));
        assertThat(tekst(jeugdbescherming.getJsonArray("achtergehouden"))).containsExactly("MELDER");

        isProbleem(get(concept.pad() + "/voorbeeld?voor=WT-RDAM-FEIJ&categorieen=MELDER", vt), 422, "TGN-003");
        isProbleem(get(concept.pad() + "/voorbeeld?voor=WT-NERGENS", vt), 422, "OVD-016");
        isProbleem(get(concept.pad() + "/voorbeeld?voor=WT-RDAM-FEIJ&categorieen=ROKEN", vt), 400, "API-002");
        isProbleem(get(concept.pad() + "/voorbeeld", vt), 400, "API-002");
        assertThat(ok(get(concept.pad(), vt)).getString("status")).isEqualTo("CONCEPT");
    }

    @Test
    void deVersiegeschiedenisIsVoorDeEigenaar() {
        Overdracht overdracht = verzondenAanFeijenoord();
        String vt = procesregisseur();

        JsonArray versies = ok(get(overdracht.pad() + "/versies", vt)).getJsonObject("_embedded").getJsonArray("versies");
        assertThat(versies).extracting(v -> ((JsonObject) v).getString("status")).containsExactly("CONCEPT", "VERZONDEN");
        assertThat(versies.getJsonObject(0).containsKey("inhoud")).isFalse();
        int eerste = versies.getJsonObject(0).getInt("versie");

        HttpResponse<String> eersteVersie = get(overdracht.pad() + "/versies/" + eerste, vt);
        JsonObject oud = ok(eersteVersie);
        assertThat(oud.getString("status")).isEqualTo("CONCEPT");
        assertThat(oud.getJsonObject("inhoud").getString("justitieleInformatie")).isNotBlank();
        assertThat(etag(eersteVersie)).isEqualTo("\"" + eerste + "\"");
        isProbleem(get(overdracht.pad() + "/versies/999", vt), 404, "OVD-404");
        isProbleem(get(overdracht.pad() + "/versies/x", vt), 404, "OVD-404");

        isProbleem(get(overdracht.pad() + "/versies", feijenoord()), 403, "TGN-002");
        isProbleem(get(overdracht.pad() + "/versies/" + eerste, feijenoord()), 403, "TGN-002");
    }

    @Test
    void deLijstToontAlleenWaarDeAanvragerToegangToeHeeftEnDaarvanAlleenDeHerkenning() {
        Overdracht overdracht = verzondenAanFeijenoord();
        Overdracht concept = stelOp(procesregisseur());

        List<String> feijenoord = ids(ok(get(OVERDRACHTEN + "?status=VERZONDEN&paginaGrootte=100", feijenoord())));
        assertThat(feijenoord).contains(overdracht.id()).doesNotContain(concept.id());
        List<String> charlois = ids(ok(get(OVERDRACHTEN + "?paginaGrootte=100",
                token("wt.charlois", "WT-RDAM-CHAR", "wijkteammedewerker"))));
        assertThat(charlois).doesNotContain(overdracht.id(), concept.id());
        JsonObject eigen = ok(get(OVERDRACHTEN + "?status=CONCEPT&paginaGrootte=100", procesregisseur()));
        assertThat(ids(eigen)).contains(concept.id()).doesNotContain(overdracht.id());
        JsonObject item = eigen.getJsonObject("_embedded").getJsonArray("overdrachten").getJsonObject(0);
        assertThat(item.keySet()).containsOnly("id", "versie", "laatstGewijzigd", "status", "eigenaarOrganisatie", "acceptatieVerlopen",
                "herkenning");
        // of the content only what recognises the case (HerkenbaarIT: and only under a grant that shows it)
        assertThat(item.getJsonObject("herkenning").keySet()).isSubsetOf("naamGedeeld", "achternaam", "kindVoornaam",
                "kindGeboortejaar", "gemeente", "gemeenteNaam", "meldingDatum");

        JsonObject pagina = ok(get(OVERDRACHTEN + "?paginaGrootte=1", procesregisseur()));
        assertThat(pagina.getJsonObject("_embedded").getJsonArray("overdrachten")).hasSize(1);
        assertThat(pagina.getJsonObject("_links").containsKey("next")).isTrue();

        isProbleem(get(OVERDRACHTEN, token("pol.rr", "POL-RR", "politiemedewerker")), 403, "TGN-002");
        isProbleem(get(OVERDRACHTEN + "?status=WEG", feijenoord()), 400, "API-002");
    }

    @Test
    void alleenDeProcesregisseurSteltOp() {
        isProbleem(json("POST", OVERDRACHTEN, feijenoord(), null, inhoud("Mag niet.")), 403, "TGN-002");
        JsonObject onbekendVeld = isProbleem(json("POST", OVERDRACHTEN, procesregisseur(), null, "{\"naam\":\"x\"}"), 400, "API-400");
        assertThat(onbekendVeld.getJsonArray("invalidParams").getJsonObject(0).getString("name")).isEqualTo("naam");
        isProbleem(json("POST", OVERDRACHTEN, procesregisseur(), null,
                "{\"betrokkenen\":[{\"rol\":\"KIND\",\"bsn\":\"123456789\"}]}"), 400, "OVD-001");
    }

    @Test
    void hetOpenApiDocumentBeschrijftDeOverdrachtInHetNederlands() {
        JsonObject paden = ok(stuur(java.net.http.HttpRequest.newBuilder(java.net.URI.create(BASIS + "/api/v1/openapi.json")).GET()))
                .getJsonObject("paths");
        for (String pad : List.of("/overdrachten", "/overdrachten/{id}", "/overdrachten/{id}/verzending",
                "/overdrachten/{id}/voorbeeld", "/overdrachten/{id}/ontvangstbevestiging", "/overdrachten/{id}/acceptatie",
                "/overdrachten/{id}/teruglegging", "/overdrachten/{id}/intrekking", "/overdrachten/{id}/versies",
                "/overdrachten/{id}/versies/{versie}", "/overdrachten/{id}/toegang", "/overdrachten/{id}/noodtoegang")) {
            assertThat(paden.keySet()).as(pad).anyMatch(p -> p.endsWith(pad));
        }
        String verzending = paden.keySet().stream().filter(p -> p.endsWith("/overdrachten/{id}/verzending")).findFirst().orElseThrow();
        assertThat(paden.getJsonObject(verzending).getJsonObject("post").getString("summary")).isEqualTo("Verzend een overdracht");
    }

    private static List<String> ids(JsonObject lijst) {
        return lijst.getJsonObject("_embedded").getJsonArray("overdrachten").stream()
                .map(o -> ((JsonObject) o).getString("id")).toList();
    }

    private static List<String> gelijk(JsonObject probleem) {
        return List.of(probleem.getString("title"), probleem.getString("detail"), probleem.getString("code"),
                probleem.getString("type"), String.valueOf(probleem.getInt("status")));
    }
}
