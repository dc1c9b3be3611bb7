package nl.schakel.platform.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.schakel.platform.Api;
import nl.schakel.toegang.domein.Gegevenscategorie;

/** A fictional, complete overdracht (every field group filled) and the steps to bring it into a state. */
final class Voorbeeld {

    /** The JSON keys of the field groups of each data category, as the API writes them. */
    static final Map<Gegevenscategorie, List<String>> SLEUTELS = Map.of(
            Gegevenscategorie.IDENTITEIT, List.of("identiteit"),
            Gegevenscategorie.BSN, List.of("bsn"),
            Gegevenscategorie.CONTACT, List.of("contact"),
            Gegevenscategorie.ADRES_AFGESCHERMD, List.of("afgeschermdAdres"),
            Gegevenscategorie.VEILIGHEID, List.of("aanleiding", "veiligheidsbeoordeling", "geweldsvormen",
                    "veiligheidsvoorwaarden", "risicofactoren", "beschermendeFactoren"),
            Gegevenscategorie.HULPVERLENING, List.of("hulpvraag", "geadviseerdeHulp", "huidigeHulpverlening", "contactpersonen"),
            Gegevenscategorie.GEZONDHEID, List.of("gezondheid"),
            Gegevenscategorie.JUSTITIEEL, List.of("justitieleInformatie"),
            Gegevenscategorie.MELDER, List.of("melder"));

    /** Fictional people only. */
    static final String INHOUD = """
            {"aanleiding":{"meldingSamenvatting":"Buren horen 's nachts geschreeuw; de kinderen waren erbij.","meldingDatum":"2026-11-10"},
             "veiligheidsbeoordeling":{"uitkomst":"OVERDRACHT_LOKAAL_VELD","datum":"2026-11-14"},
             "geweldsvormen":["PSYCHISCH","GETUIGE_HUISELIJK_GEWELD"],
             "betrokkenen":[{"rol":"SLACHTOFFER",
               "identiteit":{"voornaam":"Fictief","achternaam":"Voorbeeld","geboortedatum":"1990-03-01","geslacht":"VROUW","gemeente":"GM0599"},
               "bsn":"111222333","contact":{"adres":"Voorbeeldstraat 1, Rotterdam","telefoon":"010-1234567"},
               "afgeschermdAdres":"Opvangadres (fictief)"}],
             "veiligheidsvoorwaarden":["Geen geweld in het bijzijn van de kinderen"],
             "risicofactoren":["Alcoholgebruik"],"beschermendeFactoren":["Betrokken grootouders"],
             "hulpvraag":"Ondersteuning bij de opvoeding","geadviseerdeHulp":"Systeemtherapie","huidigeHulpverlening":"Geen",
             "contactpersonen":[{"naam":"Fictieve huisarts","organisatie":"Huisartsenpraktijk","functie":"huisarts","telefoon":"010-7654321"}],
             "melder":{"naam":"Fictieve buurvrouw","relatie":"buurvrouw","telefoon":"06-12345678"},
             "justitieleInformatie":"Eerdere melding bij de politie (fictief)","gezondheid":"Geen bijzonderheden"}
            """;

    private Voorbeeld() {}

    /** Created by Veilig Thuis and sent to {@code ontvanger} with {@code categorieen}; now at version 2. */
    static UUID verzonden(String vt, String ontvanger, Set<Gegevenscategorie> categorieen) {
        HttpResponse<String> aangemaakt = Api.json("POST", "/api/v1/overdrachten", vt, INHOUD);
        assertThat(aangemaakt.statusCode()).as(aangemaakt.body()).isEqualTo(201);
        UUID id = UUID.fromString(Api.lees(aangemaakt).getString("id"));
        String lijst = categorieen.stream().map(c -> "\"" + c.name() + "\"").sorted().collect(Collectors.joining(","));
        // the shelter address is sent only with a reason (OVD-013 otherwise)
        String reden = categorieen.contains(Gegevenscategorie.ADRES_AFGESCHERMD)
                ? ",\"redenAfgeschermdAdres\":\"Huisbezoek op de opvanglocatie.\"" : "";
        stap(id, "verzending", 1, vt, "{\"ontvangendeOrganisatie\":\"" + ontvanger + "\",\"categorieen\":[" + lijst + "]" + reden
                + "," + Api.CONTACTPERSOON_VT + "}");
        return id;
    }

    /** One state change by POST; {@code versie} for If-Match, or null for a step without it (break-glass). */
    static void stap(UUID id, String stap, Integer versie, String token, String body) {
        HttpRequest.Builder verzoek = Api.verzoek("/api/v1/overdrachten/" + id + "/" + stap, token);
        if (versie != null) {
            verzoek.header("If-Match", "\"" + versie + "\"");
        }
        if (body != null) {
            verzoek.header("Content-Type", "application/json");
        }
        HttpResponse<String> antwoord = Api.stuur(verzoek.POST(body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
        assertThat(antwoord.statusCode()).as(stap + ": " + antwoord.body()).isBetween(200, 201);
    }
}
