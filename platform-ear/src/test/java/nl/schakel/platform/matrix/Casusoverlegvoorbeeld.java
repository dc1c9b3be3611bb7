package nl.schakel.platform.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformOmgeving;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * The casusoverleg steps the matrix takes to bring its resources about, through the API as the partners would, with
 * fictional data only; and the two things only time would do, done in the database (an invitation whose window has
 * passed, a break-glass grant the flow offers no way to make).
 */
final class Casusoverlegvoorbeeld {

    /** The demo table the migration configures (casusoverleg V2). */
    static final String TAFEL = "c5000000-0000-4000-8000-000000000001";

    /** The categories of the police's shared inbreng: one the Raad and the organiser see, two they partly do not. */
    static final Set<Gegevenscategorie> POLITIEDELEN =
            Set.of(Gegevenscategorie.JUSTITIEEL, Gegevenscategorie.VEILIGHEID, Gegevenscategorie.HULPVERLENING);

    private Casusoverlegvoorbeeld() {}

    /** A resource's path and the ETag last seen. */
    record Gemaakt(String pad, String etag) {
        UUID id() {
            return UUID.fromString(pad.substring(pad.lastIndexOf('/') + 1));
        }
    }

    /** Registered by the token's organisation, proposing {@code partners}, and accepted by the ZVH. */
    static Gemaakt geaccepteerd(String aanmelder, String zvh, String... partners) {
        Gemaakt aangemeld = gemaakt(Api.json("POST", "/api/v1/aanmeldingen", aanmelder, aanmelding(partners)));
        HttpResponse<String> geaccepteerd = Api.post(aangemeld.pad() + "/acceptatie", zvh, aangemeld.etag());
        assertThat(geaccepteerd.statusCode()).as(geaccepteerd.body()).isEqualTo(200);
        return new Gemaakt(aangemeld.pad(), Api.etag(geaccepteerd));
    }

    static Gemaakt plan(String zvh, LocalDate datum) {
        return gemaakt(Api.json("POST", "/api/v1/casusoverleggen", zvh, """
                {"overlegtafel": "%s", "datum": "%s", "aanvang": "09:30", "einde": "12:00",
                 "plaats": "Zorg- en Veiligheidshuis, vergaderzaal 1", "voorzitter": "A. de Voorzitter (VT)",
                 "notulist": "B. de Notulist (ZVH)"}
                """.formatted(TAFEL, datum)));
    }

    /** The case on the agenda; the new item's id, and the meeting's new ETag in {@code overleg}. */
    static UUID zetOpAgenda(String zvh, Gemaakt[] overleg, Gemaakt aanmelding) {
        HttpResponse<String> antwoord = Api.json("POST", overleg[0].pad() + "/agendapunten", zvh, overleg[0].etag(),
                "{\"aanmelding\":\"" + aanmelding.id() + "\"}");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        overleg[0] = new Gemaakt(overleg[0].pad(), Api.etag(antwoord));
        String plaats = URI.create(antwoord.headers().firstValue("Location").orElseThrow()).getPath();
        return UUID.fromString(plaats.substring(plaats.lastIndexOf('/') + 1));
    }

    /** An invitation for one team of the organisation only. */
    static void nodigTeamUit(String zvh, UUID agendapunt, String organisatie, String team) {
        HttpResponse<String> antwoord = Api.json("POST", "/api/v1/agendapunten/" + agendapunt + "/uitnodigingen", zvh,
                "{\"organisatie\":\"" + organisatie + "\",\"alleenVoor\":{\"team\":\"" + team + "\"}}");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
    }

    static void nodigUit(String zvh, UUID agendapunt, String organisatie) {
        HttpResponse<String> antwoord = Api.json("POST", "/api/v1/agendapunten/" + agendapunt + "/uitnodigingen", zvh,
                "{\"organisatie\":\"" + organisatie + "\"}");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
    }

    /** The police's inbreng on the item, one part per category of {@link #POLITIEDELEN}, shared. */
    static UUID gedeeldeInbreng(String politie, UUID agendapunt) {
        String delen = POLITIEDELEN.stream().sorted()
                .map(c -> "{\"categorie\":\"" + c.name() + "\",\"grondslag\":\"Wet politiegegevens, art. 19\",\"tekst\":\""
                        + "Fictieve " + c.name().toLowerCase() + " informatie.\"}")
                .collect(Collectors.joining(","));
        Gemaakt concept = gemaakt(Api.json("POST", "/api/v1/agendapunten/" + agendapunt + "/inbreng", politie,
                "{\"delen\":[" + delen + "]}"));
        HttpResponse<String> gedeeld = Api.post(concept.pad() + "/deling", politie, concept.etag());
        assertThat(gedeeld.statusCode()).as(gedeeld.body()).isEqualTo(200);
        return concept.id();
    }

    /** Each caller confirms the meeting's confidentiality statement (201 the first time). */
    static void bevestigGeheimhouding(Gemaakt overleg, String... tokens) {
        for (String token : tokens) {
            HttpResponse<String> antwoord = Api.post(overleg.pad() + "/geheimhoudingsverklaring", token, null);
            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        }
    }

    /** An action at the item for an organisation that sits at it; the id of the action. */
    static UUID actie(String zvh, UUID agendapunt, String eigenaar, LocalDate uiterlijk) {
        return gemaakt(Api.json("POST", "/api/v1/agendapunten/" + agendapunt + "/acties", zvh, """
                {"eigenaarOrganisatieCode": "%s", "omschrijving": "Huisbezoek afleggen en terugkoppelen (fictief).",
                 "uiterlijk": "%s"}
                """.formatted(eigenaar, uiterlijk))).id();
    }

    /** Closed by the ZVH: every invitation on its items ends at once. */
    static void schaalAf(String zvh, Gemaakt aanmelding) {
        String etag = Api.etag(Api.get(aanmelding.pad(), zvh));
        HttpResponse<String> antwoord = Api.json("POST", aanmelding.pad() + "/afschaling", zvh, etag,
                "{\"reden\":\"Het gezin is in beeld bij het wijkteam; geen overleg meer nodig.\"}");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
    }

    /**
     * The invitation's window has passed: its grant, made by the API, now began two days ago and ended an hour ago, as
     * the table's window after the meeting would have left it (the meeting itself lies ahead, so that it can be planned).
     */
    static void vensterVoorbij(UUID agendapunt, String organisatie) throws SQLException {
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement(
                "update toegang.toegang set geldig_van = ?, geldig_tot = ? where bron_type = 'AGENDAPUNT' and bron_id = ? "
                        + "and organisatie_code = ? and reden = 'UITGENODIGD'")) {
            Instant nu = Instant.now();
            s.setTimestamp(1, Timestamp.from(nu.minus(Duration.ofDays(2))));
            s.setTimestamp(2, Timestamp.from(nu.minus(Duration.ofHours(1))));
            s.setObject(3, agendapunt);
            s.setString(4, organisatie);
            assertThat(s.executeUpdate()).as("de uitnodiging van " + organisatie).isEqualTo(1);
        }
    }

    /**
     * A break-glass grant on the item for one crisis worker, as the access core makes one (personal, short, purpose
     * CRISIS). The casusoverleg has no break-glass action and no rule names NOODTOEGANG: the matrix shows that such a
     * grant still opens nothing.
     */
    static void noodtoegang(UUID agendapunt, String organisatie, String medewerkerId, Set<Gegevenscategorie> categorieen)
            throws SQLException {
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement(
                "insert into toegang.toegang (id, bron_type, bron_id, organisatie_code, medewerker_id, doel, categorieen, reden, "
                        + "toelichting, noodtoegang, geldig_van, geldig_tot, verleend_door, verleend_op) "
                        + "values (?, 'AGENDAPUNT', ?, ?, ?, 'CRISIS', ?, 'NOODTOEGANG', 'matrix', true, ?, ?, ?, ?)")) {
            Instant nu = Instant.now();
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, agendapunt);
            s.setString(3, organisatie);
            s.setString(4, medewerkerId);
            s.setString(5, String.join(",", categorieen.stream().map(Enum::name).sorted().toList()));
            s.setTimestamp(6, Timestamp.from(nu.minus(Duration.ofMinutes(5))));
            s.setTimestamp(7, Timestamp.from(nu.plus(Duration.ofHours(4))));
            s.setString(8, medewerkerId);
            s.setTimestamp(9, Timestamp.from(nu.minus(Duration.ofMinutes(5))));
            s.executeUpdate();
        }
    }

    private static Gemaakt gemaakt(HttpResponse<String> antwoord) {
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        return new Gemaakt(URI.create(antwoord.headers().firstValue("Location").orElseThrow()).getPath(), Api.etag(antwoord));
    }

    /** Fictional people only. */
    private static String aanmelding(String... partners) {
        return """
                {"overlegtafel": "%s",
                 "vraag": "Hoe krijgen we samen zicht op de veiligheid van de kinderen?",
                 "criteria": [
                   {"criterium": "MEERDERE_PROBLEEMGEBIEDEN", "voldaan": true, "toelichting": "Geweld en schulden."},
                   {"criterium": "MEERDERE_KETENS", "voldaan": true, "toelichting": "Politie en wijkteam zijn betrokken."},
                   {"criterium": "IMPACT_GEZINSSYSTEEM", "voldaan": true, "toelichting": "Twee jonge kinderen in huis."}],
                 "betrokkenen": [
                   {"rol": "SLACHTOFFER", "voornaam": "Fictief", "achternaam": "Voorbeeld", "geboortedatum": "1991-04-02"},
                   {"rol": "VERMOEDELIJKE_PLEGER", "voornaam": "Verzonnen", "achternaam": "Voorbeeld"}],
                 "voorgesteldePartners": [%s]}
                """.formatted(TAFEL, List.of(partners).stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(",")));
    }
}
