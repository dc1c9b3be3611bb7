package nl.schakel.platform.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.PlatformOmgeving;
import nl.schakel.platform.TestTokens;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.ToegangReden;
import nl.schakel.toegang.domein.beleid.Regel;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The access matrix, generated from the policy file itself: for every role × action × relation to an
 * overdracht, the expected answer is derived from {@code toegangsbeleid.json} (no grant → 404, a grant the
 * rule does not cover → 403 TGN-002, otherwise through the gate), and each cell checks the status, the
 * field groups returned or withheld, and the logboek row the request wrote (found by its correlation id).
 * Changing actions pass the gate without If-Match and so stop at 428: the gate's answer, nothing changed.
 */
@PlatformIT
@RunAsClient
class ToegangsmatrixIT {

    private static final Toegangsbeleid BELEID = new Toegangsbeleid();
    private static final String VT = TestTokens.voor("vt.procesregisseur", "VTRR", "procesregisseur");
    /** The actions that answer a PDF instead of JSON (issue 4: export and feedback letter). */
    private static final Set<String> PDF_HANDELINGEN = Set.of("overdracht.exporteren", "overdracht.terugkoppelen");

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    /** An overdracht and the organisation (and person) looking at it, with the grant reasons that gives. */
    record Relatie(String naam, String organisatie, String gebruiker, UUID overdracht, Set<ToegangReden> redenen,
            Set<Gegevenscategorie> categorieen) {}

    /** One action of the policy, as an HTTP request; {@code toegestaan} is the status when the gate lets it through. */
    record Handeling(String naam, String methode, String pad, String body, int toegestaan) {}

    @TestFactory
    Stream<DynamicTest> elkeRolElkeHandelingElkeRelatie() throws Exception {
        List<Relatie> relaties = relaties();
        List<Handeling> handelingen = List.of(
                new Handeling("overdracht.lezen", "GET", "", null, 200),
                new Handeling("overdracht.toegang-bekijken", "GET", "/toegang", null, 200),
                new Handeling("overdracht.versies-lezen", "GET", "/versies", null, 200),
                new Handeling("overdracht.voorbeeld", "GET", "/voorbeeld?voor=WT-RDAM-FEIJ", null, 200),
                new Handeling("overdracht.wijzigen", "PUT", "", "{}", 428),
                new Handeling("overdracht.verzenden", "POST", "/verzending", "{\"ontvangendeOrganisatie\":\"WT-RDAM-CHAR\",\"categorieen\":[\"IDENTITEIT\"]}", 428),
                new Handeling("overdracht.intrekken", "POST", "/intrekking", "{\"reden\":\"matrix\"}", 428),
                new Handeling("overdracht.ontvangst-bevestigen", "POST", "/ontvangstbevestiging", null, 428),
                new Handeling("overdracht.accepteren", "POST", "/acceptatie", null, 428),
                new Handeling("overdracht.terugleggen", "POST", "/teruglegging", "{\"reden\":\"matrix\"}", 428),
                new Handeling("overdracht.warme-overdracht-plannen", "PUT", "/warme-overdracht", "{}", 428),
                new Handeling("monitoring.lezen", "GET", "/monitoringmomenten", null, 200),
                new Handeling("monitoring.vastleggen", "PUT", "/monitoringmomenten/5f0c8a52-6d1e-4c1a-9a51-3f4d2f7e9b10",
                        "{\"scoreDirectbetrokkene\":7,\"scoreProfessional\":7}", 428),
                new Handeling("overdracht.exporteren", "GET", "/export", null, 200),
                new Handeling("overdracht.terugkoppelen", "GET", "/terugkoppelingsbrief", null, 200));
        List<DynamicTest> cellen = new ArrayList<>();
        java.util.Map<Integer, Integer> verwacht = new java.util.TreeMap<>();
        for (Relatie relatie : relaties) {
            for (Rol rol : Rol.values()) {
                for (Handeling handeling : handelingen) {
                    verwacht.merge(verwachteStatus(relatie, rol, handeling), 1, Integer::sum);
                    cellen.add(DynamicTest.dynamicTest(rol.claim() + " × " + handeling.naam() + " × " + relatie.naam(),
                            () -> cel(relatie, rol, handeling)));
                }
                cellen.add(DynamicTest.dynamicTest(rol.claim() + " × overdracht.zoeken × " + relatie.naam(),
                        () -> zoekcel(relatie, rol)));
            }
        }
        System.out.println("Toegangsmatrix: " + cellen.size() + " cellen (" + Rol.values().length + " rollen × "
                + (handelingen.size() + 1) + " handelingen × " + relaties.size() + " relaties); verwacht per status "
                + "(zonder zoeken): " + verwacht);
        return cellen.stream();
    }

    /** What the policy file says this cell must answer. */
    private static int verwachteStatus(Relatie relatie, Rol rol, Handeling handeling) {
        Regel regel = BELEID.regel(handeling.naam()).orElseThrow();
        if (relatie.redenen().isEmpty()) {
            return 404;
        }
        if (!regel.staatToe(Set.of(rol)) || relatie.redenen().stream().noneMatch(regel.redenen()::contains)) {
            return 403;
        }
        return handeling.toegestaan();
    }

    private void cel(Relatie relatie, Rol rol, Handeling handeling) throws SQLException {
        String correlatie = UUID.randomUUID().toString();
        HttpRequest.Builder verzoek = Api.verzoek("/api/v1/overdrachten/" + relatie.overdracht() + handeling.pad(),
                        TestTokens.voor(relatie.gebruiker(), relatie.organisatie(), rol.claim()))
                .header("X-Correlation-ID", correlatie);
        if (handeling.body() != null) {
            verzoek.header("Content-Type", "application/json");
        }
        verzoek.method(handeling.methode(), handeling.body() == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(handeling.body()));
        HttpResponse<String> antwoord = Api.stuur(verzoek);

        List<String[]> logboek = logboek(correlatie);
        int verwacht = verwachteStatus(relatie, rol, handeling);
        if (verwacht == 404) {
            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(404);
            assertThat(Api.lees(antwoord).getString("code")).isEqualTo("OVD-404");
            assertThat(logboek).as("de weigering staat in het logboek").singleElement()
                    .satisfies(r -> assertThat(r).containsExactly("GEWEIGERD", handeling.naam(), relatie.overdracht().toString()));
        } else if (verwacht == 403) {
            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(403);
            assertThat(Api.lees(antwoord).getString("code")).isEqualTo("TGN-002");
            assertThat(Api.lees(antwoord).getString("detail")).contains(handeling.naam());
            assertThat(logboek).as("de weigering staat in het logboek").singleElement()
                    .satisfies(r -> assertThat(r).containsExactly("GEWEIGERD", handeling.naam(), relatie.overdracht().toString()));
        } else {
            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(handeling.toegestaan());
            if (handeling.toegestaan() == 200) {
                assertThat(logboek).as("de inzage staat in het logboek").isNotEmpty()
                        .allSatisfy(r -> assertThat(r).containsExactly("TOEGESTAAN", handeling.naam(), relatie.overdracht().toString()));
            } else {
                assertThat(logboek).as("door de poort, maar niets gedaan: geen weigering").noneMatch(r -> r[0].equals("GEWEIGERD"));
            }
            if (handeling.naam().equals("overdracht.lezen")) {
                controleerVelden(Api.lees(antwoord), relatie.categorieen());
            }
            if (PDF_HANDELINGEN.contains(handeling.naam())) {
                assertThat(antwoord.headers().firstValue("Content-Type")).as("een PDF")
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
                assertThat(antwoord.body()).startsWith("%PDF-");
            }
        }
    }

    private void zoekcel(Relatie relatie, Rol rol) throws SQLException {
        String correlatie = UUID.randomUUID().toString();
        HttpResponse<String> antwoord = Api.stuur(Api.verzoek("/api/v1/overdrachten?paginaGrootte=100",
                TestTokens.voor(relatie.gebruiker(), relatie.organisatie(), rol.claim())).header("X-Correlation-ID", correlatie).GET());

        Regel regel = BELEID.regel("overdracht.zoeken").orElseThrow();
        List<String[]> logboek = logboek(correlatie);
        if (!regel.staatToe(Set.of(rol))) {
            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(403);
            assertThat(logboek).singleElement().satisfies(r -> assertThat(r[0]).isEqualTo("GEWEIGERD"));
            return;
        }
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        List<String> ids = Api.lees(antwoord).getJsonObject("_embedded").getJsonArray("overdrachten").stream()
                .map(o -> ((JsonObject) o).getString("id")).toList();
        boolean zichtbaar = relatie.redenen().stream().anyMatch(regel.redenen()::contains);
        if (zichtbaar) {
            assertThat(ids).contains(relatie.overdracht().toString());
        } else {
            assertThat(ids).doesNotContain(relatie.overdracht().toString());
        }
        // a list logs each resource it disclosed, and only those
        assertThat(logboek).allSatisfy(r -> assertThat(r[0]).isEqualTo("TOEGESTAAN"));
        assertThat(logboek.stream().map(r -> r[2]).toList()).containsExactlyInAnyOrderElementsOf(ids);
    }

    private static void controleerVelden(JsonObject overdracht, Set<Gegevenscategorie> toegestaan) {
        String inhoud = overdracht.getJsonObject("inhoud").toString();
        List<String> achtergehouden = overdracht.containsKey("achtergehouden")
                ? overdracht.getJsonArray("achtergehouden").getValuesAs(jakarta.json.JsonString::getString) : List.of();
        for (Gegevenscategorie categorie : Gegevenscategorie.values()) {
            boolean mag = toegestaan.contains(categorie);
            for (String sleutel : Voorbeeld.SLEUTELS.get(categorie)) {
                if (mag) {
                    assertThat(inhoud).as(categorie + " hoort zichtbaar te zijn").contains("\"" + sleutel + "\":");
                } else {
                    assertThat(inhoud).as(categorie + " hoort achtergehouden te zijn").doesNotContain("\"" + sleutel + "\":");
                }
            }
            assertThat(achtergehouden.contains(categorie.name())).as("achtergehouden " + categorie).isEqualTo(!mag);
        }
    }

    private static List<String[]> logboek(String correlatie) throws SQLException {
        List<String[]> regels = new ArrayList<>();
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement(
                "select uitkomst, handeling, bron_id from logboek.regel where correlatie_id = ? order by volgnummer")) {
            s.setString(1, correlatie);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    regels.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
                }
            }
        }
        return regels;
    }

    /** The situations of the issue: who looks, at which overdracht in which state. */
    private static List<Relatie> relaties() throws SQLException {
        Set<Gegevenscategorie> alles = EnumSet.allOf(Gegevenscategorie.class);
        Set<Gegevenscategorie> wijkteam = BELEID.toegestaan(Doel.OVERDRACHT, "WIJKTEAM");
        Set<Gegevenscategorie> crisis = BELEID.toegestaan(Doel.CRISIS, "CRISISINTERVENTIETEAM");
        Set<ToegangReden> geen = Set.of();

        UUID verzonden = Voorbeeld.verzonden(VT, "WT-RDAM-FEIJ", wijkteam);
        UUID teruggelegd = Voorbeeld.verzonden(VT, "WT-RDAM-FEIJ", wijkteam);
        Voorbeeld.stap(teruggelegd, "ontvangstbevestiging", 2, TestTokens.voor("wt.feijenoord", "WT-RDAM-FEIJ", "wijkteammedewerker"), null);
        Voorbeeld.stap(teruggelegd, "teruglegging", 3, TestTokens.voor("wt.feijenoord", "WT-RDAM-FEIJ", "wijkteammedewerker"),
                "{\"reden\":\"Hoort bij een ander wijkteam.\"}");
        UUID ingetrokken = Voorbeeld.verzonden(VT, "WT-RDAM-FEIJ", wijkteam);
        Voorbeeld.stap(ingetrokken, "intrekking", 2, VT, "{\"reden\":\"Verkeerd adres gekozen.\"}");
        verlopenToegang(verzonden, "WT-RDAM-IJSS", wijkteam);
        String cit = TestTokens.voor("matrix.cit", "CIT-JBRR", "cit-medewerker");
        Voorbeeld.stap(verzonden, "noodtoegang", null, cit, "{\"reden\":\"Acute onveiligheid, gezin niet bereikbaar.\"}");

        return List.of(
                new Relatie("eigenaar", "VTRR", "matrix.vt", verzonden, Set.of(ToegangReden.EIGENAAR), alles),
                new Relatie("ontvanger", "WT-RDAM-FEIJ", "matrix.wt", verzonden, Set.of(ToegangReden.ONTVANGER), wijkteam),
                new Relatie("ander wijkteam", "WT-RDAM-CHAR", "matrix.char", verzonden, geen, Set.of()),
                new Relatie("andere gemeente", "LT-SCHIEDAM", "matrix.schiedam", verzonden, geen, Set.of()),
                new Relatie("politie", "POL-RR", "matrix.politie", verzonden, geen, Set.of()),
                new Relatie("onbetrokken", "FIL", "matrix.fil", verzonden, geen, Set.of()),
                new Relatie("na teruglegging", "WT-RDAM-FEIJ", "matrix.wt", teruggelegd, geen, Set.of()),
                new Relatie("na intrekking", "WT-RDAM-FEIJ", "matrix.wt", ingetrokken, geen, Set.of()),
                new Relatie("na verloop", "WT-RDAM-IJSS", "matrix.ijss", verzonden, geen, Set.of()),
                new Relatie("noodtoegang", "CIT-JBRR", "matrix.cit", verzonden, Set.of(ToegangReden.NOODTOEGANG), crisis));
    }

    /** A recipient grant that ended an hour ago, as time would have left it. */
    private static void verlopenToegang(UUID overdracht, String organisatie, Set<Gegevenscategorie> categorieen) throws SQLException {
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement(
                "insert into toegang.toegang (id, bron_type, bron_id, organisatie_code, doel, categorieen, reden, geldig_van, "
                        + "geldig_tot, verleend_door, verleend_op) values (?, 'OVERDRACHT', ?, ?, 'OVERDRACHT', ?, 'ONTVANGER', ?, ?, 'matrix', ?)")) {
            Instant nu = Instant.now();
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, overdracht);
            s.setString(3, organisatie);
            s.setString(4, String.join(",", categorieen.stream().map(Enum::name).sorted().toList()));
            s.setTimestamp(5, Timestamp.from(nu.minus(Duration.ofDays(2))));
            s.setTimestamp(6, Timestamp.from(nu.minus(Duration.ofHours(1))));
            s.setTimestamp(7, Timestamp.from(nu.minus(Duration.ofDays(2))));
            s.executeUpdate();
        }
    }
}
