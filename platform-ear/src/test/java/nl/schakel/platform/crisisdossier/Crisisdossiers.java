package nl.schakel.platform.crisisdossier;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformOmgeving;
import nl.schakel.platform.TestTokens;

/** Steps and fictional bodies shared by the crisisdossier ITs: tokens per crisis partner, a melding, an entry, a task. */
final class Crisisdossiers {

    static final String MELDINGEN = "/api/v1/crisismeldingen";
    static final String DOSSIERS = "/api/v1/crisisdossiers";

    private Crisisdossiers() {}

    // ---- tokens (one per user name: a test that reads the logboek gives its users unique names)

    static String vtCrisis(String gebruiker) {
        return TestTokens.voor(gebruiker, "VTRR", "crisismedewerker");
    }

    static String cit(String gebruiker) {
        return TestTokens.voor(gebruiker, "CIT-JBRR", "cit-medewerker");
    }

    static String raad(String gebruiker) {
        return TestTokens.voor(gebruiker, "RVDK-RR", "raadsonderzoeker");
    }

    static String filomena(String gebruiker) {
        return TestTokens.voor(gebruiker, "FIL", "filomena-medewerker");
    }

    static String wijkteam(String gebruiker) {
        return TestTokens.voor(gebruiker, "WT-RDAM-FEIJ", "wijkteammedewerker");
    }

    // ---- steps

    /** A melding by the token's organisation with these partners; the file's path. */
    static String meld(String token, String... partners) {
        HttpResponse<String> antwoord = Api.json("POST", MELDINGEN, token, null, melding(partners));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        String pad = URI.create(antwoord.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(pad).isEqualTo(DOSSIERS + "/" + Api.lees(antwoord).getString("id"));
        return pad;
    }

    /** A new entry by the token's organisation; the created entry. */
    static JsonObject schrijf(String token, String dossier, String soort, String categorie, String tekst) {
        HttpResponse<String> antwoord = Api.json("POST", dossier + "/aantekeningen", token, null,
                "{\"soort\":\"" + soort + "\",\"categorie\":\"" + categorie + "\",\"tekst\":\"" + tekst + "\"}");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        return Api.lees(antwoord);
    }

    static String id(String pad) {
        return pad.substring(pad.lastIndexOf('/') + 1);
    }

    // ---- bodies (fictional)

    static String melding(String... partners) {
        StringBuilder lijst = new StringBuilder();
        for (String partner : partners) {
            lijst.append(lijst.length() == 0 ? "" : ",").append('"').append(partner).append('"');
        }
        return "{\"watIsErGebeurd\":\"Melding van de politie om 02:10: ernstig geweld tussen ouders, twee kinderen thuis (fictief).\","
                + "\"directeVeiligheid\":\"Vader is aangehouden; moeder en kinderen zijn bij de buren (fictief).\","
                + "\"betrokkenen\":[{\"rol\":\"OUDER\",\"voornaam\":\"Sanne\",\"achternaam\":\"Fictief-Jansen\",\"geboortedatum\":\"1990-03-14\"},"
                + "{\"rol\":\"KIND\",\"voornaam\":\"Noor\",\"achternaam\":\"Fictief-Jansen\",\"geboortedatum\":\"2019-06-01\"}],"
                + "\"partners\":[" + lijst + "],\"sof7\":true}";
    }

    static String taak(String organisatie, String omschrijving, String status) {
        return "{\"omschrijving\":\"" + omschrijving + "\",\"expertise\":\"Crisisinterventie\",\"organisatieCode\":\"" + organisatie
                + "\",\"medewerker\":null,\"gaatErheen\":true,\"gepland\":\"2026-12-03T09:00:00Z\""
                + (status == null ? "" : ",\"status\":\"" + status + "\"") + "}";
    }

    /** The kinds of the file's live events in commit order, as the database holds them. */
    static List<String> livegebeurtenissen(String dossier) throws SQLException {
        List<String> soorten = new ArrayList<>();
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement(
                "select soort from crisisdossier.livegebeurtenis where crisisdossier_id = ?::uuid order by volgnummer")) {
            s.setString(1, id(dossier));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    soorten.add(r.getString(1));
                }
            }
        }
        return soorten;
    }
}
