package nl.schakel.platform.casusoverleg;

import static nl.schakel.platform.Logboekcontrole.*;
import static nl.schakel.platform.Probleemcontrole.isProbleem;
import static nl.schakel.platform.casusoverleg.Casusoverleggen.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.PlatformOmgeving;
import nl.schakel.platform.TestTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Registering a case and its triage: a member registers (EIGENAAR), the organiser receives it (ONTVANGER) and decides
 * within the term; the aanmelder reads the outcome. Each party's step is refused to the other, with its logboek row.
 */
@PlatformIT
@RunAsClient
class CasusoverlegAanmeldingIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void deOverlegtafelIsVoorElkeMedewerkerTeLezen() {
        String politie = politie(uniek("politie"));
        JsonObject tafel = Api.ok(Api.get("/api/v1/overlegtafels/" + TAFEL, politie));
        assertThat(tafel.getString("naam")).isEqualTo("Casusoverleg Huiselijk Geweld Rotterdam-Rijnmond");
        assertThat(tafel.getString("voorzitter")).isEqualTo("VTRR");
        assertThat(tafel.getString("organisator")).isEqualTo("ZVHRR");
        assertThat(tafel.getString("doel")).isEqualTo("CASUSOVERLEG");
        assertThat(tafel.getString("grondslag")).contains("WGS");
        assertThat(tafel.getJsonArray("leden").getValuesAs(JsonString::getString)).contains("POL-RR", "OM-RDAM", "RN-RDAM", "WT-RDAM-FEIJ");
        assertThat(tafel.getJsonArray("criteria").getValuesAs(JsonObject.class)).extracting(c -> c.getString("code"))
                .containsExactly("MEERDERE_PROBLEEMGEBIEDEN", "MEERDERE_KETENS", "IMPACT_GEZINSSYSTEEM");
        assertThat(tafel.getInt("toegangsvensterDagen")).isEqualTo(14);
        assertThat(tafel.getString("bewaarregel")).isNotBlank();
        assertThat(Api.ok(Api.get("/api/v1/overlegtafels", politie)).getJsonObject("_embedded").getJsonArray("overlegtafels")).isNotEmpty();
        isProbleem(Api.get("/api/v1/overlegtafels/" + UUID.randomUUID(), politie), 404, "CSO-404");
        isProbleem(Api.stuur(Api.verzoek("/api/v1/overlegtafels").GET()), 401, "API-401");
    }

    @Test
    void eenLidMeldtAanDeOrganisatorOntvangtEnVerderNiemand() {
        String aanmelder = uniek("wt.feijenoord");
        String organisator = uniek("zvh");
        String buur = uniek("wt.charlois");
        HttpResponse<String> antwoord = Api.json("POST", AANMELDINGEN, wijkteam(aanmelder), null, aanmelding("Wie doet wat?"));
        Bron aanmelding = gemaakt(antwoord);
        JsonObject nieuw = Api.lees(antwoord);
        assertThat(aanmelding.etag()).isEqualTo("\"1\"");
        assertThat(nieuw.getString("status")).isEqualTo("INGEDIEND");
        assertThat(nieuw.getString("aanmeldendeOrganisatie")).isEqualTo("WT-RDAM-FEIJ");
        assertThat(nieuw.getString("triageUiterlijk")).isNotBlank();
        assertThat(nieuw.getBoolean("triageVerlopen")).isFalse();
        assertThat(nieuw.getJsonArray("criteria")).hasSize(3);
        assertThat(nieuw.getJsonArray("betrokkenen").getValuesAs(JsonObject.class)).allSatisfy(b -> assertThat(b.getString("id")).isNotBlank());

        JsonObject alsOrganisator = Api.ok(Api.get(aanmelding.pad(), zvh(organisator)));
        assertThat(alsOrganisator.getString("vraag")).isEqualTo("Wie doet wat?");
        isProbleem(Api.get(aanmelding.pad(), TestTokens.voor(buur, "WT-RDAM-CHAR", "wijkteammedewerker")), 404, "CSO-404");
        isProbleem(Api.get(aanmelding.pad(), politie(uniek("politie"))), 404, "CSO-404");
        List<JsonObject> toegangen = Api.ok(Api.get(aanmelding.pad() + "/toegang", zvh(organisator))).getJsonObject("_embedded")
                .getJsonArray("toegangen").getValuesAs(JsonObject.class);
        assertThat(toegangen).singleElement().satisfies(t -> {
            assertThat(t.getString("reden")).isEqualTo("ONTVANGER");
            assertThat(t.getJsonArray("categorieen").getValuesAs(JsonString::getString)).containsExactly("IDENTITEIT", "VEILIGHEID", "HULPVERLENING");
        });

        JsonObject aangemeld = logboekregel(logboekregels(aanmelder), "casusoverleg.aanmelden", "TOEGESTAAN", aanmelding.id());
        assertThat(aangemeld.getString("toegangReden")).isEqualTo("EIGENAAR");
        assertThat(aangemeld.getJsonArray("betrokkenen")).hasSize(3);
        assertThat(logboekregel(logboekregels(organisator), "casusoverleg.aanmelding-lezen", "TOEGESTAAN", aanmelding.id())
                .getString("toegangReden")).isEqualTo("ONTVANGER");
        JsonObject geweigerd = logboekregel(logboekregels(buur), "casusoverleg.aanmelding-lezen", "GEWEIGERD", aanmelding.id());
        assertThat(geweigerd.getJsonArray("betrokkenen").getValuesAs(JsonString::getString))
                .containsExactlyInAnyOrderElementsOf(aangemeld.getJsonArray("betrokkenen").getValuesAs(JsonString::getString));
    }

    @Test
    void geenLidGeenRolOfOngeldigeInvoerGeenAanmelding() {
        String buitenstaander = uniek("filomena");
        isProbleem(Api.json("POST", AANMELDINGEN, TestTokens.voor(buitenstaander, "FIL", "wijkteammedewerker"), null,
                aanmelding("Vraag")), 403, "CSO-015");
        assertThat(logboekregels(buitenstaander)).anySatisfy(r -> {
            assertThat(r.getString("handeling")).isEqualTo("casusoverleg.aanmelden");
            assertThat(r.getString("uitkomst")).isEqualTo("GEWEIGERD");
        });
        String zonderRol = uniek("filomena");
        isProbleem(Api.json("POST", AANMELDINGEN, TestTokens.voor(zonderRol, "FIL", "filomena-medewerker"), null,
                aanmelding("Vraag")), 403, "TGN-002");
        assertThat(logboekregels(zonderRol)).anySatisfy(r -> assertThat(r.getString("uitkomst")).isEqualTo("GEWEIGERD"));

        String wijkteam = wijkteam(uniek("wt"));
        JsonObject ongeldig = isProbleem(Api.json("POST", AANMELDINGEN, wijkteam, null, """
                {"overlegtafel": "%s", "vraag": "", "criteria": [], "betrokkenen": [], "voorgesteldePartners": ["POL-RR"]}
                """.formatted(TAFEL)), 400, "CSO-001");
        assertThat(namen(ongeldig)).contains("vraag", "criteria", "betrokkenen");
        JsonObject onbekendePartner = isProbleem(Api.json("POST", AANMELDINGEN, wijkteam, null,
                aanmelding("Vraag").replace("\"OM-RDAM\"", "\"XX-ONBEKEND\"")), 400, "CSO-001");
        assertThat(namen(onbekendePartner)).containsExactly("voorgesteldePartners[1]");
        isProbleem(Api.json("POST", AANMELDINGEN, wijkteam, null, aanmelding("Vraag").replace("\"vraag\"", "\"bsn\": \"111222333\", \"vraag\"")),
                400, "API-400");
        isProbleem(Api.json("POST", AANMELDINGEN, wijkteam, null, aanmelding("Vraag").replace(TAFEL, UUID.randomUUID().toString())),
                400, "CSO-001");
    }

    @Test
    void deTriageGaatVanVraagViaAanvullingNaarBesluitEnDeAanmelderZietDeUitkomst() {
        String wijkteam = wijkteam(uniek("wt"));
        String zvh = zvh(uniek("zvh"));
        Bron aanmelding = meldAan(wijkteam);

        isProbleem(Api.json("POST", aanmelding.pad() + "/aanvullingsverzoek", zvh, null, "{\"reden\":\"Welke school?\"}"), 428, "API-428");
        isProbleem(Api.json("POST", aanmelding.pad() + "/aanvullingsverzoek", zvh, "\"7\"", "{\"reden\":\"Welke school?\"}"), 412, "API-412");
        isProbleem(Api.json("POST", aanmelding.pad() + "/aanvullingsverzoek", zvh, aanmelding.etag(), "{\"reden\":\" \"}"), 400, "CSO-004");
        HttpResponse<String> gevraagd = Api.json("POST", aanmelding.pad() + "/aanvullingsverzoek", zvh, aanmelding.etag(),
                "{\"reden\":\"Welke hulpverlening loopt er al?\"}");
        assertThat(Api.ok(gevraagd).getString("status")).isEqualTo("AANVULLING_GEVRAAGD");

        JsonObject alsAanmelder = Api.ok(Api.get(aanmelding.pad(), wijkteam));
        assertThat(alsAanmelder.getJsonArray("overgangen").getJsonObject(1).getString("reden")).isEqualTo("Welke hulpverlening loopt er al?");
        assertThat(alsAanmelder.getJsonArray("overgangen").getJsonObject(1).getString("organisatie")).isEqualTo("ZVHRR");
        assertThat(alsAanmelder.containsKey("triageUiterlijk")).as("de termijn staat stil").isFalse();
        HttpResponse<String> aangevuld = Api.json("PUT", aanmelding.pad(), wijkteam, Api.etag(gevraagd),
                aanmelding("Wie doet wat? Er loopt opvoedondersteuning."));
        assertThat(Api.ok(aangevuld).getString("status")).isEqualTo("INGEDIEND");
        assertThat(Api.lees(aangevuld).getString("triageUiterlijk")).isNotBlank();

        HttpResponse<String> afgewezen = Api.json("POST", aanmelding.pad() + "/afwijzing", zvh, Api.etag(aangevuld),
                "{\"reden\":\"Past beter in het wijkteamoverleg.\"}");
        assertThat(Api.ok(afgewezen).getString("status")).isEqualTo("AFGEWEZEN");
        JsonObject uitkomst = Api.ok(Api.get(aanmelding.pad(), wijkteam));
        assertThat(uitkomst.getJsonArray("overgangen").getValuesAs(JsonObject.class)).last()
                .satisfies(o -> assertThat(o.getString("reden")).isEqualTo("Past beter in het wijkteamoverleg."));
        isProbleem(Api.post(aanmelding.pad() + "/acceptatie", zvh, Api.etag(afgewezen)), 409, "CSO-010");
        isProbleem(Api.json("PUT", aanmelding.pad(), wijkteam, Api.etag(afgewezen), aanmelding("Nog één keer?")), 409, "CSO-010");
    }

    @Test
    void deOrganisatorSchrijftNietInEenAanmeldingEnDeAanmelderBeoordeeltZeNiet() {
        String aanmelder = uniek("wt");
        String organisator = uniek("zvh");
        Bron aanmelding = meldAan(wijkteam(aanmelder));

        JsonObject nietVanHem = isProbleem(Api.json("PUT", aanmelding.pad(), zvh(organisator), aanmelding.etag(), aanmelding("Anders")),
                403, "TGN-002");
        assertThat(nietVanHem.getString("detail")).contains("casusoverleg.aanmelding-wijzigen").contains("EIGENAAR");
        isProbleem(Api.post(aanmelding.pad() + "/acceptatie", wijkteam(aanmelder), aanmelding.etag()), 403, "TGN-002");
        isProbleem(Api.json("POST", aanmelding.pad() + "/afschaling", zvh(organisator), aanmelding.etag(), "{\"reden\":\"x\"}"), 409, "CSO-010");

        JsonObject geweigerd = logboekregel(logboekregels(organisator), "casusoverleg.aanmelding-wijzigen", "GEWEIGERD", aanmelding.id());
        assertThat(geweigerd.getString("toegangReden")).isEqualTo("ONTVANGER");
        assertThat(geweigerd.getJsonArray("betrokkenen")).hasSize(3);
        assertThat(logboekregel(logboekregels(aanmelder), "casusoverleg.aanmelding-beoordelen", "GEWEIGERD", aanmelding.id())
                .getString("toegangReden")).isEqualTo("EIGENAAR");
    }

    @Test
    void eenVerlopenTriagetermijnStaatBijDeOrganisatorEnDeAanmelderZietAlleenDeEigen() throws SQLException {
        String wijkteam = wijkteam(uniek("wt"));
        String zvh = zvh(uniek("zvh"));
        Bron oud = meldAan(wijkteam);
        Bron vers = meldAan(wijkteam);
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement(
                "update casusoverleg.aanmelding set ingediend_op = now() - interval '30 days' where id = ?::uuid")) {
            s.setString(1, oud.id());
            assertThat(s.executeUpdate()).isEqualTo(1);
        }

        List<JsonObject> wachtrij = alle(AANMELDINGEN + "?status=INGEDIEND&paginaGrootte=50", zvh);
        JsonObject verlopen = metId(wachtrij, oud.id());
        assertThat(verlopen.getBoolean("triageVerlopen")).isTrue();
        assertThat(metId(wachtrij, vers.id()).getBoolean("triageVerlopen")).isFalse();
        assertThat(wachtrij.indexOf(verlopen)).as("oudste eerst").isLessThan(wachtrij.indexOf(metId(wachtrij, vers.id())));
        assertThat(verlopen.containsKey("betrokkenen")).as("een lijst zonder persoonsgegevens").isFalse();
        assertThat(Api.ok(Api.get(oud.pad(), zvh)).getBoolean("triageVerlopen")).isTrue();

        List<String> vanBuur = alle(AANMELDINGEN + "?paginaGrootte=100", TestTokens.voor(uniek("wt"), "WT-RDAM-CHAR", "wijkteammedewerker"))
                .stream().map(a -> a.getString("id")).toList();
        assertThat(vanBuur).doesNotContain(oud.id(), vers.id());
        isProbleem(Api.get(AANMELDINGEN + "?status=ONBEKEND", zvh), 400, "API-002");
    }

    /** Every item of a list, following {@code _links.next}. */
    private static List<JsonObject> alle(String pad, String token) {
        List<JsonObject> items = new ArrayList<>();
        String volgende = pad;
        for (int pagina = 0; volgende != null && pagina < 50; pagina++) {
            JsonObject antwoord = Api.ok(Api.get(volgende, token));
            items.addAll(antwoord.getJsonObject("_embedded").getJsonArray("aanmeldingen").getValuesAs(JsonObject.class));
            JsonObject links = antwoord.getJsonObject("_links");
            volgende = links.containsKey("next") ? links.getJsonObject("next").getString("href") : null;
        }
        return items;
    }

    private static JsonObject metId(List<JsonObject> items, String id) {
        return items.stream().filter(i -> i.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " staat niet in de lijst"));
    }

    private static List<String> namen(JsonObject probleem) {
        return probleem.getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")).toList();
    }
}
