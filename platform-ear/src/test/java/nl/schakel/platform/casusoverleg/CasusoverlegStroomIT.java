package nl.schakel.platform.casusoverleg;

import static nl.schakel.platform.Logboekcontrole.*;
import static nl.schakel.platform.Probleemcontrole.isProbleem;
import static nl.schakel.platform.casusoverleg.Casusoverleggen.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Flow 2 on the real EAR: a meeting with three cases, each with other partners. Each partner sees only the items it is
 * invited to; within an item, each sees the parts of the others' inbreng its categories cover and learns what was
 * withheld; afschaling ends the invitees' access at once. Every allowed and refused access has its logboek row.
 */
@PlatformIT
@RunAsClient
class CasusoverlegStroomIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    /** One meeting: item A with police, OM and the wijkteam; item B with probation; item C with the Raad. */
    record Overleg(Bron overleg, Bron aanmeldingA, Agendapunt a, Agendapunt b, Agendapunt c) {}

    private static Overleg overlegMetDriePunten(String zvh) {
        Bron aanmeldingA = geaccepteerd(zvh);
        Bron aanmeldingB = geaccepteerd(zvh);
        Bron aanmeldingC = geaccepteerd(zvh);
        Bron overleg = plan(zvh);
        Agendapunt a = zetOpAgenda(zvh, overleg, aanmeldingA);
        Agendapunt b = zetOpAgenda(zvh, a.overleg(), aanmeldingB);
        Agendapunt c = zetOpAgenda(zvh, b.overleg(), aanmeldingC);
        nodigUit(zvh, a.pad(), "POL-RR");
        nodigUit(zvh, a.pad(), "OM-RDAM");
        nodigUit(zvh, a.pad(), "WT-RDAM-FEIJ");
        nodigUit(zvh, b.pad(), "RN-RDAM");
        nodigUit(zvh, c.pad(), "RVDK-RR");
        return new Overleg(c.overleg(), aanmeldingA, a, b, c);
    }

    @Test
    void dePolitieZietAlleenHaarEigenAgendapunt() {
        String zvh = zvh(uniek("zvh"));
        Overleg overleg = overlegMetDriePunten(zvh);
        String agent = uniek("politie");
        String politie = politie(agent);

        JsonObject lijst = Api.ok(Api.get(AGENDAPUNTEN + "?paginaGrootte=100", politie));
        List<String> ids = lijst.getJsonObject("_embedded").getJsonArray("agendapunten").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("id")).toList();
        assertThat(ids).contains(overleg.a().id()).doesNotContain(overleg.b().id(), overleg.c().id());
        bevestig(politie, overleg.overleg());
        JsonObject a = Api.ok(Api.get(overleg.a().pad(), politie));
        assertThat(a.getJsonObject("overleg").getString("datum")).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(7).toString());
        assertThat(a.getJsonObject("casus").getJsonArray("betrokkenen")).hasSize(3);
        isProbleem(Api.get(overleg.b().pad(), politie), 404, "CSO-404");
        isProbleem(Api.get(overleg.overleg().pad(), politie), 404, "CSO-404");

        List<JsonObject> regels = logboekregels(agent);
        JsonObject gelezen = logboekregel(regels, "casusoverleg.agendapunt-lezen", "TOEGESTAAN", overleg.a().id());
        assertThat(gelezen.getString("bronType")).isEqualTo("AGENDAPUNT");
        assertThat(gelezen.getString("toegangReden")).isEqualTo("UITGENODIGD");
        assertThat(gelezen.getString("doel")).isEqualTo("CASUSOVERLEG");
        assertThat(gelezen.getString("grondslag")).contains("WGS");
        assertThat(gelezen.getJsonArray("betrokkenen")).hasSize(3);
        JsonObject geweigerd = logboekregel(regels, "casusoverleg.agendapunt-lezen", "GEWEIGERD", overleg.b().id());
        assertThat(geweigerd.getJsonArray("betrokkenen")).as("de weigering noemt de betrokkenen van B").hasSize(3)
                .doesNotContainAnyElementsOf(gelezen.getJsonArray("betrokkenen"));
        logboekregel(regels, "casusoverleg.overleg-lezen", "GEWEIGERD", overleg.overleg().id());
        logboekregel(regels, "casusoverleg.agendapunten-zoeken", "TOEGESTAAN", overleg.a().id());
        assertThat(regels).noneMatch(r -> r.getString("handeling").equals("casusoverleg.agendapunten-zoeken")
                && overleg.b().id().equals(r.getString("bronId", null)));
    }

    @Test
    void deReclasseringOpEenAnderPuntVanHetOverlegKrijgtDezelfde404AlsVoorEenOnbekendId() {
        Overleg overleg = overlegMetDriePunten(zvh(uniek("zvh")));
        String reclasseerder = uniek("reclassering");
        String reclassering = reclassering(reclasseerder);

        JsonObject nietUitgenodigd = isProbleem(Api.get(overleg.a().pad(), reclassering), 404, "CSO-404");
        JsonObject onbekend = isProbleem(Api.get(AGENDAPUNTEN + "/" + UUID.randomUUID(), reclassering), 404, "CSO-404");
        assertThat(nietUitgenodigd.getString("title")).isEqualTo(onbekend.getString("title"));
        assertThat(nietUitgenodigd.getString("detail")).isEqualTo(onbekend.getString("detail"));
        bevestig(reclassering, overleg.overleg());
        Api.ok(Api.get(overleg.b().pad(), reclassering));

        JsonObject geweigerd = logboekregel(logboekregels(reclasseerder), "casusoverleg.agendapunt-lezen", "GEWEIGERD", overleg.a().id());
        assertThat(geweigerd.getString("organisatie")).isEqualTo("RN-RDAM");
        assertThat(geweigerd.getJsonArray("betrokkenen")).hasSize(3);
        assertThat(geweigerd.containsKey("toegangReden")).as("geen toegang, dus geen reden").isFalse();
    }

    @Test
    void hetOmZietDeJustitieleInbrengVanDePolitieEenWijkteamZietAlleenDatZeErIs() {
        String zvh = zvh(uniek("zvh"));
        Overleg overleg = overlegMetDriePunten(zvh);
        String politie = politie(uniek("politie"));
        String officier = uniek("om");
        String om = om(officier);
        String wijkteam = wijkteam(uniek("wt"));
        String vt = voorzitter(uniek("vt"));
        for (String token : List.of(om, wijkteam, zvh, vt)) {
            bevestig(token, overleg.overleg());
        }

        Bron inbreng = lever(politie, overleg.a().pad(), politieInbreng());
        assertThat(Api.ok(Api.get(overleg.a().pad(), om)).getJsonArray("inbreng")).as("een concept ziet alleen de politie").isEmpty();
        isProbleem(Api.get(inbreng.pad(), om), 404, "CSO-404");
        logboekregel(logboekregels(officier), "casusoverleg.inbreng-lezen", "GEWEIGERD", inbreng.id());

        HttpResponse<String> gedeeld = Api.post(inbreng.pad() + "/deling", politie, inbreng.etag());
        assertThat(Api.ok(gedeeld).getString("status")).isEqualTo("GEDEELD");

        JsonObject voorOm = inbrengVan(Api.ok(Api.get(overleg.a().pad(), om)), "POL-RR");
        assertThat(delen(voorOm)).containsExactly("JUSTITIEEL", "VEILIGHEID");
        assertThat(voorOm.getJsonArray("achtergehouden")).isEmpty();
        assertThat(voorOm.toString()).contains(POLITIE_JUSTITIEEL);
        assertThat(Api.ok(Api.get(inbreng.pad(), om)).getJsonArray("achtergehouden")).isEmpty();

        HttpResponse<String> alsWijkteam = Api.get(overleg.a().pad(), wijkteam);
        JsonObject voorWijkteam = inbrengVan(Api.ok(alsWijkteam), "POL-RR");
        assertThat(delen(voorWijkteam)).containsExactly("VEILIGHEID");
        assertThat(voorWijkteam.getJsonArray("achtergehouden").getValuesAs(JsonString::getString)).containsExactly("JUSTITIEEL");
        assertThat(alsWijkteam.body()).doesNotContain(POLITIE_JUSTITIEEL).contains(POLITIE_VEILIGHEID);

        JsonObject voorOrganisator = inbrengVan(Api.ok(Api.get(overleg.a().pad(), zvh)), "POL-RR");
        assertThat(voorOrganisator.getJsonArray("achtergehouden").getValuesAs(JsonString::getString))
                .as("het beleid geeft het Zorg- en Veiligheidshuis geen justitiële gegevens").containsExactly("JUSTITIEEL");
        JsonObject voorVoorzitter = inbrengVan(Api.ok(Api.get(overleg.a().pad(), vt)), "POL-RR");
        assertThat(delen(voorVoorzitter)).containsExactly("JUSTITIEEL", "VEILIGHEID");
    }

    @Test
    void waaromZieIkDitNoemtDeUitnodigingEnHaarEinde() {
        String zvh = zvh(uniek("zvh"));
        Overleg overleg = overlegMetDriePunten(zvh);

        List<JsonObject> toegangen = Api.ok(Api.get(overleg.a().pad() + "/toegang", politie(uniek("politie"))))
                .getJsonObject("_embedded").getJsonArray("toegangen").getValuesAs(JsonObject.class);
        assertThat(toegangen).singleElement().satisfies(t -> {
            assertThat(t.getString("reden")).isEqualTo("UITGENODIGD");
            assertThat(t.getString("doel")).isEqualTo("CASUSOVERLEG");
            assertThat(t.getString("organisatie")).isEqualTo("POL-RR");
            assertThat(t.getJsonArray("categorieen").getValuesAs(JsonString::getString)).containsExactly("IDENTITEIT", "VEILIGHEID", "JUSTITIEEL");
            assertThat(t.getString("geldigTot")).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(7 + 14 + 1).atStartOfDay(ZoneId.of("Europe/Amsterdam"))
                    .toInstant().toString());
        });
        List<JsonObject> vanOrganisator = Api.ok(Api.get(overleg.a().pad() + "/toegang", zvh)).getJsonObject("_embedded")
                .getJsonArray("toegangen").getValuesAs(JsonObject.class);
        assertThat(vanOrganisator).singleElement().satisfies(t -> {
            assertThat(t.getString("reden")).isEqualTo("EIGENAAR");
            assertThat(t.containsKey("geldigTot")).isFalse();
        });
        isProbleem(Api.get(overleg.a().pad() + "/toegang", reclassering(uniek("reclassering"))), 404, "CSO-404");
    }

    @Test
    void afschalingBeeindigtDeToegangVanDeGenodigdenBijHetVolgendeVerzoekMetHetzelfdeToken() {
        String zvh = zvh(uniek("zvh"));
        Overleg overleg = overlegMetDriePunten(zvh);
        String agent = uniek("politie");
        String politie = politie(agent);
        String om = om(uniek("om"));
        String reclassering = reclassering(uniek("reclassering"));
        for (String token : List.of(politie, om, zvh, reclassering)) {
            bevestig(token, overleg.overleg());
        }
        Bron inbreng = gedeeld(politie, overleg.a().pad(), politieInbreng());
        Api.ok(Api.get(overleg.a().pad(), politie));
        Api.ok(Api.get(inbreng.pad(), om));
        Bron aanmelding = new Bron(overleg.aanmeldingA().pad(), Api.etag(Api.get(overleg.aanmeldingA().pad(), zvh)));

        HttpResponse<String> afgeschaald = Api.json("POST", aanmelding.pad() + "/afschaling", zvh, aanmelding.etag(),
                "{\"reden\":\"Plan loopt; zicht op veiligheid ligt bij het wijkteam.\"}");
        JsonObject casus = Api.ok(afgeschaald);
        assertThat(casus.getString("status")).isEqualTo("AFGESCHAALD");
        assertThat(casus.getString("bewarenTot")).isEqualTo(LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusMonths(12).toString());
        // issue 15: the destruction date from the retention rules (AANMELDING of the ZVH, 12 months after afschaling)
        assertThat(casus.getString("vernietigingsdatum")).isEqualTo(LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusMonths(12).toString());

        isProbleem(Api.get(overleg.a().pad(), politie), 404, "CSO-404");
        logboekregel(logboekregels(agent), "casusoverleg.agendapunt-lezen", "GEWEIGERD", overleg.a().id());
        JsonObject eigen = Api.ok(Api.get(inbreng.pad(), politie));
        assertThat(eigen.getString("organisatie")).as("de politie houdt haar eigen inbreng").isEqualTo("POL-RR");
        assertThat(delen(eigen)).containsExactly("JUSTITIEEL", "VEILIGHEID");
        isProbleem(Api.get(inbreng.pad(), om), 404, "CSO-404");
        isProbleem(Api.json("PUT", inbreng.pad(), politie, Api.etag(Api.get(inbreng.pad(), politie)), politieInbreng()), 409, "CSO-012");

        JsonObject voorOrganisator = Api.ok(Api.get(overleg.a().pad(), zvh));
        assertThat(voorOrganisator.getString("status")).isEqualTo("AFGESCHAALD");
        assertThat(voorOrganisator.getJsonArray("uitnodigingen").getValuesAs(JsonObject.class))
                .allSatisfy(u -> assertThat(u.containsKey("beeindigdOp")).isTrue());
        Api.ok(Api.get(overleg.b().pad(), reclassering));
        isProbleem(Api.json("POST", overleg.a().pad() + "/uitnodigingen", zvh, null, "{\"organisatie\":\"RN-RDAM\"}"), 409, "CSO-012");
    }

    @Test
    void deVoorzitterEnDeOrganisatorZienHetHeleOverlegEenPartnerNiet() {
        String zvh = zvh(uniek("zvh"));
        Overleg overleg = overlegMetDriePunten(zvh);

        JsonObject alsVoorzitter = Api.ok(Api.get(overleg.overleg().pad(), voorzitter(uniek("vt"))));
        assertThat(alsVoorzitter.getJsonArray("agenda").getValuesAs(JsonObject.class)).extracting(r -> r.getString("id"))
                .containsExactly(overleg.a().id(), overleg.b().id(), overleg.c().id());
        assertThat(alsVoorzitter.getString("voorzitterOrganisatie")).isEqualTo("VTRR");
        JsonObject regelA = alsVoorzitter.getJsonArray("agenda").getJsonObject(0);
        assertThat(regelA.getJsonArray("uitnodigingen").getValuesAs(JsonObject.class)).extracting(u -> u.getString("organisatie"))
                .containsExactly("POL-RR", "OM-RDAM", "WT-RDAM-FEIJ");
        List<String> vanOrganisator = Api.ok(Api.get(OVERLEGGEN + "?paginaGrootte=100&vanaf=" + LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")), zvh))
                .getJsonObject("_embedded").getJsonArray("casusoverleggen").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("id")).toList();
        assertThat(vanOrganisator).contains(overleg.overleg().id());
        isProbleem(Api.get(OVERLEGGEN, politie(uniek("politie"))), 403, "TGN-002");
        isProbleem(Api.get(overleg.overleg().pad(), reclassering(uniek("reclassering"))), 404, "CSO-404");
    }

    private static List<String> delen(JsonObject inbreng) {
        return inbreng.getJsonArray("delen").getValuesAs(JsonObject.class).stream().map(d -> d.getString("categorie")).toList();
    }
}
