package nl.schakel.platform.casusoverleg;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.schakel.platform.Api;
import nl.schakel.platform.TestTokens;

/**
 * The casusoverleg steps the ITs repeat, through the API as a partner would take them, with fictional data only. The
 * shared HTTP client, problem check and logboek reader are those of {@code nl.schakel.platform}.
 */
final class Casusoverleggen {

    /** The demo table the migration configures (casusoverleg V2). */
    static final String TAFEL = "c5000000-0000-4000-8000-000000000001";
    static final String AANMELDINGEN = "/api/v1/aanmeldingen";
    static final String OVERLEGGEN = "/api/v1/casusoverleggen";
    static final String AGENDAPUNTEN = "/api/v1/agendapunten";

    private Casusoverleggen() {}

    // ---- tokens (one per user name: a test that reads the logboek gives its users unique names)

    static String zvh(String gebruiker) {
        return TestTokens.voor(gebruiker, "ZVHRR", "zvh-procesregisseur");
    }

    static String voorzitter(String gebruiker) {
        return TestTokens.voor(gebruiker, "VTRR", "procesregisseur");
    }

    static String politie(String gebruiker) {
        return TestTokens.voor(gebruiker, "POL-RR", "politiemedewerker");
    }

    static String om(String gebruiker) {
        return TestTokens.voor(gebruiker, "OM-RDAM", "officier-van-justitie");
    }

    static String reclassering(String gebruiker) {
        return TestTokens.voor(gebruiker, "RN-RDAM", "reclasseringswerker");
    }

    static String wijkteam(String gebruiker) {
        return TestTokens.voor(gebruiker, "WT-RDAM-FEIJ", "wijkteammedewerker");
    }

    // ---- steps

    /** A registration by the token's organisation; its address and ETag. */
    static Bron meldAan(String token) {
        return gemaakt(Api.json("POST", AANMELDINGEN, token, null, aanmelding("Hoe krijgen we samen zicht op veiligheid?")));
    }

    /** Registered by the wijkteam and accepted by the ZVH. */
    static Bron geaccepteerd(String zvh) {
        Bron aanmelding = meldAan(wijkteam("wt.feijenoord"));
        HttpResponse<String> geaccepteerd = Api.post(aanmelding.pad() + "/acceptatie", zvh, aanmelding.etag());
        assertThat(geaccepteerd.statusCode()).as(geaccepteerd.body()).isEqualTo(200);
        return new Bron(aanmelding.pad(), Api.etag(geaccepteerd));
    }

    /** A meeting a week from now. */
    static Bron plan(String zvh) {
        return gemaakt(Api.json("POST", OVERLEGGEN, zvh, null, planning(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(7))));
    }

    /** Puts the case on the agenda; the new item, and the meeting with its new ETag. */
    static Agendapunt zetOpAgenda(String zvh, Bron overleg, Bron aanmelding) {
        HttpResponse<String> antwoord = Api.json("POST", overleg.pad() + "/agendapunten", zvh, overleg.etag(),
                "{\"aanmelding\":\"" + aanmelding.id() + "\"}");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        String plaats = URI.create(antwoord.headers().firstValue("Location").orElseThrow()).getPath();
        return new Agendapunt(plaats, new Bron(overleg.pad(), Api.etag(antwoord)));
    }

    static void nodigUit(String zvh, String agendapunt, String organisatie) {
        HttpResponse<String> antwoord = Api.json("POST", agendapunt + "/uitnodigingen", zvh, null,
                "{\"organisatie\":\"" + organisatie + "\"}");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
    }

    /**
     * Confirms the meeting's confidentiality statement for the token's person (201 the first time, 200 after): before it
     * an item's content, another organisation's inbreng and the verslag answer 403 CSO-020.
     */
    static void bevestig(String token, Bron overleg) {
        HttpResponse<String> antwoord = Api.post(overleg.pad() + "/geheimhoudingsverklaring", token, null);
        assertThat(antwoord.statusCode()).as(antwoord.body()).isIn(200, 201);
    }

    /** A draft inbreng on the item by the token's organisation. */
    static Bron lever(String token, String agendapunt, String body) {
        return gemaakt(Api.json("POST", agendapunt + "/inbreng", token, null, body));
    }

    /** Drafted and shared. */
    static Bron gedeeld(String token, String agendapunt, String body) {
        Bron concept = lever(token, agendapunt, body);
        HttpResponse<String> gedeeld = Api.post(concept.pad() + "/deling", token, concept.etag());
        assertThat(gedeeld.statusCode()).as(gedeeld.body()).isEqualTo(200);
        return new Bron(concept.pad(), Api.etag(gedeeld));
    }

    static Bron gemaakt(HttpResponse<String> antwoord) {
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        String plaats = URI.create(antwoord.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(plaats).endsWith("/" + Api.lees(antwoord).getString("id"));
        return new Bron(plaats, Api.etag(antwoord));
    }

    // ---- bodies (fictional)

    static String aanmelding(String vraag) {
        return """
                {"overlegtafel": "%s",
                 "vraag": "%s",
                 "criteria": [
                   {"criterium": "MEERDERE_PROBLEEMGEBIEDEN", "voldaan": true, "toelichting": "Geweld en schulden."},
                   {"criterium": "MEERDERE_KETENS", "voldaan": true, "toelichting": "Politie en wijkteam zijn betrokken."},
                   {"criterium": "IMPACT_GEZINSSYSTEEM", "voldaan": true, "toelichting": "Twee jonge kinderen in huis."}],
                 "betrokkenen": [
                   {"rol": "SLACHTOFFER", "voornaam": "Fatima", "achternaam": "Jansen", "geboortedatum": "1990-03-01"},
                   {"rol": "VERMOEDELIJKE_PLEGER", "voornaam": "Kees", "achternaam": "Jansen"},
                   {"rol": "KIND", "voornaam": "Noor", "achternaam": "Jansen", "geboortedatum": "2018-05-20"}],
                 "voorgesteldePartners": ["POL-RR", "OM-RDAM"]}
                """.formatted(TAFEL, vraag);
    }

    static String planning(LocalDate datum) {
        return """
                {"overlegtafel": "%s", "datum": "%s", "aanvang": "13:30", "einde": "16:00",
                 "plaats": "Zorg- en Veiligheidshuis, vergaderzaal 2", "voorzitter": "A. de Voorzitter (VT)",
                 "notulist": "B. de Notulist (ZVH)"}
                """.formatted(TAFEL, datum);
    }

    /** Police information: criminal data (JUSTITIEEL) and a safety remark (VEILIGHEID). */
    static final String POLITIE_JUSTITIEEL = "Twee aangiftes van mishandeling in 2026 (fictief).";
    static final String POLITIE_VEILIGHEID = "Geen wapenbezit bekend.";

    static String politieInbreng() {
        return inbreng(List.of(new String[] {"JUSTITIEEL", "Wet politiegegevens, art. 19", POLITIE_JUSTITIEEL},
                new String[] {"VEILIGHEID", "Wet politiegegevens, art. 19", POLITIE_VEILIGHEID}));
    }

    static String inbreng(List<String[]> delen) {
        return "{\"delen\":[" + delen.stream().map(d -> "{\"categorie\":\"" + d[0] + "\",\"grondslag\":\"" + d[1] + "\",\"tekst\":\""
                + d[2] + "\"}").collect(Collectors.joining(",")) + "]}";
    }

    /** The inbreng on an item as the reader sees it, by contributing organisation. */
    static JsonObject inbrengVan(JsonObject agendapunt, String organisatie) {
        return agendapunt.getJsonArray("inbreng").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("organisatie").equals(organisatie)).findFirst()
                .orElseThrow(() -> new AssertionError("geen inbreng van " + organisatie + " in " + agendapunt));
    }

    /** A resource's path ({@code /api/v1/...}) and the ETag last seen. */
    record Bron(String pad, String etag) {
        String id() {
            return pad.substring(pad.lastIndexOf('/') + 1);
        }
    }

    /** A new agenda item, and its meeting as it is after the change. */
    record Agendapunt(String pad, Bron overleg) {
        String id() {
            return pad.substring(pad.lastIndexOf('/') + 1);
        }
    }
}
