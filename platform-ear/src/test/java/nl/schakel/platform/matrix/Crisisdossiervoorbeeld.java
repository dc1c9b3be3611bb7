package nl.schakel.platform.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.schakel.platform.Api;

/**
 * The crisisdossier steps the matrix takes to bring its files about, all through the API as the crisis partners would,
 * with fictional data only: a melding, entries, a task, a closure, a break-glass opening. Nothing needs the database:
 * the flow offers every state the matrix looks at.
 */
final class Crisisdossiervoorbeeld {

    static final String DOSSIERS = "/api/v1/crisisdossiers";

    private Crisisdossiervoorbeeld() {}

    /** A resource's path and the ETag it was made with. */
    record Gemaakt(String pad, String etag) {
        UUID id() {
            return UUID.fromString(pad.substring(pad.lastIndexOf('/') + 1));
        }
    }

    /** A melding by the token's organisation with these partners as co-owners; the file. */
    static Gemaakt gemeld(String token, String... partners) {
        return gemaakt(Api.json("POST", "/api/v1/crisismeldingen", token, melding(partners)));
    }

    /** An entry by the token's organisation in one category; its id. */
    static UUID aantekening(String token, Gemaakt dossier, String soort, String categorie) {
        return gemaakt(Api.json("POST", dossier.pad() + "/aantekeningen", token, """
                {"soort": "%s", "categorie": "%s", "tekst": "Fictieve %s-aantekening voor de toegangsmatrix."}
                """.formatted(soort, categorie, categorie.toLowerCase()))).id();
    }

    /** A task for a partner of the file; its id. */
    static UUID taak(String token, Gemaakt dossier, String organisatie) {
        return gemaakt(Api.json("POST", dossier.pad() + "/taken", token, """
                {"omschrijving": "Huisbezoek met de ouders (fictief).", "expertise": "Crisisinterventie",
                 "organisatieCode": "%s", "medewerker": null, "gaatErheen": true, "gepland": null}
                """.formatted(organisatie))).id();
    }

    /** Closed to regular work, at the file's current version: every co-owner's grant ends. */
    static void gesloten(String token, Gemaakt dossier) {
        String etag = Api.etag(Api.get(dossier.pad(), token));
        HttpResponse<String> antwoord = Api.json("POST", dossier.pad() + "/sluiting", token, etag,
                "{\"uitkomst\":\"REGULIER\",\"reden\":\"Het gezin is veilig; het wijkteam neemt het over (fictief).\"}");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
    }

    /** Scaled down to a concept overdracht of Veilig Thuis (the token's organisation): closed, every co-owner's grant ends. */
    static void afgeschaald(String token, Gemaakt dossier) {
        String etag = Api.etag(Api.get(dossier.pad(), token));
        HttpResponse<String> antwoord = Api.json("POST", dossier.pad() + "/sluiting", token, etag,
                "{\"uitkomst\":\"OVERDRACHT\",\"reden\":\"Acute onveiligheid voorbij; verder via een overdracht (fictief).\"}");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        assertThat(Api.lees(antwoord).getJsonObject("gesloten").getString("overdrachtId")).isNotBlank();
    }

    /** Break-glass by an on-call crisis role that is no co-owner: a personal grant, four hours, read-only. */
    static void noodtoegang(String token, Gemaakt dossier) {
        HttpResponse<String> antwoord = Api.json("POST", dossier.pad() + "/noodtoegang", token,
                "{\"reden\":\"Nachtdienst: het CIT is onbereikbaar en het gezin belt opnieuw (fictief).\"}");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
    }

    private static Gemaakt gemaakt(HttpResponse<String> antwoord) {
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        return new Gemaakt(URI.create(antwoord.headers().firstValue("Location").orElseThrow()).getPath(), Api.etag(antwoord));
    }

    /** Fictional people only. */
    private static String melding(String... partners) {
        return """
                {"watIsErGebeurd": "Melding van de politie om 02:10: ernstig geweld tussen ouders, twee kinderen thuis (fictief).",
                 "directeVeiligheid": "Vader is aangehouden; moeder en kinderen zijn bij de buren (fictief).",
                 "betrokkenen": [
                   {"rol": "OUDER", "voornaam": "Fictief", "achternaam": "Matrixgezin", "geboortedatum": "1990-03-14"},
                   {"rol": "KIND", "voornaam": "Verzonnen", "achternaam": "Matrixgezin", "geboortedatum": "2019-06-01"}],
                 "partners": [%s], "sof7": false}
                """.formatted(List.of(partners).stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(",")));
    }
}
